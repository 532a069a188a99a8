// First render of <ev-detail> for events with a 1.5 MB context, and opening its big parts; asking
// for the whole of a 1 MB string. The goal is no long task over 50 ms; long tasks are observed
// with the Long Tasks API.
import type { EventRecord, JsonObject } from '../../src/client/types.js';
import '../../src/components/detail/ev-detail.js';
import { detailEvent, editedCopy, hugeContext } from '../../test/fixtures/detail-events.js';
import type { BenchRow } from '../types.js';
import { LongTasks, longestOf } from './long-tasks.js';

const longTasks = new LongTasks();

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Runs `step` and waits for the next frame; returns wall time and the longest long task it caused. */
async function measure(step: () => Promise<unknown> | unknown): Promise<{ ms: number; longest: number }> {
  await settle();
  longTasks.clear();
  const start = performance.now();
  await step();
  await frame();
  const ms = performance.now() - start;
  await settle();
  return { ms, longest: longestOf(longTasks.durations) };
}

async function mount(event: EventRecord) {
  const el = document.createElement('ev-detail');
  el.event = event;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function click(el: HTMLElement, text: string) {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
  return (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function renderHugeEvent(group: string): Promise<BenchRow[]> {
  const context = hugeContext(1_500_000);
  const size = (JSON.stringify(context).length / 1e6).toFixed(2);
  const generic = detailEvent('custom_directory_sync', context);
  const rows: BenchRow[] = [];

  // Negative control: the measurement must see a task it is known to contain.
  const control = await measure(() => {
    const end = performance.now() + 80;
    while (performance.now() < end);
  });
  rows.push({ group, name: 'control: an 80 ms busy task is seen by the long-task measurement', value: control.longest, unit: 'ms', goal: '>= 80' });

  let el: Awaited<ReturnType<typeof mount>> | undefined;
  // The first <ev-detail> of a page pays one-time costs whatever the event (styles, templates,
  // Intl data): measured on a tiny event, then every later row renders warm.
  const cold = await measure(async () => (el = await mount(detailEvent('login', { auth_method: 'password' }))));
  rows.push({ group, name: 'first <ev-detail> on the page, tiny event (one-time startup, longest long task)', value: cold.longest, unit: 'ms', note: `render to next frame ${cold.ms.toFixed(1)} ms` });
  el!.remove();
  const first = await measure(async () => (el = await mount(generic)));
  rows.push({ group, name: `first render, event with a ${size} MB context (longest long task)`, value: first.longest, unit: 'ms', goal: '<= 50', note: `render to next frame ${first.ms.toFixed(1)} ms` });
  const raw = await measure(() => click(el!, 'Raw JSON'));
  rows.push({ group, name: `open Raw JSON of the ${size} MB event (longest long task)`, value: raw.longest, unit: 'ms', goal: '<= 50', note: `${raw.ms.toFixed(1)} ms` });
  const tree = await measure(() => click(el!, 'Context'));
  rows.push({ group, name: `open the Context tree of the ${size} MB event (longest long task)`, value: tree.longest, unit: 'ms', goal: '<= 50', note: `${tree.ms.toFixed(1)} ms` });
  el!.remove();

  // A model change whose previous / new values are the 1.5 MB object and an edited copy.
  const next = JSON.parse(JSON.stringify(editedCopy(context))) as JsonObject;
  const updated = detailEvent('model_updated', {
    model: { pk: 'corp-ldap', app: 'authentik_sources_ldap', model_name: 'ldapsource', name: 'Corporate LDAP' },
    diff: { directory: { previous_value: context, new_value: next }, name: { previous_value: 'LDAP', new_value: 'Corporate LDAP' } },
  });
  const change = await measure(async () => (el = await mount(updated)));
  rows.push({ group, name: `first render, model_updated with ${size} MB previous and new values (longest long task)`, value: change.longest, unit: 'ms', goal: '<= 50', note: `render to next frame ${change.ms.toFixed(1)} ms` });
  el!.remove();
  return rows;
}

/** One event per field that shows data as text, with a megabyte string in that field. */
function megabyteFields(): Array<[string, EventRecord]> {
  const mb = (c: string) => c.repeat(1_000_000);
  const request = (args: JsonObject) => ({ http_request: { method: 'GET', path: '/', args } });
  return [
    ['event id', detailEvent('login', {}, { pk: mb('p') })],
    ['app', detailEvent('login', {}, { app: mb('a') })],
    ['client IP', detailEvent('login', {}, { client_ip: mb('i') })],
    ['query string', detailEvent('login_failed', request({ q: mb('q') }))],
    ['scopes', detailEvent('authorize_application', { scopes: 'openid '.repeat(150_000) })],
    ['list chip', detailEvent('email_sent', { to_email: [mb('t')] })],
    ['link text', detailEvent('update_available', { changelog: `https://example.com/${'c'.repeat(8000)}${mb('c')}` })],
    ['message', detailEvent('configuration_error', { message: mb('m') })],
    ['traceback message', detailEvent('system_exception', { message: `Traceback (most recent call last):\n  File "/a.py", line 1, in f\n    x()\nValueError: ${mb('e')}` })],
    ['JSON-tree key', detailEvent('custom_thing', { [mb('k')]: 1 })],
    ['change-table field', detailEvent('model_updated', { diff: { [mb('f')]: { previous_value: 1, new_value: 2 } } })],
  ];
}

/** First render with a megabyte string in one field: the worst field's longest long task. */
async function renderMegabyteFields(group: string): Promise<BenchRow[]> {
  let worst = { field: '', longest: 0, ms: 0 };
  for (const [field, event] of megabyteFields()) {
    let el: Awaited<ReturnType<typeof mount>> | undefined;
    const run = await measure(async () => (el = await mount(event)));
    el!.remove();
    if (run.longest >= worst.longest) worst = { field, ...run };
  }
  return [
    {
      group,
      name: 'first render, a 1 MB string in one field (worst of 11 fields; longest long task)',
      value: worst.longest,
      unit: 'ms',
      goal: '<= 50',
      note: `worst: ${worst.field}, render to next frame ${worst.ms.toFixed(1)} ms`,
    },
  ];
}

/** The button whose text starts with `text`, if any. */
function buttonStarting(el: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(text));
}

/**
 * Asking for the whole of a 1 MB string (a value's "Show all N characters", a text diff's, the raw
 * JSON of an event with a 1 MB field), then for the next page where the text is shown page by
 * page; and the first render of a text diff with thousands of small edits.
 */
async function revealWholeStrings(group: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, run: { ms: number; longest: number }) =>
    rows.push({ group, name: `${name} (longest long task)`, value: run.longest, unit: 'ms', goal: '<= 50', note: `click to next frame ${run.ms.toFixed(1)} ms` });
  /** Clicks "Show all …", then the first "Show more (… characters left)" when there is one. */
  async function reveal(el: HTMLElement, name: string) {
    row(`${name}: "Show all"`, await measure(() => click(el, 'Show all 1,0')));
    if (buttonStarting(el, 'Show more (')) row(`${name}: the next "Show more"`, await measure(() => click(el, 'Show more (')));
  }
  let el: Awaited<ReturnType<typeof mount>> | undefined;

  // One unbreakable megabyte word: the hardest text to lay out.
  el = await mount(detailEvent('custom_thing', { blob: 'z'.repeat(1_000_000) }));
  await reveal(el, 'a 1 MB string value');
  el.remove();

  const text = 'word '.repeat(200_000);
  el = await mount(detailEvent('model_updated', { diff: { description: { previous_value: text, new_value: `${text.slice(0, 500_000)}CHANGED ${text.slice(500_000)}` } } }));
  await reveal(el, 'text diff of 1 MB texts');
  el.remove();

  const raw = await mount(detailEvent('custom_thing', { before: 'x', blob: 'b'.repeat(1_000_000) }));
  row('open Raw JSON of an event with a 1 MB field', await measure(() => click(raw, 'Raw JSON')));
  if (buttonStarting(raw, 'Show more (')) row('Raw JSON with a 1 MB field: the next "Show more"', await measure(() => click(raw, 'Show more (')));
  raw.remove();

  const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
  const edited = detailEvent('model_updated', { diff: { description: { previous_value: words.join(' '), new_value: words.map((w, i) => (i % 5 === 2 ? `${w}x` : w)).join(' ') } } });
  // The first mount also computes the text diff (kept per event); the second one only renders.
  const computed = await measure(async () => (el = await mount(edited)));
  el!.remove();
  const rendered = await measure(async () => (el = await mount(edited)));
  const elements = el!.shadowRoot!.querySelectorAll('del, ins').length;
  el!.remove();
  rows.push(
    {
      group,
      name: 'first render, text diff with 4,000 small edits, diff already computed (longest long task)',
      value: rendered.longest,
      unit: 'ms',
      goal: '<= 50',
      note: `render to next frame ${rendered.ms.toFixed(1)} ms; ${elements} del / ins elements`,
    },
    { group, name: 'the same, including computing the text diff (longest long task)', value: computed.longest, unit: 'ms', note: `render to next frame ${computed.ms.toFixed(1)} ms` },
  );
  return rows;
}

/**
 * Opening a model_updated event whose previous and new values are two 1 MB texts: one with
 * ~3,300 word edits (diff shown), one with the same words in another order (the sequence diff's
 * worst case, budget-bound). Measured until the text diff is on screen.
 */
async function openMegabyteTextDiffs(group: string): Promise<BenchRow[]> {
  const words: string[] = [];
  for (let size = 0, i = 0; size < 1_000_000; i++) {
    words.push(`word${i % 50_000}`);
    size += words.at(-1)!.length + 1;
  }
  const before = words.join(' ');
  const cases: Array<[string, string]> = [
    ['two 1 MB texts, ~3,300 word edits', words.map((w, i) => (i % 40 === 7 ? `${w}x` : w)).join(' ')],
    ['two 1 MB texts, the same words in another order', [...words.slice(words.length / 2), ...words.slice(0, words.length / 2)].reverse().join(' ')],
  ];
  const rows: BenchRow[] = [];
  // The same texts inside a changed object (shown by a nested <ev-json-diff>), measured until the
  // nested diff is on screen.
  const nested = detailEvent('model_updated', {
    diff: { settings: { previous_value: { description: before, enabled: true }, new_value: { description: cases[0]![1], enabled: false } } },
  });
  let host: Awaited<ReturnType<typeof mount>> | undefined;
  const run = await measure(async () => {
    host = await mount(nested);
    await host.shadowRoot!.querySelector('ev-json-diff')!.updateComplete;
  });
  const inserted = host!.shadowRoot!.querySelector('ev-json-diff')!.shadowRoot!.querySelectorAll('ins').length;
  host!.remove();
  rows.push({
    group,
    name: 'open model_updated whose changed object holds two 1 MB texts, ~3,300 word edits (nested <ev-json-diff>; longest long task)',
    value: run.longest,
    unit: 'ms',
    goal: '<= 50',
    note: `until the nested diff is on screen ${run.ms.toFixed(0)} ms; ${inserted} insertions on its first page`,
  });
  for (const [name, after] of cases) {
    const event = detailEvent('model_updated', { diff: { description: { previous_value: before, new_value: after } } });
    let el: Awaited<ReturnType<typeof mount>> | undefined;
    // mount() awaits updateComplete, which includes a text diff computed after the first render.
    const run = await measure(async () => (el = await mount(event)));
    const shown = el!.shadowRoot!.querySelectorAll('[part="changes-new"] ins').length;
    el!.remove();
    rows.push({
      group,
      name: `open model_updated with ${name} (longest long task)`,
      value: run.longest,
      unit: 'ms',
      goal: '<= 50',
      note: `until the diff is on screen ${run.ms.toFixed(0)} ms; ${shown ? `${shown} insertions on its first page` : 'shown as previous / new values'}`,
    });
  }
  return rows;
}

window.evBench = async () => [
  ...(await renderHugeEvent('ev-detail')),
  ...(await renderMegabyteFields('ev-detail')),
  ...(await revealWholeStrings('ev-detail')),
  ...(await openMegabyteTextDiffs('ev-detail')),
];
