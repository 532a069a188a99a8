import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/log/ev-log.js';
import '../src/components/map/ev-map.js';
import '../src/components/source/ev-source.js';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import { EventsHttpError } from '../src/client/errors.js';
import type { EventRecord } from '../src/client/types.js';
import type { EvFilterChangeEvent } from '../src/events/ev-filter-change.js';
import { makeEvents } from '../test/fixtures/events.js';
import { hostileStrings } from '../test/fixtures/hostile.js';

const meta: Meta = {
  title: 'Elements/ev-map',
  component: 'ev-map',
  parameters: { docs: { story: { height: '720px' } } },
};
export default meta;

type Story = StoryObj;

/** Events spread over many cities: a few dozen real places plus a grid of smaller ones. */
function worldwide(count: number, places = 400, seed = 1): EventRecord[] {
  return makeEvents({ count, seed, gapMs: 20_000 }).map((e, i) => {
    if (i % 9 === 0) return { ...e, context: {} };
    const p = (i * 7919) % places;
    const lat = -45 + (p % 20) * 4.6 + ((p * 13) % 7) / 3;
    const long = -160 + Math.floor(p / 20) * (320 / Math.ceil(places / 20)) + ((p * 29) % 11) / 4;
    return { ...e, context: { ...e.context, geo: { city: `Place ${p}`, country: ['DE', 'US', 'BR', 'JP', 'KE', 'AU', 'IN', 'CA'][p % 8]!, lat, long } } };
  });
}

function inCity(count: number): EventRecord[] {
  return makeEvents({ count, seed: 3 }).map((e, i) => ({
    ...e,
    context: { ...e.context, geo: { city: 'Berlin', country: 'DE', lat: 52.52 + (i % 5) * 0.01, long: 13.405 + (i % 3) * 0.015 } },
  }));
}

export const Worldwide: Story = {
  render: () => html`<ev-map .events=${worldwide(5_000)} event-href="#/events/{pk}"></ev-map>`,
};

export const OneCity: Story = {
  render: () => html`<ev-map .events=${inCity(300)}></ev-map>`,
};

export const NoGeoData: Story = {
  render: () => html`<ev-map .events=${makeEvents({ count: 50 }).map((e) => ({ ...e, context: {} }))}></ev-map>`,
};

export const Loading: Story = {
  render: () => html`<ev-map .client=${createMemoryClient({ events: worldwide(2_000), latencyMs: 600_000 })}></ev-map>`,
};

export const Error: Story = {
  render: () => html`<ev-map .client=${createMemoryClient({ events: worldwide(100), fail: () => new EventsHttpError(503, 'down') })}></ev-map>`,
};

/** 100,000 events at 2,000 places, fetched page by page from an in-memory client. */
export const HundredThousand: Story = {
  name: '100k events',
  render: () => html`<ev-map .client=${createMemoryClient({ events: worldwide(100_000, 2_000) })}></ev-map>`,
};

export const Capped: Story = {
  render: () => html`<ev-map max-events="3000" .client=${createMemoryClient({ events: worldwide(10_000) })}></ev-map>`,
};

export const HostileCityNames: Story = {
  render: () => {
    const events = makeEvents({ count: 120, seed: 5 }).map((e, i) => {
      const s = hostileStrings[i % hostileStrings.length]!;
      return { ...e, user: { username: s }, context: { geo: { city: s, country: s.slice(0, 2), lat: -50 + (i % 11) * 10, long: -150 + (i % 11) * 30 } } };
    });
    return html`<ev-map .events=${events} event-href="javascript:alert('{pk}')"></ev-map>`;
  },
};

export const Dark: Story = {
  render: () => html`<div style="background: #16181d; padding: 1rem"><ev-map theme="dark" .events=${worldwide(5_000)}></ev-map></div>`,
};

export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar"><ev-map .events=${worldwide(1_000)}></ev-map></div>`,
};

/** The map and the log share one filter: "Filter to this area" narrows the log (and the chart) too. */
export const LinkedWithLog: Story = {
  render: () => {
    const client = createMemoryClient({ events: worldwide(5_000) });
    const show = (e: EvFilterChangeEvent) => {
      const out = (e.currentTarget as HTMLElement).querySelector('output');
      if (out) out.textContent = JSON.stringify(e.detail.filter);
    };
    return html`<ev-source .client=${client} @ev-filter-change=${show}>
      <ev-map></ev-map>
      <p>Shared filter: <output>{}</output></p>
      <ev-log></ev-log>
    </ev-source>`;
  },
};

/** Events at a place, every one with the same `context.geo`. */
function at(count: number, geo: { lat: number; long: number; city?: string; country?: string }, seed: number): EventRecord[] {
  return makeEvents({ count, seed }).map((e) => ({ ...e, context: { ...e.context, geo: { ...geo } } }));
}

/**
 * Places at the poles (lat ±90, past the ±85.05° where Web Mercator ends) and one in between:
 * the poles are drawn at the map's top and bottom edge, their names keep the real latitude (a
 * place without a name reads "-90, 180").
 */
export const Poles: Story = {
  render: () => {
    const events = [
      ...at(2, { lat: 90, long: 0, city: 'North Pole' }, 1),
      ...at(3, { lat: -90, long: 180 }, 2),
      ...at(4, { lat: 52.52, long: 13.405, city: 'Berlin', country: 'DE' }, 3),
    ];
    return html`<ev-map .events=${events}></ev-map>`;
  },
};

/**
 * Actions that are no name (null, an object, a number, only invisible characters) are one
 * "Unnamed action" in the legend and the popups, not "Null" or "[object Object]".
 */
export const UnnamedAction: Story = {
  render: () => {
    const odd: unknown[] = [null, { name: 'x' }, 7, ' \u200B'];
    const events = at(12, { lat: 52.52, long: 13.405, city: 'Berlin', country: 'DE' }, 4).map((e, i) =>
      i < 8 ? ({ ...e, action: odd[i % odd.length] } as unknown as EventRecord) : { ...e, action: 'login' },
    );
    return html`<ev-map .events=${events}></ev-map>`;
  },
};
