/**
 * The card is named by its action ("Event: Login"), and a screen reader says that name whenever
 * focus enters the card. A custom action is any string a client sends: its name is cut at 300
 * characters ("…", as the log's panel label), not at the 2,000 of the visible header.
 */
import { expect } from '@open-wc/testing';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, detailOf, text } from './helpers.js';

describe('<ev-detail> named by a 10,000-character custom action', () => {
  it('the card name is the start of the action, cut; the header still shows more of it', async () => {
    const el = await detailOf(detailEvent(`custom_${'a'.repeat(10_000)}`, {}));
    const name = $(el, 'article')!.getAttribute('aria-label')!;
    expect(name.startsWith(`Event: Custom: A${'a'.repeat(200)}`), name.slice(0, 40)).to.equal(true);
    expect(name.length, 'name length').to.be.at.most(320);
    expect(name.endsWith('…')).to.equal(true);
    expect(text($(el, '[part=action]')).length, 'visible header').to.be.above(1000);
    await expect(el).to.be.accessible();
  });

  it('a short action is named whole', async () => {
    const el = await detailOf(detailEvent('login', {}));
    expect($(el, 'article')!.getAttribute('aria-label')).to.equal('Event: Login');
  });
});
