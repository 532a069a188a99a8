// First render of <ev-detail> for events with a 1.5 MB context, and opening its big parts. The
// goal is no long task over 50 ms; long tasks are observed with the Long Tasks API.
import type { EventRecord, JsonObject } from '../../src/client/types.js';
import '../../src/components/detail/ev-detail.js';
import { detailEvent, editedCopy, hugeContext } from '../../test/fixtures/detail-events.js';
import type { BenchRow } from '../types.js';

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask' });

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Runs `step` and waits for the next frame; returns wall time and the longest long task it caused. */
async function measure(step: () => Promise<unknown> | unknown): Promise<{ ms: number; longest: number }> {
  await settle();
  longTasks.length = 0;
  const start = performance.now();
  await step();
  await frame();
  const ms = performance.now() - start;
  await settle();
  return { ms, longest: Math.max(0, ...longTasks) };
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

window.evBench = async () => [...(await renderHugeEvent('ev-detail')), ...(await renderMegabyteFields('ev-detail'))];
