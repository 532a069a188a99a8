/**
 * An "Open" link in <ev-map>'s popup that opens a new tab (an `event-href` on another site) says
 * so in its accessible name, "(opens in a new tab)", as <ev-detail>'s links do; a link that stays
 * in this tab does not. Nothing changes on screen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

const nameOf = (b: Element) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim();

async function links(eventHref: string, lang = 'en'): Promise<{ el: EvMap; links: HTMLAnchorElement[] }> {
  const events = eventsAt(2, BERLIN).map((e, i) => ({ ...e, pk: `pk-${i}`, action: 'login', user: { pk: 1, username: 'admin' }, created: `2026-11-20T12:0${i}:00.000Z` }));
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang=${lang}><ev-map .events=${events} event-href=${eventHref}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  $$(el, '[part=location]')[0]!.click();
  await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
  return { el, links: $$(el, '[part=popup-link]') as HTMLAnchorElement[] };
}

describe('<ev-map> popup links that open a new tab', () => {
  it('say "(opens in a new tab)" at the end of their name, not on screen', async () => {
    const { el, links: found } = await links('https://authentik.example/if/admin/#/events/{pk}');
    expect(found).to.have.length(2);
    for (const a of found) {
      expect(a.target).to.equal('_blank');
      expect(text(a)).to.equal('Open');
    }
    expect(found.map(nameOf)).to.deep.equal([
      'Open: Login by admin, Nov 20, 2026, 12:01:00 PM (opens in a new tab)',
      'Open: Login by admin, Nov 20, 2026, 12:00:00 PM (opens in a new tab)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a link that stays in this tab says nothing extra', async () => {
    const { links: found } = await links('/events/{pk}');
    expect(found).to.have.length(2);
    expect(found[0]!.target).to.not.equal('_blank');
    expect(nameOf(found[0]!)).to.equal('Open: Login by admin, Nov 20, 2026, 12:01:00 PM');
  });

  it('in German', async () => {
    const { links: found } = await links('https://authentik.example/events/{pk}', 'de');
    expect(nameOf(found[0]!)).to.match(/^Öffnen: .+ von admin, .+ \(öffnet in einem neuen Tab\)$/);
  });
});
