import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import '../src/i18n/locales/de.js';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import type { EventRecord } from '../src/client/types.js';
import { makeEvents, makeNotifications } from '../test/fixtures/events.js';
import { hostileEvent } from '../test/fixtures/hostile.js';

interface Args {
  theme: 'system' | 'light' | 'dark';
  lang: 'en' | 'de';
  dir: 'ltr' | 'rtl';
  timeZone: string;
  live: boolean;
}

const meta: Meta<Args> = {
  title: 'Linked/All five elements',
  args: { theme: 'system', lang: 'en', dir: 'ltr', timeZone: 'local', live: true },
  argTypes: {
    theme: { control: 'inline-radio', options: ['system', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    timeZone: { control: 'select', options: ['local', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      story: { height: '1400px' },
      description: {
        component:
          'One `<ev-source>` holds one filter, one time zone and one selection for every element inside it. Click a bar of the chart: the log and the map follow. "Filter to this area" on the map: the log and the chart follow. Select a row: the chart marks its bar, the map its place, and the detail shows it. The bell shares the client.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** 2,000 events over the last two weeks (most of them located), a few hostile. */
function recentEvents(): EventRecord[] {
  return makeEvents({ count: 2000, now: Date.now() - 30_000, gapMs: 10 * 60_000 }).map((e, i) => (i % 97 === 5 ? hostileEvent(e, i) : e));
}

const grid = 'display: grid; gap: 1rem; padding: 1rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start';
const card = 'padding: 1rem; border: 1px solid var(--ev-color-border); border-radius: var(--ev-radius-md); background: var(--ev-color-bg)';

function page(args: Args, client: ReturnType<typeof createMemoryClient>) {
  const scheme = args.theme === 'system' ? 'light dark' : args.theme;
  return html`<div
    lang=${args.lang}
    dir=${args.dir}
    style="--ev-color-scheme: ${scheme}; color-scheme: ${scheme}; background: var(--ev-color-surface); color: var(--ev-color-text); min-height: 100vh"
  >
    <ev-source .client=${client} time-zone=${args.timeZone}>
      <header style="display: flex; justify-content: flex-end; padding: 0.5rem 1rem; border-block-end: 1px solid var(--ev-color-border)">
        <ev-notification-bell></ev-notification-bell>
      </header>
      <div style=${grid}>
        <section style=${card}><ev-volume-chart range="7d" ?live=${args.live}></ev-volume-chart></section>
        <section style=${card}><ev-map style="--ev-map-height: 260px" top-locations="4"></ev-map></section>
        <section style="${card}; grid-column: 1 / -1; display: grid; gap: 1rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr)">
          <ev-log ?live=${args.live} no-expand style="height: 620px"></ev-log>
          <ev-detail follow-selection heading-level="3"></ev-detail>
        </section>
      </div>
    </ev-source>
  </div>`;
}

/** Chart, map, log, detail and bell on one `<ev-source>` with an in-memory client; live events arrive every few seconds. */
export const Linked: Story = {
  render: (args) => {
    const client = createMemoryClient({ events: recentEvents(), notifications: makeNotifications(12, 2, Date.now()) });
    if (args.live) {
      let n = 0;
      const timer = setInterval(() => {
        if (!document.querySelector('#linked-story')) return clearInterval(timer);
        const [event] = makeEvents({ count: 1, seed: 1000 + n, now: Date.now() });
        client.addEvents([{ ...event!, pk: `live-${Date.now()}-${n++}` }]);
      }, 4000);
    }
    return html`<div id="linked-story">${page(args, client)}</div>`;
  },
};

/** The same page in dark mode, German, right to left and Tokyo time: one switch each. */
export const LinkedDarkGermanRtl: Story = {
  args: { theme: 'dark', lang: 'de', dir: 'rtl', timeZone: 'Asia/Tokyo', live: false },
  render: (args) => page(args, createMemoryClient({ events: recentEvents(), notifications: makeNotifications(12, 2, Date.now()) })),
};
