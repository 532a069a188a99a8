/**
 * The page of the strict-CSP check (served by security-plugin.mjs with a Content-Security-Policy
 * *header*): every component together on one page — <ev-source> around <ev-log>, <ev-detail>,
 * <ev-volume-chart>, <ev-map>, <ev-notification-bell> and <ev-json-diff> — fed hostile data, each
 * used (row expanded, popup opened, tooltip shown, bell opened). Reports what it saw, every
 * `securitypolicyviolation`, and two negative controls, to its parent with postMessage.
 */
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { SENTINEL } from '../../fixtures/xss-corpus.js';
import { cspControls, watchViolations } from '../csp-controls.js';
import { hostileEvents, hostileNotification, p } from './hostile-data.js';

const violations = watchViolations();

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function until(check: () => unknown, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function make<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  // A style attribute is inline style (style-src-attr); the CSSOM is not.
  for (const [name, value] of Object.entries(attributes)) if (name === 'style') el.style.cssText = value;
  else el.setAttribute(name, value);
  return el;
}

const count = (el: Element, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;

async function run(): Promise<Record<string, unknown>> {
  const events = hostileEvents();
  const T0 = Date.parse(events[0]!.created);
  const client = createMemoryClient({
    events,
    notifications: Array.from({ length: 30 }, (_, i) => hostileNotification(i)),
    volumeBucketMs: 3_600_000,
    now: () => T0 + 60_000,
  });
  const source = make<EvSource>('ev-source');
  source.client = client;
  const log = make<EvLog>('ev-log', { style: 'height: 420px; width: 1000px; display: block' });
  const detail = make<EvDataElement>('ev-detail', { 'follow-selection': '' });
  const chart = make<EvDataElement>('ev-volume-chart', { range: 'custom', from: new Date(T0 - 3 * 3_600_000).toISOString(), to: new Date(T0 + 3_600_000).toISOString(), style: 'width: 800px; display: block' });
  const map = make<EvMap>('ev-map', { style: 'width: 800px; display: block' });
  const bell = make<EvNotificationBell>('ev-notification-bell');
  const diff = make<EvJsonDiff>('ev-json-diff', { 'show-unchanged': '' });
  diff.oldValue = { [p(0)]: p(1), keep: p(2), list: [p(3)] };
  diff.newValue = { [p(0)]: p(4), keep: p(2), list: [p(3), p(5)] };
  source.append(bell, log, detail, chart, map, diff);
  document.body.append(source);

  await until(() => log.viewState === 'ready', 'the log');
  await until(() => chart.viewState === 'ready', 'the chart');
  await until(() => map.viewState === 'ready' && map.view !== undefined, 'the map');
  await map.rendered;

  // Use each: expand a row (detail follows the selection), open a place, focus the chart, open the bell.
  log.store.update({ selection: events[1]!.pk });
  await until(() => log.shadowRoot!.querySelector('.panel-row ev-detail') && count(detail, '[part~="section"]') > 0, 'the expanded row and the detail');
  log.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions-button"]')?.click();
  map.shadowRoot!.querySelector<HTMLButtonElement>('[part~="location"]')!.click();
  await until(() => map.shadowRoot!.querySelector('[part~="popup"]'), 'a map popup');
  chart.shadowRoot!.querySelector<HTMLCanvasElement>('canvas')!.focus({ focusVisible: true } as FocusOptions);
  chart.shadowRoot!.querySelector('canvas')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  await until(() => chart.shadowRoot!.querySelector('[part~="tooltip"]'), 'a chart tooltip');
  const tooltip = (chart.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent ?? '').trim().length > 0;
  bell.show();
  await until(() => count(bell, '[part~="item"]') > 0, 'the bell items');
  await diff.updateComplete;
  for (let i = 0; i < 5; i++) await frame();

  const { trustedTypesEnforced, evalBlocked, others } = await cspControls(violations);

  return {
    rows: count(log, '.data-row'),
    expanded: Boolean(log.shadowRoot!.querySelector('.panel-row ev-detail')),
    detailSections: count(detail, '[part~="section"]'),
    legendItems: count(chart, '[part~="legend-item"]'),
    tooltip,
    places: count(map, '[part~="location"]'),
    clustering: map.clustering,
    popup: Boolean(map.shadowRoot!.querySelector('[part~="popup"]')),
    bellItems: count(bell, '[part~="item"]'),
    diffText: diff.shadowRoot!.textContent?.includes(p(4)) ?? false,
    // Styles applied: the chart's plot has a size from its stylesheet, the log grid scrolls.
    styled: getComputedStyle(log.shadowRoot!.querySelector('.grid')!).overflowY,
    violations: others,
    trustedTypesEnforced,
    evalBlocked,
    pwned: Boolean((window as unknown as Record<string, unknown>)[SENTINEL]),
  };
}

run().then(
  (result) => parent.postMessage({ cspPage: result }, '*'),
  (error: unknown) => parent.postMessage({ cspPage: { error: String(error), violations } }, '*'),
);
