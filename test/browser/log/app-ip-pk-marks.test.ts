/**
 * The app, the client IP and the event's id in <ev-log> name what is there, as usernames and brands
 * do: an app "authentik_ev\u200Bents" reads "authentik_ev⟨U+200B⟩ents" (the mark set apart in a
 * dotted box) instead of passing for "authentik_events", under the action in the Action column; a
 * client IP's override is a mark in the Client IP column; and in the expanded row's summary (App, Client IP, ID); the summary's "(on behalf of …)" / "(as …)" sets
 * the other user's marks apart in a box, as the user cell does. A cell's or a value's accessible name
 * (its text) carries the mark's text form; no hidden character is left in what is shown. Values of
 * only visible characters read as written. The CSV export keeps the values as they are.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvExportEvent } from '../../../src/events/ev-export.js';
import { makeEvents } from '../../fixtures/events.js';

async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

const APP = 'authentik_ev\u200Bents';
const IP = '192.0.2.\u202E01';
const PK = 'pk-\u2060lookalike';
/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

async function mount(list: EventRecord[]): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 600px; width: 1000px" .events=${list}></ev-log>`);
  await settle(el);
  return el;
}

function lookalike(user?: EventRecord['user']): EventRecord {
  const [e] = makeEvents({ count: 1 });
  return { ...e!, pk: PK, app: APP, client_ip: IP, ...(user ? { user } : {}) };
}

const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
const cells = (row: HTMLElement) => [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')];
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);

async function expanded(event: EventRecord): Promise<{ el: EvLog; dd: (label: string) => HTMLElement }> {
  const el = await mount([event]);
  cells(dataRows(el)[0]!)[0]!.click();
  await settle(el);
  const summary = el.shadowRoot!.querySelector('[part="summary"]');
  expect(summary, 'the log’s own summary').to.not.equal(null);
  const dd = (label: string) => [...summary!.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector<HTMLElement>('dd')!;
  return { el, dd };
}

describe('<ev-log> apps, client IPs and ids that look like another', () => {
  it('the Action column’s app reads "authentik_ev⟨U+200B⟩ents", the mark in a dotted box; the cell’s name says so', async () => {
    const [plain] = makeEvents({ count: 1 });
    const el = await mount([lookalike(), { ...plain!, pk: 'plain', app: 'authentik_events' }]);
    const apps = dataRows(el).map((r) => cells(r)[0]!.querySelector('.l2')!);
    expect(apps.map((a) => a.textContent)).to.have.members(['authentik_ev⟨U+200B⟩ents', 'authentik_events']);
    const marked = apps.find((a) => a.textContent === 'authentik_ev⟨U+200B⟩ents')!;
    expect(marks(marked)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(marked.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
    expect(marks(apps.find((a) => a !== marked)!)).to.deep.equal([]);
    // A grid cell is named by its content: the mark's text form, never the hidden character.
    const cell = marked.closest<HTMLElement>('[role="gridcell"]')!;
    expect(cell.textContent).to.contain('authentik_ev⟨U+200B⟩ents');
    expect(HIDDEN.test(cell.textContent!)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('the Client IP column reads "192.0.2.⟨U+202E⟩01": the override is a mark, it cannot reverse what follows', async () => {
    const [plain] = makeEvents({ count: 1 });
    const el = await mount([lookalike(), { ...plain!, pk: 'plain', client_ip: null }]);
    const ips = dataRows(el).map((r) => cells(r)[3]!.querySelector('.l1')!);
    expect(ips.map((a) => a.textContent)).to.have.members(['192.0.2.⟨U+202E⟩01', '—']);
    const marked = ips.find((a) => a.textContent!.startsWith('192'))!;
    expect(marks(marked)).to.deep.equal(['⟨U+202E⟩']);
    expect(HIDDEN.test(marked.closest('[role="gridcell"]')!.textContent!)).to.equal(false);
  });

  it('the expanded row’s summary marks the App, Client IP and ID', async () => {
    const { el, dd } = await expanded(lookalike());
    expect(dd('App').textContent!.trim()).to.equal('authentik_ev⟨U+200B⟩ents');
    expect(marks(dd('App'))).to.deep.equal(['⟨U+200B⟩']);
    expect(dd('Client IP').textContent!.trim()).to.equal('192.0.2.⟨U+202E⟩01');
    expect(marks(dd('Client IP'))).to.deep.equal(['⟨U+202E⟩']);
    expect(dd('ID').textContent!.trim()).to.equal('pk-⟨U+2060⟩lookalike');
    expect(marks(dd('ID'))).to.deep.equal(['⟨U+2060⟩']);
    for (const label of ['App', 'Client IP', 'ID']) expect(HIDDEN.test(dd(label).textContent!), label).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('values of only visible characters, and a missing client IP, read as before', async () => {
    const [e] = makeEvents({ count: 1 });
    const { dd } = await expanded({ ...e!, pk: 'abc-123', app: 'authentik_core', client_ip: null });
    expect(dd('App').textContent!.trim()).to.equal('authentik_core');
    expect(dd('Client IP').textContent!.trim()).to.equal('—');
    expect(dd('ID').textContent!.trim()).to.equal('abc-123');
    for (const label of ['App', 'Client IP', 'ID']) expect(marks(dd(label)), label).to.deep.equal([]);
  });

  it('the summary’s "(on behalf of ad⟨U+200B⟩min)" and "(as …)" set the marks apart in a dotted box', async () => {
    const obo = await expanded(lookalike({ pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' } }));
    const user = obo.dd('User');
    expect(user.textContent!.trim()).to.equal('bob (on behalf of ad⟨U+200B⟩min)');
    expect(marks(user)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(user.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
    expect(HIDDEN.test(user.textContent!)).to.equal(false);
    await expect(obo.el).to.be.accessible();
    obo.el.remove();
    const as = await expanded(lookalike({ pk: 1, username: 'eve', authenticated_as: { pk: 2, username: '\u200B' } }));
    expect(as.dd('User').textContent!.trim()).to.equal('eve (as (invisible name: U+200B))');
    expect(marks(as.dd('User'))).to.deep.equal(['(invisible name: U+200B)']);
    as.el.remove();
    // A name typed as "ad⟨U+200B⟩min" has no box.
    const typed = await expanded(lookalike({ pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad⟨U+200B⟩min' } }));
    expect(typed.dd('User').textContent!.trim()).to.equal('bob (on behalf of ad⟨U+200B⟩min)');
    expect(marks(typed.dd('User'))).to.deep.equal([]);
  });

  it('the CSV export keeps the app, client IP, id and names as they are (no mark text)', async () => {
    const el = await mount([lookalike({ pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' } })]);
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"][data-format="csv"]')!.click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    const csv = await done.detail.blob.text();
    for (const raw of [APP, IP, PK, 'ad\u200Bmin']) expect(csv, JSON.stringify(raw)).to.contain(`"${raw}"`);
    expect(csv).to.not.contain('⟨U+');
  });
});
