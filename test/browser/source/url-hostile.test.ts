// <ev-source sync-url> fed hand-edited or hostile query strings: what a shared link can make the page show.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';

async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 200 && !['ready', 'empty', 'error', 'not-found'].some((s) => el.matches(`:state(${s})`)); i++) await new Promise((r) => setTimeout(r, 25));
}

const text = (el: Element, selector: string): string => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent).join(' ').replace(/\s+/g, ' ');

describe('<ev-source sync-url> with a hostile query string', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('a tz that is no time zone is ignored: its text never reaches the page, the zone stays the default', async () => {
    const events = makeEvents({ count: 20, now: Date.now(), gapMs: 60_000 });
    const spoof = 'Session expired - call +1 555 0100';
    history.replaceState(null, '', `${location.pathname}?keep=1&tz=${encodeURIComponent(spoof)}&event=${events[0]!.pk}`);
    const source = await fixture<EvSource>(html`<ev-source sync-url time-zone="UTC" .client=${createMemoryClient({ events })}>
      <ev-log style="height: 300px"></ev-log>
      <ev-detail follow-selection></ev-detail>
    </ev-source>`);
    const log = source.querySelector<EvLog>('ev-log')!;
    const detail = source.querySelector<EvDetail>('ev-detail')!;
    await settled(log);
    await settled(detail);
    await Promise.all([log.updateComplete, detail.updateComplete]);
    expect(source.timeZone).to.equal('UTC');
    expect(source.getAttribute('time-zone')).to.equal('UTC');
    expect(text(log, '[role="columnheader"]')).to.contain('UTC');
    expect(text(log, '[role="columnheader"]')).not.to.contain('555');
    expect(detail.shadowRoot!.textContent).not.to.contain('555');
    // The next change writes the URL without the bogus zone (the default zone is left out).
    source.store.patchFilter({ username: 'bob' });
    expect(location.search).to.equal(`?keep=1&username=bob&event=${events[0]!.pk}`);
  });

  it('a valid IANA zone in the URL is still taken', async () => {
    history.replaceState(null, '', `${location.pathname}?tz=Asia%2FTokyo`);
    const source = await fixture<EvSource>(html`<ev-source sync-url time-zone="UTC" .client=${createMemoryClient()}></ev-source>`);
    expect(source.timeZone).to.equal('Asia/Tokyo');
  });

  it('a time-zone attribute Intl does not know (a typo) reads as the local zone everywhere, never as its text', async () => {
    const events = makeEvents({ count: 20, now: Date.now(), gapMs: 60_000 });
    const mount = async (zone: string) => {
      const source = await fixture<EvSource>(html`<ev-source time-zone=${zone} .client=${createMemoryClient({ events })}><ev-log style="height: 300px"></ev-log></ev-source>`);
      const log = source.querySelector<EvLog>('ev-log')!;
      await settled(log);
      await log.updateComplete;
      return { header: text(log, '[role="columnheader"]'), cells: text(log, '[role="row"]:nth-child(2)') };
    };
    const typo = await mount('Europe/Berlinn');
    const local = await mount('local');
    expect(typo.header).not.to.contain('Berlinn');
    expect(typo).to.deep.equal(local);
  });

  it('a date that is not on the calendar (2026-02-30) is ignored like any other invalid date, not moved to March', async () => {
    const events = makeEvents({ count: 20, now: Date.now(), gapMs: 60_000 });
    history.replaceState(null, '', `${location.pathname}?created__gte=2026-02-30&created__lt=2026-04-31T10:00`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${createMemoryClient({ events })}><ev-log style="height: 300px"></ev-log></ev-source>`);
    const log = source.querySelector<EvLog>('ev-log')!;
    await settled(log);
    expect(source.filter).to.deep.equal({});
    expect(log.shadowRoot!.querySelector<HTMLSelectElement>('[part="range-select"]')!.value).to.equal('any');
    expect(log.matches(':state(ready)')).to.equal(true);
  });

  it('real dates still pass: a leap day, the end of a month, 24:00', async () => {
    history.replaceState(null, '', `${location.pathname}?created__gte=2024-02-29T00:00:00Z&created__lt=2026-04-30T24:00Z`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${createMemoryClient()}></ev-source>`);
    expect(source.filter).to.deep.equal({ since: '2024-02-29T00:00:00.000Z', until: '2026-05-01T00:00:00.000Z' });
  });
});
