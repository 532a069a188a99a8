/**
 * event-elements/react: the generated @lit/react wrappers rendered by React 19 (react-dom/client).
 * Properties reach the element as properties (a client object, an events array), typed event
 * props (`onEvSelect`, `onEvUnreadChange`) fire with the element's event, and unmounting
 * removes the element.
 */
import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { type Root, createRoot } from 'react-dom/client';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvSelectEvent } from '../../../src/events/ev-select.js';
import type { EvUnreadChangeEvent } from '../../../src/events/ev-unread-change.js';
import { EvLog, EvNotificationBell, EvSource, EvVolumeChart } from '../../../src/react/index.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('event-elements/react', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders <ev-log> with properties, and onEvSelect fires with the typed event when a row is clicked', async () => {
    const events = makeEvents({ count: 20 });
    const selected: EvSelectEvent[] = [];
    flushSync(() =>
      root.render(
        createElement(EvLog, {
          events,
          noExpand: true,
          style: { height: '400px', width: '900px', display: 'block' },
          onEvSelect: (e: EvSelectEvent) => selected.push(e),
        }),
      ),
    );
    const log = host.querySelector('ev-log')!;
    expect(log).to.be.instanceOf(customElements.get('ev-log')!);
    expect(log.events).to.equal(events, 'the array is set as a property, not an attribute');
    expect(log.noExpand).to.equal(true);
    await waitFor(() => log.shadowRoot!.querySelectorAll('.data-row').length > 0, 'rows');
    const row = log.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')[1]!;
    row.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    expect(selected).to.have.length(1);
    expect(selected[0]!.type).to.equal('ev-select');
    expect(selected[0]!.detail.event.pk).to.equal(events[1]!.pk);
    await expect(log).to.be.accessible();
  });

  it('a new handler replaces the old one on re-render; unmounting removes the element', async () => {
    const events = makeEvents({ count: 5 });
    const calls: string[] = [];
    const render = (name: string) =>
      flushSync(() => root.render(createElement(EvLog, { events, noExpand: true, style: { height: '300px', display: 'block' }, onEvSelect: () => calls.push(name) })));
    render('first');
    render('second');
    const log = host.querySelector('ev-log')!;
    await waitFor(() => log.shadowRoot!.querySelectorAll('.data-row').length > 0, 'rows');
    log.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
    expect(calls).to.deep.equal(['second']);
    flushSync(() => root.render(null));
    expect(host.querySelector('ev-log')).to.equal(null);
  });

  it('composes: <EvSource client> around a chart and a bell; onEvUnreadChange reports the count', async () => {
    // Events of the last hours: the chart's 30-day range shows them whatever today is.
    const client = createMemoryClient({ events: makeEvents({ count: 200, now: Date.now() - 60_000 }), notifications: makeNotifications(7) });
    const unread: number[] = [];
    flushSync(() =>
      root.render(
        createElement(
          EvSource,
          { client },
          createElement(EvNotificationBell, { onEvUnreadChange: (e: EvUnreadChangeEvent) => unread.push(e.detail.unread) }),
          createElement(EvVolumeChart, { range: '30d' }),
        ),
      ),
    );
    const source = host.querySelector('ev-source')!;
    expect(source.client).to.equal(client);
    const chart = host.querySelector('ev-volume-chart')!;
    expect(chart.range).to.equal('30d');
    await waitFor(() => unread.length > 0, 'ev-unread-change');
    const expected = makeNotifications(7).filter((n) => !n.seen).length;
    expect(unread.at(-1)).to.equal(expected);
    await waitFor(() => chart.matches(':state(ready)') || chart.matches(':state(empty)'), 'the chart to load');
    expect(chart.matches(':state(ready)'), 'the chart shows the client\'s events').to.equal(true);
  });
});
