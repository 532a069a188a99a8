/**
 * The visually hidden "Events per action" table of a chart with 3,000 actions, live: a live event
 * changes one action's total, and only that action's row changes (its count, and its place when
 * it now has more events than the rows above it). The other 2,999 rows are neither rewritten nor
 * replaced, so a busy live chart does not churn thousands of nodes per event.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, recentEvents } from './helpers.js';

const ACTIONS = Array.from({ length: 3_000 }, (_, i) => `custom_act${String(i).padStart(4, '0')}`);

const tableRows = (el: EvVolumeChart) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part=action-table] tbody tr')];
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map((c) => c.textContent!.trim());

function liveEvent(action: string): EventRecord {
  return { ...makeEvents({ count: 1 })[0]!, pk: `live-${action}`, action, created: new Date(Date.now() - 1_000).toISOString() };
}

/** The table rows a batch of mutation records touched (a moved row counts once). */
function touchedRows(records: MutationRecord[]): Set<Element> {
  const rows = new Set<Element>();
  const rowOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('tr');
  for (const r of records) {
    const own = rowOf(r.target);
    if (own) rows.add(own);
    for (const node of [...r.addedNodes, ...r.removedNodes]) {
      if (node instanceof HTMLTableRowElement) rows.add(node);
      else if (node.nodeType !== Node.COMMENT_NODE && !(node.nodeType === Node.TEXT_NODE && !node.textContent!.trim())) rows.add(rowOf(node) ?? (node as Element));
    }
  }
  return rows;
}

describe('<ev-volume-chart live> "Events per action" table with 3,000 actions', () => {
  it('a live event changes only its own action’s row: the other rows are not rewritten or replaced', async () => {
    // Two events per action: every total ties, so rows are by name.
    const memory = createMemoryClient({ events: recentEvents(6_000, 6 * DAY, ACTIONS) });
    const source = await fixture<EvSource>(html`<ev-source .client=${memory}><ev-volume-chart live style="width: 600px"></ev-volume-chart></ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)'), 'ready', { timeout: 10_000 });
    await el.updateComplete;
    const before = tableRows(el);
    expect(before).to.have.length(3_000);
    expect(cells(before.at(-1)!)).to.deep.equal(['Custom: Act2999', '2']);
    const rowOf = new Map(before.map((tr) => [cells(tr)[0]!, tr]));

    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(el.shadowRoot!.querySelector('[part=action-table]')!, { subtree: true, childList: true, characterData: true, attributes: true });
    // The last row (grouped, by name last among 2,999 ties) gets a third event: it is now the busiest.
    memory.addEvents([liveEvent('custom_act2999')]);
    await waitUntil(() => cells(tableRows(el)[0]!)[1] === '3', 'the row with 3 events first');
    await el.updateComplete;
    records.push(...observer.takeRecords());
    observer.disconnect();

    const after = tableRows(el);
    expect(after).to.have.length(3_000);
    expect(cells(after[0]!)).to.deep.equal(['Custom: Act2999', '3']);
    // The same row, moved: not a new one.
    expect(after[0]).to.equal(rowOf.get('Custom: Act2999'));
    // Every other row is the one it was, showing what it did.
    for (const tr of after.slice(1)) expect(rowOf.get(cells(tr)[0]!), cells(tr)[0]).to.equal(tr);
    expect(cells(after[1]!)).to.deep.equal(['Custom: Act0000', '2']);
    const touched = touchedRows(records);
    expect([...touched].map((tr) => cells(tr as HTMLTableRowElement)[0])).to.deep.equal(['Custom: Act2999']);
  });
});
