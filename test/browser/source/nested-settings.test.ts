// A <ev-source> inside another that sets no time zone of its own shows every time in the outer
// source's zone (and follows it); its own `time-zone` wins; cleared, the outer one's again. Its
// language is the outer one's too. Its filter stays its own (that is what a nested source is for).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { formatDateTime } from '../../../src/format/time.js';
import { detailEvent } from '../../fixtures/detail-events.js';

const event = detailEvent('login', {}, { created: '2026-01-15T12:00:00Z' });
const shownTime = (detail: EvDetail) => detail.shadowRoot!.querySelector('[part~="section-summary"] time')?.textContent?.trim() ?? '';
const at = (zone: string, lang = 'en') => formatDateTime(event.created, lang, zone);

async function shows(detail: EvDetail, expected: string, what: string) {
  await waitUntil(() => shownTime(detail) === expected, `${what}: wanted ${expected}, shown ${shownTime(detail)}`, { timeout: 3000 });
}

describe('<ev-source> inside another: settings it does not set itself', () => {
  it('shows times in the outer time zone and follows it; its own time-zone wins; cleared, the outer one again', async () => {
    expect(at('UTC')).not.to.equal(at('Asia/Tokyo'));
    const outer = await fixture<EvSource>(html`<ev-source lang="en" time-zone="UTC">
      <ev-source id="inner"><ev-detail .event=${event}></ev-detail></ev-source>
      <ev-source id="own" time-zone="America/New_York"><ev-detail .event=${event}></ev-detail></ev-source>
    </ev-source>`);
    const inner = outer.querySelector<EvSource>('#inner')!;
    const own = outer.querySelector<EvSource>('#own')!;
    const detail = inner.querySelector<EvDetail>('ev-detail')!;
    const ownDetail = own.querySelector<EvDetail>('ev-detail')!;
    await shows(detail, at('UTC'), 'the outer zone');
    expect(inner.timeZone).to.equal('UTC');
    await shows(ownDetail, at('America/New_York'), 'its own zone');

    outer.timeZone = 'Asia/Tokyo';
    await shows(detail, at('Asia/Tokyo'), 'the outer zone, changed');
    await shows(ownDetail, at('America/New_York'), 'its own zone, whatever the outer one');

    inner.setAttribute('time-zone', 'America/New_York');
    await shows(detail, at('America/New_York'), 'its own zone, set later');
    outer.timeZone = 'UTC';
    await shows(detail, at('America/New_York'), 'its own zone still');
    inner.removeAttribute('time-zone');
    await shows(detail, at('UTC'), 'attribute removed: the outer zone again');

    // Its filter is its own: the outer one's does not reach it, and its own stays inside.
    outer.store.patchFilter({ username: 'alice' });
    expect(inner.filter).to.deep.equal({});
    inner.store.patchFilter({ username: 'bob' });
    expect(outer.filter).to.deep.equal({ username: 'alice' });

    // The outer language reaches the elements inside.
    outer.setAttribute('lang', 'de');
    await shows(detail, at('UTC', 'de'), 'the outer language');
    await expect(outer).to.be.accessible();
  });

  it('moved out of the outer source, it falls back to the local zone; moved back, the outer one again', async () => {
    const outer = await fixture<EvSource>(html`<ev-source lang="en" time-zone="Asia/Tokyo"><ev-source id="inner"><ev-detail .event=${event}></ev-detail></ev-source></ev-source>`);
    const inner = outer.querySelector<EvSource>('#inner')!;
    const detail = inner.querySelector<EvDetail>('ev-detail')!;
    await shows(detail, at('Asia/Tokyo'), 'the outer zone');
    const host = document.createElement('div');
    host.lang = 'en';
    outer.after(host);
    host.append(inner);
    await shows(detail, at('local'), 'on its own: the local zone');
    expect(inner.timeZone).to.equal('local');
    outer.append(inner);
    await shows(detail, at('Asia/Tokyo'), 'back inside: the outer zone');
    host.remove();
  });
});
