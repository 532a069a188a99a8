// Runs inside a frame whose CSP is `script-src 'self'; object-src 'none'; require-trusted-types-for
// 'script'` (see csp.test.ts): mounts <ev-log> with hostile data, uses every feature, reports back.
import '../../../src/define.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { hostileEvent } from '../../fixtures/hostile.js';
import { corpus } from '../../fixtures/xss-corpus.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`));

async function run(): Promise<Record<string, unknown>> {
  const events = makeEvents({ count: corpus.length, now: Date.now() }).map((e, i) => ({ ...hostileEvent(e, i), user: { username: corpus[i]! } }));
  const el = document.createElement('ev-log') as EvLog;
  el.style.height = '600px';
  el.events = events;
  const exported: string[] = [];
  el.addEventListener('ev-export', (e) => {
    e.preventDefault();
    void e.detail.blob.text().then((t) => exported.push(t));
  });
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
  await el.updateComplete;
  const expanded = Boolean(root.querySelector('.panel-row'));
  root.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
  root.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
  root.querySelector<HTMLElement>('summary')!.click();
  await el.exportEvents('csv');
  await el.exportEvents('json');
  el.store.patchFilter({ search: 'img' });
  await new Promise((r) => setTimeout(r, 100));
  for (let i = 0; i < 5; i++) {
    root.querySelector<HTMLElement>('.grid')!.scrollTop += 500;
    await new Promise((r) => requestAnimationFrame(r));
  }
  // Negative control: markup from a string must be refused here.
  let controlBlocked = false;
  try {
    (document.createElement('div') as unknown as Record<string, unknown>)[`inner${'HTML'}`] = '<b>x</b>';
  } catch {
    controlBlocked = true;
  }
  let evalBlocked = false;
  try {
    // Negative control: the CSP must refuse it.
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  await new Promise((r) => setTimeout(r, 50));
  return {
    evalBlocked,
    controlBlocked,
    // Our own negative controls are the only expected violations.
    violations: violations.filter((v) => !v.includes('<b>x</b>') && !v.includes('eval|1')),
    rows: root.querySelectorAll('.data-row').length,
    expanded,
    exports: exported.length,
    pwned: Boolean((window as unknown as Record<string, unknown>).__evPwned),
  };
}

run().then(
  (result) => parent.postMessage({ cspResult: result }, '*'),
  (error: unknown) => parent.postMessage({ cspResult: { error: String(error) } }, '*'),
);
