/**
 * A row's cells keep each value apart from the words around it: a right-to-left override in a
 * city does not reverse the country after it ("Berlin, Germany" under the client IP), and one in
 * an on-behalf-of name does not reverse the words a translation puts after the name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, settle } from './helpers.js';

const RLO = '\u202E';
const base = makeEvents({ count: 1 })[0]!;

/** True when `word` in `root`'s text is laid out left to right (each character right of the one before). */
function readsLeftToRight(root: Element, word: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return range.getBoundingClientRect().left;
    };
    for (let i = 1; i < word.length; i++) if (!(left(i) > left(i - 1))) return false;
    return true;
  }
  throw new Error(`"${word}" not in ${JSON.stringify(root.textContent)}`);
}

async function mount(event: EventRecord, strings?: EvLog['strings']): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 400px; width: 1000px" .strings=${strings} .events=${[event]}></ev-log>`);
  await settle(el);
  return el;
}

describe('<ev-log> cells with bidi overrides in the data', () => {
  it('an override in the city: the country after it reads left to right', async () => {
    const el = await mount({ ...base, context: { ...base.context, geo: { city: `${RLO}Berlin`, country: 'DE', lat: 52.5, long: 13.4 } } });
    const place = dataRows(el)[0]!.querySelectorAll('[role="gridcell"]')[3]!.querySelector('.l2')!;
    expect(place.textContent).to.contain('Germany');
    expect(readsLeftToRight(place, 'Germany')).to.equal(true);
  });

  it('an override in the on-behalf-of name: words a translation puts after it read left to right', async () => {
    const el = await mount({ ...base, user: { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: `${RLO}alice` } } }, {
      log: { onBehalfOf: (name: string) => `${name} (delegated)` },
    });
    const sub = dataRows(el)[0]!.querySelectorAll('[role="gridcell"]')[1]!.querySelector('.l2')!;
    expect(readsLeftToRight(sub, 'delegated')).to.equal(true);
  });
});
