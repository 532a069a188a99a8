import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../../../scripts/chrome.mjs';

test('a script-tag bundle is the production build even when built in a development process (the demo server builds /cdn/ev-*.js on request)', async () => {
  // What the demo's Vite dev server sets for its whole process before demo/portal.html asks for the bell.
  process.env.NODE_ENV = 'development';
  const { bundle } = await import('../../../scripts/build-cdn.mjs');
  const code = await bundle('src/components/notification-bell/ev-notification-bell.ts');
  // Lit's development build warns "Lit is in dev mode" and carries its dev-only checks.
  assert.ok(!code.includes('Lit is in dev mode'), 'the bundle holds the development build of Lit');
});

/** TypeScript's `__decorate` (its emit helper, as @oxc-project/runtime ships it), the reference for the bundles' smaller one. */
type Decorator = (...args: never[]) => unknown;
function tsDecorate(decorators: Decorator[], target: object, key?: string | symbol, desc?: PropertyDescriptor | null): unknown {
  const c = arguments.length;
  let r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key!)) : desc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i] as ((...args: unknown[]) => unknown) | undefined;
    if (d) r = ((c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) as typeof r) || r;
  }
  if (c > 3 && r) Object.defineProperty(target, key!, r as PropertyDescriptor);
  return r;
}

test('the bundles’ decorate helper takes TypeScript’s steps for the forms the decorator transform emits (class, field, method, accessor)', async () => {
  const { DECORATE } = await import('../../../scripts/build-cdn.mjs');
  const { default: decorate } = (await import(`data:text/javascript,${encodeURIComponent(DECORATE)}`)) as { default: typeof tsDecorate };
  for (const apply of [tsDecorate, decorate]) {
    const calls: unknown[][] = [];
    const log =
      (name: string, result?: (...a: never[]) => unknown): Decorator =>
      (...args: never[]) => (calls.push([name, ...args.map((a: unknown) => (typeof a === 'function' ? 'fn' : a))]), result?.(...args));
    class A {
      m() {
        return 1;
      }
      get g() {
        return 2;
      }
    }
    class B extends A {}
    // A class decorator's returned class replaces it (last decorator first; a hole in the list is skipped).
    const C = apply([log('outer'), undefined as never, log('inner', () => B)], A);
    // A field: the descriptor a decorator returns is defined on the target; none: nothing is defined.
    apply([log('field')], A.prototype, 'f', void 0);
    apply([log('field2', () => ({ value: 7, writable: true }))], A.prototype, 'f2', void 0);
    // A method or accessor (`null`): its own descriptor goes through the decorators.
    apply([log('method', (_t: unknown, _k: unknown, d: PropertyDescriptor) => ({ ...d, value: () => 3 }))], A.prototype, 'm', null);
    apply([log('accessor', () => undefined)], A.prototype, 'g', null);
    assert.equal(C, B);
    assert.equal(Object.hasOwn(A.prototype, 'f'), false);
    assert.equal((A.prototype as unknown as { f2: number }).f2, 7);
    assert.equal(new A().m(), 3);
    assert.equal(new A().g, 2);
    assert.deepEqual(calls.map((c) => c.slice(0, 3)), [
      ['inner', 'fn'],
      ['outer', 'fn'],
      ['field', A.prototype, 'f'],
      ['field2', A.prototype, 'f2'],
      ['method', A.prototype, 'm'],
      ['accessor', A.prototype, 'g'],
    ], apply.name);
  }
});

test('every element’s script-tag bundle defines its element, whose decorated properties read, reflect and render', { timeout: 120_000 }, async (t) => {
  const chrome = findChrome();
  if (!chrome.path) return t.skip(chrome.error);
  const { bundle, elementEntries } = await import('../../../scripts/build-cdn.mjs');
  const browser = await chromium.launch({ executablePath: chrome.path, headless: true, args: chromeFlags });
  try {
    for (const entry of elementEntries()) {
      const tag = entry.split('/').pop()!.replace(/\.ts$/, '');
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><html lang="en"><body></body></html>');
      await page.addScriptTag({ type: 'module', content: await bundle(entry) });
      const seen = await page.evaluate(async (name) => {
        await customElements.whenDefined(name);
        const el = document.createElement(name) as HTMLElement & { theme?: string; strings?: unknown; updateComplete: Promise<unknown> };
        el.setAttribute('theme', 'dark');
        document.body.append(el);
        await el.updateComplete;
        const fromAttribute = el.theme;
        el.theme = 'light';
        await el.updateComplete;
        return { fromAttribute, reflected: el.getAttribute('theme'), rendered: (el.shadowRoot?.childNodes.length ?? 0) > 0 };
      }, tag);
      assert.deepEqual(seen, { fromAttribute: 'dark', reflected: 'light', rendered: true }, tag);
      assert.deepEqual(errors, [], tag);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
