import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvExportEvent } from '../../../src/events/ev-export.js';
import { makeEvents } from '../../fixtures/events.js';
import { ControlledClient, manyEvents, settle, shadow, waitFor } from './helpers.js';

function exportButton(el: EvLog, format: 'csv' | 'json'): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>(`[part="export-button"][data-format="${format}"]`)!;
}

/** Parses our CSV (every field quoted, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
    let value = '';
    i++;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
      } else if (text[i] === '"') {
        i++;
        break;
      } else value += text[i++];
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

const PAYLOADS = ['=HYPERLINK("http://evil.example","x")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A2)', '\t=1', 'plain'];

describe('<ev-log> export', () => {
  it('CSV of the current filter: time zone in the header, formula-safe cells', async () => {
    const base = makeEvents({ count: 60, actions: ['login', 'logout'] });
    const events: EventRecord[] = base.map((e, i) => ({ ...e, user: { ...e.user, username: PAYLOADS[i % PAYLOADS.length] } }));
    const source = await fixture<EvSource>(html`<ev-source time-zone="Asia/Tokyo"><ev-log style="height: 480px" .events=${events}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    source.store.patchFilter({ actions: ['login'] });
    await waitFor(() => el.matches(':state(ready)'), 'filtered');
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => exportButton(el, 'csv').click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    expect(done.detail.format).to.equal('csv');
    expect(done.detail.filename).to.match(/^events-\d{8}-\d{6}\.csv$/);
    const rows = parseCsv(await done.detail.blob.text());
    const [header, ...body] = rows;
    expect(header![1]).to.equal('created (Asia/Tokyo)');
    const expected = events.filter((e) => e.action === 'login');
    expect(body).to.have.length(expected.length);
    expect(done.detail.count).to.equal(expected.length);
    const usernames = body.map((r) => r[header!.indexOf('username')]!);
    for (const name of usernames) {
      if (name === 'plain') continue;
      expect(name.startsWith("'"), name).to.equal(true);
    }
    expect(usernames).to.include(`'${PAYLOADS[0]}`);
    const first = expected[0]!;
    const firstRow = body.find((r) => r[0] === first.pk)!;
    expect(firstRow[2]).to.equal(first.created);
    const tokyo = new Date(Date.parse(first.created) + 9 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(firstRow[1]).to.equal(`${tokyo} +09:00`);
    await settle(el);
    expect(shadow(el).querySelector('[part="export-status"]')!.textContent).to.equal(`Exported ${expected.length} events.`);
    await expect(el).to.be.accessible();
  });

  it('CSV across a DST fall-back: the two 02:30s of Europe/Berlin carry their UTC offset and differ', async () => {
    const at = (pk: string, created: string): EventRecord => ({ ...makeEvents({ count: 1, now: Date.UTC(2026, 9, 25, 12) })[0]!, pk, created });
    // Newest first: noon CET, 02:30 CET (the second 02:30), 02:30 CEST (the first).
    const events = [at('noon', '2026-10-25T11:00:00.000Z'), at('cet', '2026-10-25T01:30:00.000Z'), at('cest', '2026-10-25T00:30:00.000Z')];
    const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin"><ev-log style="height: 480px" .events=${events}></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await settle(el);
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => exportButton(el, 'csv').click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    const [header, ...body] = parseCsv(await done.detail.blob.text());
    expect(header!.slice(0, 3)).to.deep.equal(['pk', 'created (Europe/Berlin)', 'created_iso']);
    expect(body.map((r) => r.slice(0, 3))).to.deep.equal([
      ['noon', '2026-10-25 12:00:00 +01:00', '2026-10-25T11:00:00.000Z'],
      ['cet', '2026-10-25 02:30:00 +01:00', '2026-10-25T01:30:00.000Z'],
      ['cest', '2026-10-25 02:30:00 +02:00', '2026-10-25T00:30:00.000Z'],
    ]);
  });

  it('JSON: the events of the current ordering, complete', async () => {
    const events = makeEvents({ count: 1234 });
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .events=${events}></ev-log>`);
    await settle(el);
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => exportButton(el, 'json').click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    const parsed = JSON.parse(await done.detail.blob.text()) as EventRecord[];
    expect(parsed).to.have.length(1234);
    expect(parsed.map((e) => e.pk)).to.deep.equal(events.map((e) => e.pk));
    expect(done.detail.blob.type).to.equal('application/json');
  });

  it('fetches page by page with progress, and cancel aborts it', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1600) }));
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    const exported: Event[] = [];
    el.addEventListener('ev-export', (e) => exported.push(e));
    client.hold = true;
    const before = client.calls.length;
    exportButton(el, 'csv').click();
    await waitFor(() => client.calls.length === before + 1, 'first export page');
    expect(client.calls.at(-1)!.query).to.include({ page: 1, pageSize: 500, ordering: '-created' });
    await settle(el);
    const progress = () => shadow(el).querySelector('[part="export-progress"]');
    expect(progress()!.hasAttribute('role'), 'said by the persistent live region, not by the box').to.equal(false);
    expect(exportButton(el, 'csv').disabled).to.equal(true);
    client.release();
    await waitFor(() => client.calls.length === before + 2, 'second export page');
    await settle(el);
    expect(progress()!.textContent).to.contain('Exporting… 500 of 1,600 events');
    expect(progress()!.querySelector('progress')!.value).to.equal(500);
    await expect(el).to.be.accessible();
    progress()!.querySelector('button')!.click();
    await waitFor(() => Boolean(shadow(el).querySelector('[part="export-status"]')), 'cancelled');
    expect(client.calls.at(-1)!.aborted).to.equal(true);
    expect(shadow(el).querySelector('[part="export-status"]')!.textContent).to.equal('Export cancelled.');
    expect(exported).to.have.length(0);
    expect(exportButton(el, 'csv').disabled).to.equal(false);
  });

  it('keyboard: Enter on Export moves focus to Cancel; Cancel (or the end) puts it back on Export, never on the page', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1600) }));
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    const focused = () => {
      const f = el.shadowRoot!.activeElement;
      return f ? `${f.getAttribute('part') ?? f.tagName} ${f.textContent!.trim()}` : `${document.activeElement?.tagName ?? 'nothing'} (outside the log)`;
    };
    const name = (b: Element | null) => `${b!.getAttribute('part') ?? b!.tagName} ${b!.textContent!.trim()}`;
    const cancel = () => shadow(el).querySelector<HTMLButtonElement>('[part="export-progress"] button');
    exportButton(el, 'csv').focus();
    client.hold = true;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(cancel()), 'export running');
    await settle(el);
    expect(focused()).to.equal(name(cancel()));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(shadow(el).querySelector('[part="export-status"]')), 'cancelled');
    await settle(el);
    expect(focused()).to.equal(name(exportButton(el, 'csv')));
    client.hold = false;
    client.release();
    // An export that ends while Cancel has focus also puts it back on the button that started it.
    el.addEventListener('ev-export', (e) => e.preventDefault());
    exportButton(el, 'json').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'ev-export');
    await settle(el);
    expect(focused()).to.equal(name(exportButton(el, 'json')));
  });

  it('stops at export-limit and says so; otherwise downloads the file', async () => {
    const el = await fixture<EvLog>(html`<ev-log export-limit="250" style="height: 480px" .events=${makeEvents({ count: 1000 })}></ev-log>`);
    await settle(el);
    const clicks: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    try {
      setTimeout(() => exportButton(el, 'json').click());
      const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
      expect(done.detail.count).to.equal(250);
      expect(done.detail.truncated).to.equal(true);
      await settle(el);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.download).to.match(/\.json$/);
    expect(clicks[0]!.href).to.match(/^blob:/);
    expect(shadow(el).querySelector('[part="export-status"]')!.textContent).to.equal('Exported the first 250 events (the export limit).');
  });
});
