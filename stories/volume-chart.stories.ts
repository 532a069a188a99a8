import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/define.js';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import { EventsHttpError } from '../src/client/errors.js';
import type { EventRecord, EventsClient, VolumeBucket } from '../src/client/types.js';
import { makeEvents, prng } from '../test/fixtures/events.js';
import { hostileStrings } from '../test/fixtures/hostile.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `count` events over the last `spanMs`, newest first (relative to now, so presets show them). */
function recent(count: number, spanMs: number, actions?: string[]): EventRecord[] {
  return makeEvents({ count, now: Date.now() - 60_000, gapMs: spanMs / count / 2, ...(actions ? { actions } : {}) });
}

const FEW_ACTIONS = ['login', 'login_failed', 'logout', 'user_write', 'model_updated', 'authorize_application', 'password_set', 'suspicious_request'];

/** `bars` hourly buckets × `actions` actions (a daily wave plus noise). */
function hugeBuckets(bars: number, actions: number): VolumeBucket[] {
  const rand = prng(7);
  const start = Math.floor(Date.now() / HOUR) * HOUR - bars * HOUR;
  const out: VolumeBucket[] = [];
  for (let i = 0; i < bars; i++) {
    const wave = 1 + Math.sin((i / 24) * Math.PI * 2);
    const time = new Date(start + i * HOUR).toISOString();
    for (let a = 0; a < actions; a++) out.push({ action: `custom_job_${a + 1}`, time, count: Math.round(rand() * 6 * wave) });
  }
  return out;
}

/** A client whose volume never answers (the loading state). */
const pending: EventsClient = { ...createMemoryClient(), volume: () => new Promise(() => {}) };

const frame = (body: TemplateResult, dark = false) =>
  html`<div style="max-width: 960px; padding: 1rem; ${dark ? 'background: #16181d; color-scheme: dark;' : ''}">${body}</div>`;

const meta: Meta = {
  title: 'Elements/ev-volume-chart',
  component: 'ev-volume-chart',
};
export default meta;

type Story = StoryObj;

export const Last24Hours: Story = {
  name: '24 h (hourly server buckets)',
  render: () => frame(html`<ev-volume-chart range="24h" .client=${createMemoryClient({ events: recent(1500, DAY, FEW_ACTIONS), volumeBucketMs: HOUR })}></ev-volume-chart>`),
};

export const Last7Days: Story = {
  name: '7 d (authentik: 6-hour buckets)',
  render: () => frame(html`<ev-volume-chart .client=${createMemoryClient({ events: recent(4000, 7 * DAY, FEW_ACTIONS) })}></ev-volume-chart>`),
};

export const Last90Days: Story = {
  name: '90 d',
  render: () => frame(html`<ev-volume-chart range="90d" .client=${createMemoryClient({ events: recent(20_000, 90 * DAY, FEW_ACTIONS) })}></ev-volume-chart>`),
};

export const Sparse: Story = {
  render: () => frame(html`<ev-volume-chart range="30d" .client=${createMemoryClient({ events: recent(12, 30 * DAY, ['login_failed', 'suspicious_request']) })}></ev-volume-chart>`),
};

/** 60 custom actions: the 10 most frequent drawn, the other 50 as one "Other actions (50)" series. */
export const ManyActions: Story = {
  render: () => {
    const actions = Array.from({ length: 60 }, (_, i) => `custom_report_${i}`);
    const start = Date.UTC(2026, 10, 1);
    const buckets: VolumeBucket[] = [];
    for (let h = 0; h < 48; h++) actions.forEach((action, i) => buckets.push({ action, time: new Date(start + h * HOUR).toISOString(), count: (60 - i) * ((h % 5) + 1) }));
    return frame(html`<ev-volume-chart .buckets=${buckets}></ev-volume-chart>`);
  },
};

export const SingleAction: Story = {
  render: () => frame(html`<ev-volume-chart .client=${createMemoryClient({ events: recent(800, 7 * DAY, ['login']) })}></ev-volume-chart>`),
};

export const Huge: Story = {
  name: 'Huge (2,000 bars × 20 actions, handed as .buckets)',
  render: () => frame(html`<ev-volume-chart .buckets=${hugeBuckets(2000, 20)} .bucketMs=${HOUR}></ev-volume-chart>`),
};

/** `counts[bar][action]` as hourly buckets from `start`. */
function bucketsFrom(start: number, actions: string[], counts: number[][]): VolumeBucket[] {
  return counts.flatMap((row, i) => row.map((count, a) => ({ action: actions[a]!, time: new Date(start + i * HOUR).toISOString(), count })));
}

/** Eight known actions that share palette slot 2 (failures). */
const FAILURES = ['login_failed', 'login_blocked', 'suspicious_request', 'policy_exception', 'property_mapping_exception', 'system_task_exception', 'system_exception', 'configuration_error'];

