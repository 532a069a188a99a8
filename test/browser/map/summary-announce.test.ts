// The outcome of every load is said, also when its words are those of the load before (a filter
// change to another 5 events at 2 places).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

/** Every wording the element's live regions take on (a region emptied and filled again counts again). */
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

const withAction = (events: EventRecord[], action: string) => events.map((e) => ({ ...e, pk: `${action}-${e.pk}`, action }));

describe('<ev-map> says the outcome of every load', () => {
  it('a filter change with the same counts ("5 events at 2 places") is said again; the summary stays shown', async () => {
    const events = [
      ...withAction([...eventsAt(3, BERLIN, 1), ...eventsAt(2, TOKYO, 2)], 'login'),
      ...withAction([...eventsAt(3, BERLIN, 3), ...eventsAt(2, TOKYO, 4)], 'logout'),
    ];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events })} .filter=${{ actions: ['login'] }}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('5 events at 2 places');
    const rec = recordSaid(el);
    source.store.patchFilter({ actions: ['logout'] });
    await waitUntil(() => rec.said.includes('5 events at 2 places'), `the outcome is not said again (said: ${rec.said.join(' | ') || 'nothing'})`, { timeout: 5000 });
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('5 events at 2 places');
    source.store.patchFilter({ actions: ['login'] });
    await waitUntil(() => rec.said.filter((s) => s === '5 events at 2 places').length === 2, `not said after the next load (said: ${rec.said.join(' | ')})`, { timeout: 5000 });
    rec.stop();
    await expect(el).to.be.accessible();
  });
});
