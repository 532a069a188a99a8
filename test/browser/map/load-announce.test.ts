// What a screen reader hears while the map loads page after page: not every page. The progress
// stays visible; it is said only for a slow load (at most every few seconds, at a new quarter of
// the total), through the map's persistent live region; the outcome is the summary.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

/** A page is asked for once the one before is clustered and drawn: seconds on a loaded machine. */
const PAGE_WAIT = { timeout: 8000 };

/** A client whose pages wait for `release()` while `hold` is set. */
function heldClient(inner: EventsClient) {
  const waiting: Array<() => void> = [];
  const held = {
    hold: true,
    calls: 0,
    release: () => waiting.shift()?.(),
    client: {
      ...inner,
      listEvents: async (query, options) => {
        held.calls++;
        if (held.hold) await new Promise<void>((resolve) => waiting.push(resolve));
        return inner.listEvents(query, options);
      },
    } as EventsClient,
  };
  return held;
}

/** Every wording the element's live regions (status, alert, aria-live) take on, in order. */
function recordSaid(el: EvMap) {
  const said: string[] = [];
  const last = new Map<Element, string>();
  const observer = new MutationObserver(() => {
    for (const region of el.shadowRoot!.querySelectorAll('[role=status], [role=alert], [aria-live]')) {
      const now = text(region);
      if (now && now !== last.get(region)) said.push(now);
      last.set(region, now);
    }
  });
  observer.observe(el.shadowRoot!, { childList: true, characterData: true, subtree: true, attributes: true });
  return { said, stop: () => observer.disconnect() };
}

describe('<ev-map> says the loading progress sparingly', () => {
  it('a slow load: each page is shown, the progress said only after a few seconds at a new quarter, then the outcome', async () => {
    const held = heldClient(createMemoryClient({ events: [...eventsAt(2000, BERLIN, 1), ...eventsAt(2000, TOKYO, 2)] }));
    const realNow = Date.now;
    let shift = 0;
    Date.now = () => realNow() + shift;
    try {
      const source = await fixture<EvSource>(html`<ev-source .client=${held.client}></ev-source>`);
      const el = document.createElement('ev-map');
      source.append(el);
      const rec = recordSaid(el);
      await waitUntil(() => held.calls === 1, 'no first page asked for', PAGE_WAIT);
      held.release();
      await waitUntil(() => text($(el, '[part=toolbar]')).includes('1,000 of 4,000') || text($(el, '.overlay')).includes('1,000 of 4,000'), 'the first page is not shown', PAGE_WAIT);
      await waitUntil(() => held.calls === 2, 'no second page asked for', PAGE_WAIT);
      // Seconds later the next page: said.
      shift += 6000;
      held.release();
      await waitUntil(() => held.calls === 3, 'no third page asked for', PAGE_WAIT);
      await waitUntil(() => rec.said.includes('Loading events… 2,000 of 4,000'), `the progress of a slow load is not said (said: ${rec.said.join(' | ')})`, PAGE_WAIT);
      // The rest right after it: shown, not said; then the outcome.
      held.hold = false;
      held.release();
      await drawn(el);
      await waitUntil(() => rec.said.includes('4,000 events at 2 places'), `the outcome is not said (said: ${rec.said.join(' | ')})`, PAGE_WAIT);
      rec.stop();
      expect(rec.said.filter((words) => words !== 'Loading…')).to.deep.equal(['Loading events… 2,000 of 4,000', '4,000 events at 2 places']);
      await expect(el).to.be.accessible();
    } finally {
      Date.now = realNow;
      held.hold = false;
      held.release();
    }
  });

  it('a reload after a filter change says no page count between its start and its outcome when it is quick', async () => {
    const events = [...eventsAt(3000, BERLIN, 1), ...eventsAt(2000, TOKYO, 2)];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events })}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    const rec = recordSaid(el);
    source.store.patchFilter({ area: { north: 60, south: 40, east: 20, west: 0 } });
    await waitUntil(() => text($(el, '[part=summary]')) === '3,000 events at 1 place', 'the map did not follow the filter', PAGE_WAIT);
    await drawn(el);
    // The outcome is said a moment after it is shown (its region is emptied first: see LoadOutcome).
    await waitUntil(() => rec.said.includes('3,000 events at 1 place'), `the outcome is not said (said: ${rec.said.join(' | ')})`, PAGE_WAIT);
    rec.stop();
    expect(rec.said.filter((words) => words.includes('Loading events')), rec.said.join(' | ')).to.deep.equal([]);
  });
});
