// Runs inside a frame whose CSP is `script-src 'self'; object-src 'none'; require-trusted-types-for
// 'script'` (see csp.test.ts): mounts <ev-log> with hostile data, uses every feature, reports back.
import '../../../src/define.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { hostileEvent } from '../../fixtures/hostile.js';
import { corpus } from '../../fixtures/xss-corpus.js';
import { cspControls, watchViolations } from '../csp-controls.js';

const violations = watchViolations();

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
  const { trustedTypesEnforced, evalBlocked, others } = await cspControls(violations);
  return {
    evalBlocked,
    controlBlocked: trustedTypesEnforced,
    violations: others,
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
