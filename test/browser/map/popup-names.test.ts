import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { $, SAO_PAULO, drawn, eventsAt, project } from './helpers.js';

const popup = (el: EvMap) => $(el, '[part=popup]');
/** The accessible name of a button: its aria-label, else its text. */
const nameOf = (b: Element) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim();

async function openPopup(lang?: string, eventHref?: string) {
  // Two events by the same user with the same action, a minute apart, and one without a user.
  const events = eventsAt(3, SAO_PAULO).map((e, i) => ({
    ...e,
    pk: `pk-${i}`,
    action: 'login',
    user: i === 2 ? undefined : { username: hostileStrings[0]! },
    created: `2026-11-20T12:0${i}:00.000Z`,
  }));
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang=${lang ?? 'en'}><ev-map .events=${events} event-href=${eventHref ?? ''}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  const at = project(el, SAO_PAULO.lat, SAO_PAULO.long);
  await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
  await waitUntil(() => popup(el) !== null, 'no popup');
  return el;
}

describe('<ev-map> popup buttons', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('names every "Show event" button by its event: action, user and time, as text', async () => {
    const el = await openPopup();
    const names = [...popup(el)!.querySelectorAll('[part=popup-button]')].map(nameOf);
    expect(names).to.deep.equal([
      'Show event: Login by Anonymous, Nov 20, 2026, 12:02:00 PM',
      `Show event: Login by ${hostileStrings[0]}, Nov 20, 2026, 12:01:00 PM`,
      `Show event: Login by ${hostileStrings[0]}, Nov 20, 2026, 12:00:00 PM`,
    ]);
    expect(new Set(names).size).to.equal(names.length);
    expect(popup(el)!.querySelectorAll('img, script, svg').length).to.equal(0);
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names them in German too', async () => {
    const el = await openPopup('de');
    const names = [...popup(el)!.querySelectorAll('[part=popup-button]')].map(nameOf);
    expect(names[0]).to.match(/^Ereignis anzeigen: .+ von Anonym, /);
    expect(new Set(names).size).to.equal(names.length);
    await expect(el).to.be.accessible();
  });

  it('names every "Open" link by its event: action, user and time, as text', async () => {
    const el = await openPopup('en', '/events/{pk}');
    const links = [...popup(el)!.querySelectorAll('[part=popup-link]')];
    expect(links.map((a) => (a.textContent ?? '').trim())).to.deep.equal(['Open', 'Open', 'Open']);
    const names = links.map(nameOf);
    expect(names).to.deep.equal([
      'Open: Login by Anonymous, Nov 20, 2026, 12:02:00 PM',
      `Open: Login by ${hostileStrings[0]}, Nov 20, 2026, 12:01:00 PM`,
      `Open: Login by ${hostileStrings[0]}, Nov 20, 2026, 12:00:00 PM`,
    ]);
    expect(new Set(names).size).to.equal(names.length);
    expect(popup(el)!.querySelectorAll('img, script, svg').length).to.equal(0);
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names the "Open" links in German too', async () => {
    const el = await openPopup('de', '/events/{pk}');
    const names = [...popup(el)!.querySelectorAll('[part=popup-link]')].map(nameOf);
    expect(names).to.have.length(3);
    expect(names[0]).to.match(/^Öffnen: .+ von Anonym, /);
    expect(new Set(names).size).to.equal(names.length);
    await expect(el).to.be.accessible();
  });
});
