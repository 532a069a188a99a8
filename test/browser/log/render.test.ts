import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError, EventsValidationError } from '../../../src/client/errors.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { hostileEvent, hostileStrings, pwned } from '../../fixtures/hostile.js';
import { NEVER_RENDERED_TAGS, corpus, hugeStrings } from '../../fixtures/xss-corpus.js';
import { dataRows, grid, mountLog, rowText, settle, shadow, visibleRows, waitFor, deepText } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);

function event(patch: Partial<EventRecord>): EventRecord {
  return { ...makeEvents({ count: 1, now: NOW })[0]!, ...patch };
}

describe('<ev-log> columns', () => {
  it('shows action with colour chip and app, user with on-behalf-of, times, IP with place, brand', async () => {
    const events = [
      event({
        pk: 'a',
        action: 'login_failed',
        app: 'authentik.stages.password',
        user: { pk: 1, username: 'akadmin', on_behalf_of: { pk: 2, username: 'alice' } },
        client_ip: '192.0.2.10',
        context: { geo: { city: 'Berlin', country: 'DE', continent: 'EU', lat: 52.5, long: 13.4 } },
        brand: { pk: 'b', app: 'authentik_brands', name: 'Partner portal', model_name: 'brand' },
        created: new Date(Date.now() - 5 * 60_000).toISOString(),
      }),
      event({ pk: 'b', action: 'custom_report_generated', user: { username: 'bot', authenticated_as: { username: 'token-7' } }, client_ip: null, brand: null }),
    ];
    const source = await fixture<EvSource>(
      html`<ev-source time-zone="Asia/Tokyo"><ev-log style="height: 420px" .events=${events}></ev-log></ev-source>`,
    );
    const el = source.querySelector('ev-log')!;
    await settle(el);
    const [first, second] = dataRows(el);
    const cells = [...first!.querySelectorAll('[role="gridcell"]')].map((c) => [...c.querySelectorAll('.l1, .l2')].map((l) => l.textContent!.trim()).join(' ').trim());
    expect(cells[0]).to.equal('Login failed authentik.stages.password');
    expect(first!.querySelector('.chip')!.classList.contains('s2')).to.equal(true);
    expect(getComputedStyle(first!.querySelector('.chip')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(cells[1]).to.equal('akadmin on behalf of alice');
    const time = first!.querySelector('time')!;
    const visible = [...time.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    expect(visible).to.equal('5 minutes ago');
    expect(time.title).to.match(/GMT\+9|JST|\d{1,2}:\d{2}/);
    // The absolute time (in the shared zone, Tokyo) is there for screen readers as well.
    expect(time.querySelector('.visually-hidden')!.textContent).to.contain(time.title);
    expect(cells[3]).to.equal('192.0.2.10 Berlin, Germany');
    expect(cells[4]).to.equal('Partner portal');
    expect(rowText(second!)).to.contain('Custom: Report generated');
    expect(rowText(second!)).to.contain('bot as token-7');
    expect(rowText(second!)).to.contain('—');
    const header = shadow(el).querySelector('.header-row')!;
    expect(header.textContent!.replace(/\s+/g, ' ')).to.contain('Created (GMT+9)');
    await expect(el).to.be.accessible();
  });

  it('follows the language (German) and takes extra toolbar controls in its slot', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await fixture<EvLog>(html`<ev-log lang="de" style="height: 400px" .events=${makeEvents({ count: 1234 })}><button slot="toolbar">Mine</button></ev-log>`);
    await settle(el);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('1.234 Ereignisse');
    expect(shadow(el).querySelector('.header-row')!.textContent).to.contain('Aktion');
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="toolbar"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Mine');
    await expect(el).to.be.accessible();
  });

  it('grid semantics: aria-rowcount counts the header, rows carry aria-rowindex', async () => {
    const el = await mountLog({ events: makeEvents({ count: 250 }) });
    const g = grid(el);
    expect(g.getAttribute('role')).to.equal('grid');
    expect(g.getAttribute('aria-rowcount')).to.equal('251');
    expect(g.getAttribute('aria-colcount')).to.equal('5');
    expect(shadow(el).querySelector('.header-row')!.getAttribute('aria-rowindex')).to.equal('1');
    expect(dataRows(el).map((r) => r.getAttribute('aria-rowindex')).slice(0, 3)).to.deep.equal(['2', '3', '4']);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('250 events');
  });
});

describe('<ev-log> states', () => {
  it('loading skeleton, then rows', async () => {
    const client = createMemoryClient({ events: makeEvents({ count: 30 }), latencyMs: 150 });
    const el = await fixture<EvLog>(html`<ev-log style="height: 400px" .client=${client}></ev-log>`);
    expect(el.matches(':state(loading)')).to.equal(true);
    const loading = shadow(el).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading events');
    expect(grid(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
    await waitFor(() => el.matches(':state(ready)'), 'rows');
    await settle(el);
    expect(dataRows(el).length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
  });

  it('empty: says so, and offers to clear filters when filtered', async () => {
    const el = await mountLog({ events: [] });
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent).to.contain('No events yet.');
    expect(shadow(el).querySelector('[part="empty-action"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const filtered = await mountLog({ events: makeEvents({ count: 20 }) });
    filtered.store.patchFilter({ username: 'nobody-at-all' });
    await settle(filtered);
    expect(filtered.matches(':state(empty)')).to.equal(true);
    expect(shadow(filtered).querySelector('[part="empty"]')!.textContent).to.contain('No events match these filters.');
    shadow(filtered).querySelector<HTMLButtonElement>('[part="empty-action"]')!.click();
    await settle(filtered);
    expect(filtered.store.filter).to.deep.equal({});
    expect(filtered.matches(':state(ready)')).to.equal(true);
    await expect(filtered).to.be.accessible();
  });

  it('error: typed message and retry; ev-error fires', async () => {
    let fail = true;
    const client = createMemoryClient({ events: makeEvents({ count: 10 }), fail: (op) => (fail && op === 'listEvents' ? new EventsHttpError(502, 'gateway <b>secret</b>') : undefined) });
    const errors: Event[] = [];
    const el = await fixture<EvLog>(html`<ev-log style="height: 400px" .client=${client} @ev-error=${(e: Event) => errors.push(e)}></ev-log>`);
    await waitFor(() => el.matches(':state(error)'), 'error state');
    const alert = shadow(el).querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Status 502');
    expect(alert.textContent).not.to.contain('secret');
    expect(errors.length).to.equal(1);
    await expect(el).to.be.accessible();
    fail = false;
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitFor(() => el.matches(':state(ready)'), 'ready after retry');
    await settle(el);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('10 events');
    expect(dataRows(el).length).to.be.greaterThan(3);
  });

  it('a response of the wrong shape names the offending path', async () => {
    const client = createMemoryClient({ fail: () => new EventsValidationError('$.results[3].created', 'an ISO 8601 date-time') });
    const el = await fixture<EvLog>(html`<ev-log .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(error)'), 'error');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('$.results[3].created');
  });

  it('no client: explains how to connect one', async () => {
    const el = await fixture<EvLog>(html`<ev-log></ev-log>`);
    expect(el.matches(':state(no-client)')).to.equal(true);
    expect(shadow(el).textContent).to.contain('No events source is connected');
    await expect(el).to.be.accessible();
  });
});

describe('<ev-log> hostile data, themes, direction', () => {
  it('renders script / markup payloads, 10,000-character names, RTL and emoji as inert text', async () => {
    const events = makeEvents({ count: hostileStrings.length }).map((e, i) => hostileEvent({ ...e, action: i % 2 ? e.action : `custom_${hostileStrings[i]}` }, i));
    const el = await mountLog({ events });
    await settle(el);
    const text = shadow(el).textContent ?? '';
    expect(text).to.contain('<img src=x onerror=');
    expect(text).to.contain('<script>window.__evPwned=1</script>');
    expect(shadow(el).querySelector('img, script:not([type]), svg[onload]')).to.equal(null);
    expect(pwned()).to.equal(false);
    // Long names are clipped by the cell, never widening the row.
    const long = visibleRows(el).find((r) => rowText(r).includes('xxxxxxxxxx'));
    if (long) expect(long.scrollWidth).to.be.lessThan(5000);
    for (const row of dataRows(el)) expect(row.getBoundingClientRect().height).to.equal(48);
    await expect(el).to.be.accessible();
    const [first] = dataRows(el);
    first!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(el);
    expect(await deepText(shadow(el).querySelector('[part="detail"]')!)).to.contain('<img src=x');
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the whole XSS corpus and 1 MB strings in every field: inert text, rows keep their height', async () => {
    const base = makeEvents({ count: corpus.length + 3 });
    const strings = [...corpus, hugeStrings.megabyte(), hugeStrings.megabyteMarkup(), hugeStrings.unbreakable()];
    const events = base.map((e, i) => {
      const s = strings[i]!;
      return {
        ...e,
        action: s,
        app: s,
        client_ip: s,
        user: { username: s, on_behalf_of: { username: s } },
        brand: { name: s },
        context: { geo: { city: s, country: s }, [s.slice(0, 50)]: s },
        created: i % 7 ? e.created : s,
      } as EventRecord;
    });
    const el = await mountLog({ events });
    for (let top = 0; top < events.length * 48; top += 400) {
      grid(el).scrollTop = top;
      await settle(el, 1);
      for (const row of dataRows(el)) expect(row.getBoundingClientRect().height).to.equal(48);
    }
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(el);
    const root = shadow(el);
    for (const tag of NEVER_RENDERED_TAGS) expect(root.querySelector(tag), tag).to.equal(null);
    expect(root.querySelector('img, svg, a[href^="javascript"], [onerror], [onload]')).to.equal(null);
    expect(pwned()).to.equal(false);
  });

  it('dark theme and right-to-left stay accessible', async () => {
    const el = await fixture<EvLog>(html`<ev-log theme="dark" dir="rtl" lang="ar" style="height: 400px" .events=${makeEvents({ count: 40 })}></ev-log>`);
    await settle(el);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const g = grid(el);
    const headerCells = [...shadow(el).querySelectorAll('[role="columnheader"]')];
    // RTL: the first column is on the right.
    expect(headerCells[0]!.getBoundingClientRect().left).to.be.greaterThan(headerCells[1]!.getBoundingClientRect().left);
    expect(g.getAttribute('aria-rowcount')).to.equal('41');
    await expect(el).to.be.accessible();
  });
});
