// A <ev-source> inside another keeps a time zone of its own, however it got it (its `time-zone`,
// the `tz` of the URL it syncs, or the page setting its store), when the outer zone changes; only
// without one does it follow the outer source. Its URL names a zone only when it has one of its own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { formatDateTime } from '../../../src/format/time.js';
import { detailEvent } from '../../fixtures/detail-events.js';

const event = detailEvent('login', {}, { created: '2026-01-15T12:00:00Z' });
const shownTime = (detail: EvDetail) => detail.shadowRoot!.querySelector('[part~="section-summary"] time')?.textContent?.trim() ?? '';
const at = (zone: string) => formatDateTime(event.created, 'en', zone);
const tzInUrl = () => new URLSearchParams(location.search).get('tz');

async function shows(detail: EvDetail, expected: string, what: string) {
  await waitUntil(() => shownTime(detail) === expected, `${what}: wanted ${expected}, shown ${shownTime(detail)}`, { timeout: 3000 });
}

/** An outer source (with a detail of its own, to see its zone applied) around an inner one. */
async function nested(inner: ReturnType<typeof html>) {
  const outer = await fixture<EvSource>(html`<ev-source lang="en" time-zone="UTC"><ev-detail id="outer-detail" .event=${event}></ev-detail>${inner}</ev-source>`);
  const source = outer.querySelector<EvSource>('#inner')!;
  return { outer, inner: source, outerDetail: outer.querySelector<EvDetail>('#outer-detail')!, detail: source.querySelector<EvDetail>('ev-detail')! };
}

/** Changes the outer zone and waits until the outer source's own elements show it. */
async function outerZone(outer: EvSource, outerDetail: EvDetail, zone: string) {
  outer.timeZone = zone;
  await shows(outerDetail, at(zone), 'the outer source itself');
  await outer.updateComplete;
}

describe('<ev-source> inside another with a time zone of its own', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('a zone read from the URL (its own sync-url) stays when the outer zone changes; its attribute removed, it follows the outer one and the URL drops tz', async () => {
    history.replaceState(null, '', `${location.pathname}?tz=Asia%2FTokyo`);
    const { outer, inner, outerDetail, detail } = await nested(html`<ev-source id="inner" sync-url><ev-detail .event=${event}></ev-detail></ev-source>`);
    await shows(detail, at('Asia/Tokyo'), 'the URL zone');

    await outerZone(outer, outerDetail, 'America/New_York');
    await inner.updateComplete;
    expect(shownTime(detail), 'its own (URL) zone, whatever the outer one').to.equal(at('Asia/Tokyo'));
    expect(inner.timeZone).to.equal('Asia/Tokyo');
    expect(tzInUrl()).to.equal('Asia/Tokyo');

    inner.removeAttribute('time-zone');
    await shows(detail, at('America/New_York'), 'its own zone removed: the outer one');
    expect(tzInUrl(), 'no zone of its own: none in the URL').to.equal(null);
    await outerZone(outer, outerDetail, 'UTC');
    await shows(detail, at('UTC'), 'follows the outer zone again');
    expect(tzInUrl()).to.equal(null);
  });

  it('without tz in the URL it follows the outer zone, and the URL does not take the followed zone as its own', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const { outer, inner, outerDetail, detail } = await nested(html`<ev-source id="inner" sync-url><ev-detail .event=${event}></ev-detail></ev-source>`);
    await shows(detail, at('UTC'), 'the outer zone');
    await outerZone(outer, outerDetail, 'Asia/Tokyo');
    await shows(detail, at('Asia/Tokyo'), 'follows the outer zone');
    await inner.updateComplete;
    expect(location.search).to.equal('?keep=1');

    // Back to a URL that names a zone: its own, kept.
    history.pushState(null, '', `${location.pathname}?keep=1&tz=Europe%2FBerlin`);
    history.pushState(null, '', `${location.pathname}?keep=1`);
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await shows(detail, at('Europe/Berlin'), 'the zone of the URL');
    await outerZone(outer, outerDetail, 'UTC');
    await inner.updateComplete;
    expect(shownTime(detail)).to.equal(at('Europe/Berlin'));

    // Forward to the URL without tz: following the outer zone again.
    const again = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.forward();
    await again;
    await shows(detail, at('UTC'), 'a URL without tz: the outer zone');
    await outerZone(outer, outerDetail, 'Asia/Tokyo');
    await shows(detail, at('Asia/Tokyo'), 'and follows it');
  });

  it('a zone the page sets on its store stays when the outer zone changes', async () => {
    const { outer, inner, outerDetail, detail } = await nested(html`<ev-source id="inner"><ev-detail .event=${event}></ev-detail></ev-source>`);
    inner.store.update({ timeZone: 'Europe/Berlin' });
    await shows(detail, at('Europe/Berlin'), 'the zone set on its store');
    await outerZone(outer, outerDetail, 'Asia/Tokyo');
    await inner.updateComplete;
    expect(shownTime(detail)).to.equal(at('Europe/Berlin'));
    inner.timeZone = '';
    await shows(detail, at('Asia/Tokyo'), 'cleared: the outer zone');
    await expect(outer).to.be.accessible();
  });
});
