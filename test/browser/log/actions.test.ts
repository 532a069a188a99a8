import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { ControlledClient, dataRows, manyEvents, settle, shadow, visibleRows, waitFor, deepText } from './helpers.js';

describe('<ev-log> actions', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('copy link: a URL of this page with the filter and event=<pk>, announced', async () => {
    history.replaceState(null, '', `${location.pathname}?tab=audit`);
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC"><ev-log style="height: 480px" .events=${manyEvents(100)}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    source.store.patchFilter({ username: 'alice' });
    await settle(el);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      const row = dataRows(el)[0]!;
      row.querySelector<HTMLElement>('[role="gridcell"]')!.click();
      await settle(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
      await waitFor(() => written.length === 1, 'clipboard');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    const url = new URL(written[0]!);
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    expect(url.searchParams.get('tab')).to.equal('audit');
    expect(url.searchParams.get('username')).to.equal('alice');
    expect(url.searchParams.get('event')).to.equal(source.store.selection);
    // The filter's count was said before: the region empties for a moment, then says the link was copied.
    await waitFor(() => shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent === 'Link copied', '"Link copied" said');
  });

  it('copy link: carries the time zone chosen, also `local` on a page whose source names another zone', async () => {
    const source = await fixture<EvSource>(html`<ev-source sync-url time-zone="Europe/Berlin"><ev-log style="height: 480px" .events=${manyEvents(20)}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      for (const zone of ['Europe/Berlin', 'local']) {
        source.store.update({ timeZone: zone });
        await settle(el);
        dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
        await settle(el);
        shadow(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitFor(() => written.length === (zone === 'local' ? 2 : 1), 'clipboard');
        dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
        await settle(el);
      }
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(written.map((text) => new URL(text).searchParams.get('tz'))).to.deep.equal(['Europe/Berlin', 'local']);
  });

  it('a selection made elsewhere on the source (a map, a link) expands that row when it is loaded', async () => {
    const events = manyEvents(300);
    const source = await fixture<EvSource>(html`<ev-source><ev-log style="height: 480px" .events=${events}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    source.selection = events[40]!.pk;
    await settle(el);
    const panel = shadow(el).querySelector('.panel-row')!;
    expect(await deepText(panel)).to.contain(events[40]!.pk);
    expect(visibleRows(el).some((r) => r.dataset.index === '40')).to.equal(true);
    source.selection = null;
    await settle(el);
    expect(shadow(el).querySelector('.panel-row')).to.equal(null);
  });

  it('a link with event=<pk> expands that row once its page arrives over the network', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(300) }));
    client.hold = true;
    const source = await fixture<EvSource>(html`<ev-source .selection=${'e30'}><ev-log style="height: 480px" .client=${client}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    expect(el.matches(':state(loading)')).to.equal(true);
    client.hold = false;
    client.release();
    await waitFor(() => el.matches(':state(ready)'), 'first page');
    await settle(el);
    const panel = shadow(el).querySelector('.panel-row');
    expect(panel !== null, 'the linked event is expanded').to.equal(true);
    expect(await deepText(panel!)).to.contain('e30');
    const row = visibleRows(el).find((r) => r.dataset.index === '30');
    expect(row?.querySelector('[role="gridcell"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(source.selection).to.equal('e30');
    await expect(el).to.be.accessible();
  });

  it('a selection moved elsewhere to an event not loaded here un-marks the old row; clicking it selects it again', async () => {
    const events = manyEvents(300);
    const source = await fixture<EvSource>(html`<ev-source><ev-log style="height: 480px" .events=${events}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    const cell = () => dataRows(el).find((r) => r.dataset.index === '1')!.querySelector<HTMLElement>('[role="gridcell"]')!;
    cell().click();
    await settle(el);
    expect(source.selection).to.equal(events[1]!.pk);
    expect(cell().getAttribute('aria-expanded')).to.equal('true');
    // A map or chart selects an event of a page this log has not loaded.
    source.selection = events[290]!.pk;
    await settle(el);
    expect(shadow(el).querySelector('.panel-row') === null, 'no panel open').to.equal(true);
    expect(cell().getAttribute('aria-expanded')).to.equal('false');
    cell().click();
    await settle(el);
    expect(source.selection).to.equal(events[1]!.pk);
    expect(cell().getAttribute('aria-expanded')).to.equal('true');
  });

  it('refresh reloads from page 1 keeping the filter; no-filters hides the filter bar', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(500) }));
    const el = await fixture<EvLog>(html`<ev-log no-filters style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    expect(shadow(el).querySelector('[part="filters"]')).to.equal(null);
    el.store.patchFilter({ actions: ['login'] });
    await waitFor(() => client.calls.at(-1)!.query.actions?.[0] === 'login', 'filtered request');
    const before = client.calls.length;
    shadow(el).querySelector<HTMLButtonElement>('[part="refresh-button"]')!.click();
    await waitFor(() => client.calls.length > before, 'reload');
    expect(client.calls.at(-1)!.query).to.include({ page: 1 });
    expect(client.calls.at(-1)!.query.actions).to.deep.equal(['login']);
    await expect(el).to.be.accessible();
  });
});
