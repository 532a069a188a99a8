import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/log/ev-log.js';
import '../src/components/source/ev-source.js';
import { createAuthentikClient } from '../src/client/adapters/authentik.js';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import { EventsHttpError } from '../src/client/errors.js';
import type { EventRecord, EventsClient } from '../src/client/types.js';
import { makeEvents } from '../test/fixtures/events.js';
import { hostileEvent, hostileStrings } from '../test/fixtures/hostile.js';
import { corpus } from '../test/fixtures/xss-corpus.js';

/** 1,000,000 events, newest first (shallow copies of 1,000 generated ones), built once. */
let million: EventRecord[] | undefined;
function events1M(): EventRecord[] {
  if (!million) {
    const base = makeEvents({ count: 1000 });
    const now = Date.now();
    million = new Array<EventRecord>(1_000_000);
    for (let i = 0; i < million.length; i++) million[i] = { ...base[i % 1000]!, pk: `e${i}`, created: new Date(now - i * 2000).toISOString() };
  }
  return million;
}

const recent = () => makeEvents({ count: 5000, now: Date.now(), gapMs: 30_000 });

interface Args {
  mode: 'scroll' | 'pages';
  live: boolean;
  timeZone: string;
}

const meta: Meta<Args> = {
  title: 'Elements/ev-log',
  component: 'ev-log',
  args: { mode: 'scroll', live: false, timeZone: 'local' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['scroll', 'pages'] },
    timeZone: { control: 'select', options: ['local', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'] },
  },
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<Args>;

/** The default: a client with live updates (new events are added every few seconds). */
export const Default: Story = {
  args: { live: true },
  render: (args) => {
    const client = createMemoryClient({ events: recent() });
    const timer = setInterval(() => {
      if (!document.body.contains(document.querySelector('#log-default'))) return clearInterval(timer);
      client.addEvents(makeEvents({ count: 1, seed: Date.now() % 1e6, now: Date.now() }).map((e) => ({ ...e, pk: `live-${Date.now()}` })));
    }, 3000);
    return html`<ev-source .client=${client} time-zone=${args.timeZone}>
      <ev-log id="log-default" style="height: 640px" mode=${args.mode} ?live=${args.live} persist-key="storybook-log-columns"></ev-log>
    </ev-source>`;
  },
};

/** 1,000,000 events in memory (`.events`): no request; scroll or press Ctrl+End to reach the last one. */
export const Memory1M: Story = {
  name: 'Memory, 1,000,000 events',
  render: (args) => html`<ev-source time-zone=${args.timeZone}><ev-log style="height: 640px" mode=${args.mode} .events=${events1M()}></ev-log></ev-source>`,
};

/**
 * The reference server over HTTP. Start it with `npm run server -- --events 1000000 --live-rate 1`
 * (the default token is `dev-token`): `npm run storybook` proxies the relative `/api` to it
 * (`EV_SERVER_URL`, default http://127.0.0.1:8787). Without a server the log shows its error
 * state with a retry; set `baseUrl` to any authentik-compatible API root.
 */
export const ReferenceServer: StoryObj<Args & { baseUrl: string; token: string }> = {
  name: 'Reference server',
  args: { baseUrl: '/api/v3', token: 'dev-token', live: true },
  render: (args) => {
    const client = createAuthentikClient({ baseUrl: args.baseUrl, token: args.token });
    return html`<ev-source .client=${client} time-zone=${args.timeZone} sync-url>
      <ev-log style="height: 640px" mode=${args.mode} ?live=${args.live} sync-url></ev-log>
    </ev-source>`;
  },
};

/** The skeleton while the first page is on its way (this client never answers). */
export const Loading: Story = {
  render: () => html`<ev-log style="height: 480px" .client=${createMemoryClient({ events: recent(), latencyMs: 2 ** 31 - 1 })}></ev-log>`,
};

/** No events at all. */
export const Empty: Story = {
  render: () => html`<ev-log style="height: 360px" .events=${[]}></ev-log>`,
};

/** Filters that match nothing: the empty state offers to clear them. */
export const EmptyFiltered: Story = {
  name: 'Empty (filtered)',
  render: () => {
    const client = createMemoryClient({ events: recent() });
    return html`<ev-source .client=${client} .filter=${{ username: 'nobody-has-this-name' }}><ev-log style="height: 360px"></ev-log></ev-source>`;
  },
};

/** The server answered 503: message and retry. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => {
    const client = createMemoryClient({ events: recent(), fail: (op) => (op === 'listEvents' ? new EventsHttpError(503, 'unavailable') : undefined) });
    return html`<ev-log style="height: 360px" .client=${client}></ev-log>`;
  },
};

/** Pages fail past row 300: scroll down to see the inline retry on their rows. */
export const PageFailsMidScroll: Story = {
  name: 'Page fails mid-scroll',
  render: () => {
    const inner = createMemoryClient({ events: recent() });
    const client: EventsClient = {
      ...inner,
      listEvents: (query, options) => ((query?.page ?? 1) > 3 ? Promise.reject(new EventsHttpError(500, '')) : inner.listEvents(query, options)),
    };
    return html`<ev-log style="height: 480px" .client=${client}></ev-log>`;
  },
};

/** Script and markup payloads, 10,000-character usernames, right-to-left text, emoji: all inert text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  render: () => {
    const payloads = [...hostileStrings, ...corpus];
    const events = makeEvents({ count: payloads.length, now: Date.now() }).map((e, i) => ({
      ...hostileEvent(e, i),
      action: i % 3 ? e.action : `custom_${payloads[i]}`,
      user: { username: payloads[i]!, on_behalf_of: { username: payloads[(i + 1) % payloads.length]! } },
      brand: { name: payloads[(i + 2) % payloads.length]! },
    }));
    return html`<ev-log style="height: 640px" .events=${events}></ev-log>`;
  },
};

/** Dark theme. */
export const Dark: Story = {
  render: () => html`<ev-log theme="dark" style="height: 560px" .events=${recent()}></ev-log>`,
};

/** Right to left (Arabic page direction). */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl" lang="ar"><ev-log style="height: 560px" .events=${recent()}></ev-log></div>`,
};

/**
 * On a phone: a 375 px wide column and `height: 400px`. The filter fields fold behind the
 * "Filters" button (it counts the filters set) so the rows stay in view.
 */
export const Phone: Story = {
  render: () => html`<div style="max-inline-size: 375px"><ev-log style="height: 400px" .events=${recent()}></ev-log></div>`,
};

/** Explicit pages (`mode="pages"`), 25 per page. */
export const Pages: Story = {
  render: () => html`<ev-log mode="pages" page-size="25" style="height: 560px" .events=${recent()}></ev-log>`,
};

/**
 * A custom range whose "To" is not after its "From": nothing can match, and the filter bar says
 * why ("To" marked invalid, described by the message in part `range-error`).
 */
export const EmptyRangeInverted: Story = {
  name: 'Empty (custom range, "To" before "From")',
  render: () => {
    const client = createMemoryClient({ events: makeEvents({ count: 200 }) });
    const filter = { since: '2026-11-20T10:00:00.000Z', until: '2026-11-10T10:00:00.000Z' };
    return html`<ev-source .client=${client} .filter=${filter} time-zone="UTC"><ev-log style="height: 360px"></ev-log></ev-source>`;
  },
};

/**
 * Usernames that draw nothing or pass for another name: "ad\u200Bmin" reads "ad⟨U+200B⟩min" and a
 * name of only "\u200B" reads "(invisible name: U+200B)", each mark in a dotted box (part
 * `invisible-mark`); emoji and scripts that need joiners read as written.
 */
export const InvisibleUsernames: Story = {
  name: 'Invisible and look-alike usernames',
  render: () => {
    const names = ['ad\u200Bmin', '\u200B', 'admin', '\u2066\u2069', '\u202Enimda', '👨\u200D👩\u200D👧', 'می\u200Cخواهم'];
    const events = makeEvents({ count: names.length * 2, now: Date.now() }).map((e, i) => ({
      ...e,
      user: i < names.length ? { pk: i + 1, username: names[i]! } : { pk: 99, username: 'alice', on_behalf_of: { username: names[i - names.length]! } },
    }));
    return html`<ev-log style="height: 560px" .events=${events}></ev-log>`;
  },
};

/**
 * The server's answer is larger than the client reads (8 MiB, `maxBytes`): the client stops
 * reading and the log says so (`EventsTooLargeError`). This fetch stub streams an endless body.
 */
export const ErrorTooLarge: Story = {
  name: 'Error (answer too large)',
  render: () => {
    const endless = () =>
      new Response(new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(1 << 20).fill(0x20)) }), {
        headers: { 'content-type': 'application/json' },
      });
    const client = createAuthentikClient({ baseUrl: 'https://authentik.example.com/api/v3', token: 'story-token', fetch: () => Promise.resolve(endless()) });
    return html`<ev-log style="height: 360px" .client=${client}></ev-log>`;
  },
};
