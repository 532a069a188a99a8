// A popup whose list of events is taller than its box (long names wrap) scrolls; a keyboard user
// must reach it and scroll it too (axe: scrollable-region-focusable), and it says what it holds.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, SAO_PAULO, drawn, eventsAt, project, text } from './helpers.js';

describe('<ev-map> popup with a list taller than its box', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('the list is a tab stop named by its count, scrolls with the arrow keys and passes axe', async () => {
    // Five events (the most a popup lists) by users with 400-character names: far more than 16rem.
    const events = eventsAt(5, SAO_PAULO).map((e, i) => ({ ...e, pk: `pk-${i}`, user: { username: `user${i}-${'x'.repeat(400)}` } }));
    const el = await fixture<EvMap>(html`<ev-map style="width: 640px" .events=${events}></ev-map>`);
    await drawn(el);
    const at = project(el, SAO_PAULO.lat, SAO_PAULO.long);
    await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
    await waitUntil(() => $(el, '[part=popup] .popup-events') !== null, 'no popup');
    const list = $(el, '[part=popup] .popup-events')!;
    expect(list.scrollHeight, 'the list overflows its box').to.be.greaterThan(list.clientHeight);
    // Named by the popup's count ("5 events").
    const labelled = list.getAttribute('aria-labelledby');
    expect(labelled, 'the list has a name').to.be.a('string');
    expect(text(el.shadowRoot!.getElementById(labelled!))).to.equal('5 events');
    // Reached by Tab from the popup's close button, then scrolled by ArrowDown.
    $(el, '[part=popup-close]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(list);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => list.scrollTop > 0, 'ArrowDown did not scroll the list');
    await expect(el).to.be.accessible();
  });
});