export const SharedPaletteSlot: Story = {
  name: 'Eight actions of one palette slot (eight shades)',
  render: () => {
    const rand = prng(11);
    const counts = Array.from({ length: 24 }, () => FAILURES.map((_, a) => Math.round(rand() * (9 - a))));
    return html`${frame(html`<ev-volume-chart theme="light" .buckets=${bucketsFrom(Date.UTC(2026, 10, 1), FAILURES, counts)}></ev-volume-chart>`)}
    ${frame(html`<ev-volume-chart theme="dark" .buckets=${bucketsFrom(Date.UTC(2026, 10, 1), FAILURES, counts)}></ev-volume-chart>`, true)}`;
  },
};

export const HalfHourBuckets: Story = {
  name: 'Buckets at :30 (phase kept)',
  render: () =>
    frame(html`<ev-source time-zone="UTC" .client=${undefined}>
      <ev-volume-chart .buckets=${bucketsFrom(Date.UTC(2026, 10, 1, 0, 30), ['login', 'logout'], [[3, 1], [5, 0], [0, 2], [4, 4], [1, 0], [2, 3]])}></ev-volume-chart>
    </ev-source>`),
};

export const ClocksGoBack: Story = {
  name: 'Clocks go back (Europe/Berlin, 02:00 twice)',
  render: () =>
    frame(html`<ev-source time-zone="Europe/Berlin" .client=${undefined}>
      <ev-volume-chart .buckets=${bucketsFrom(Date.UTC(2026, 9, 24, 22), ['login', 'login_failed'], [[1, 0], [2, 1], [3, 0], [4, 2], [5, 1], [6, 0]])}></ev-volume-chart>
    </ev-source>`),
};

export const Loading: Story = {
  render: () => frame(html`<ev-volume-chart .client=${pending}></ev-volume-chart>`),
};

export const Empty: Story = {
  render: () => frame(html`<ev-volume-chart .client=${createMemoryClient({ events: [] })}></ev-volume-chart>`),
};

export const Error: Story = {
  render: () => frame(html`<ev-volume-chart .client=${createMemoryClient({ fail: (op) => (op === 'volume' ? new EventsHttpError(503, 'Service Unavailable') : undefined) })}></ev-volume-chart>`),
};

export const Dark: Story = {
  render: () => frame(html`<ev-volume-chart theme="dark" .client=${createMemoryClient({ events: recent(4000, 7 * DAY, FEW_ACTIONS) })}></ev-volume-chart>`, true),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => frame(html`<ev-volume-chart dir="rtl" lang="ar" .client=${createMemoryClient({ events: recent(2000, 7 * DAY, FEW_ACTIONS) })}></ev-volume-chart>`),
};

export const HostileNames: Story = {
  name: 'Hostile action names',
  render: () =>
    frame(
      html`<ev-volume-chart
        .client=${createMemoryClient({ events: recent(600, 7 * DAY, [...hostileStrings.slice(0, 8).map((s) => `custom_${s}`), 'login']) })}
      ></ev-volume-chart>`,
    ),
};

/** A client that adds an event every second (stops when the story unmounts). */
function liveClient(): EventsClient {
  const client = createMemoryClient({ events: recent(1500, DAY, FEW_ACTIONS), volumeBucketMs: HOUR });
  const rand = prng(3);
  const timer = setInterval(() => {
    if (!document.querySelector('ev-volume-chart[live]')) return clearInterval(timer);
    const [base] = makeEvents({ count: 1, seed: Math.floor(rand() * 1e6) });
    client.addEvents([{ ...base!, pk: `live-${Date.now()}`, action: FEW_ACTIONS[Math.floor(rand() * FEW_ACTIONS.length)]!, created: new Date().toISOString() }]);
  }, 1000);
  return client;
}

export const Live: Story = {
  render: () => frame(html`<ev-volume-chart live range="24h" .client=${liveClient()}></ev-volume-chart>`),
};

/** The shared filter as text, so the story shows what a click or drag changes. */
function filterReadout(event: Event): void {
  const source = event.currentTarget as HTMLElementTagNameMap['ev-source'];
  const out = source.querySelector('output');
  if (out) out.textContent = JSON.stringify(source.filter, null, 1);
}

export const LinkedWithLog: Story = {
  name: 'Linked with <ev-log>',
  render: () =>
    frame(html`<ev-source .client=${createMemoryClient({ events: recent(3000, 7 * DAY, FEW_ACTIONS) })} @ev-filter-change=${filterReadout}>
      <ev-volume-chart></ev-volume-chart>
      <p>Click a bar or segment, or drag across bars: the log below follows the shared range. Shared filter:</p>
      <output style="display: block; white-space: pre; font-family: monospace">{}</output>
      <ev-log></ev-log>
    </ev-source>`),
};
