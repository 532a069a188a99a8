/**
 * A link in the detail that opens a new tab (a URL on another site, like the changelog of an
 * `update_available` event) says so in its accessible name, "(opens in a new tab)", hidden from
 * sight; a link that stays in this tab does not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/i18n/locales/de.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, detailOf, text } from './helpers.js';

const external = () => detailEvent('update_available', { new_version: '2026.11.1', changelog: 'https://goauthentik.io/docs/releases/2026.11' });

describe('<ev-detail> links that open a new tab', () => {
  it('say "(opens in a new tab)" to assistive technology, not on screen', async () => {
    const el = await detailOf(external());
    const a = $(el, 'a[part="link"]')!;
    expect(a.getAttribute('target')).to.equal('_blank');
    expect(text(a)).to.equal('https://goauthentik.io/docs/releases/2026.11 (opens in a new tab)');
    const hint = [...a.querySelectorAll('span')].find((s) => text(s).includes('opens in a new tab'))!;
    expect(hint.getBoundingClientRect().width, 'hidden from sight').to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('a link that stays in this tab says nothing extra', async () => {
    const el = await detailOf(detailEvent('update_available', { new_version: '2026.11.1', changelog: '/if/admin/#/releases' }));
    const a = $(el, 'a[part="link"]')!;
    expect(a.getAttribute('target')).to.not.equal('_blank');
    expect(text(a)).to.equal('/if/admin/#/releases');
  });

  it('in German', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail lang="de" .event=${external()}></ev-detail>`);
    await el.updateComplete;
    expect(text($(el, 'a[part="link"]'))).to.equal('https://goauthentik.io/docs/releases/2026.11 (öffnet in einem neuen Tab)');
  });
});
