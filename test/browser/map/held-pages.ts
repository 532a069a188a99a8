/** A paged memory client whose later pages wait until released, and the map opened on it (shared by the popup-while-streaming tests). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, drawn, text, popupCount } from './helpers.js';

export const older = (events: EventRecord[], days: number) => events.map((e) => ({ ...e, created: new Date(Date.parse(e.created) - 86_400_000 * days).toISOString() }));
export const withAction = (events: EventRecord[], action: (i: number) => string) => events.map((e, i) => ({ ...e, action: action(i) }));

/** A memory client whose pages after the first wait while `hold()` is on: `release()` lets the oldest waiting one go, `releaseAll()` every one from now on. */
export function heldPages(events: EventRecord[]) {
  const inner = createMemoryClient({ events });
  let holding = false;
  let waiting: (() => void)[] = [];
  const client: EventsClient = {
    ...inner,
    listEvents: async (query, options) => {
      if (holding && (query?.page ?? 1) > 1) await new Promise<void>((resolve) => waiting.push(resolve));
      return inner.listEvents(query, options);
    },
  };
  return {
    client,
    hold: () => (holding = true),
    waiting: () => waiting.length,
    release: () => waiting.shift()?.(),
    releaseAll: () => {
      holding = false;
      const go = waiting;
      waiting = [];
      go.forEach((resolve) => resolve());
    },
  };
}

export const popup = (el: EvMap) => $(el, '[part=popup]');
export const focusInPopup = (el: EvMap) => Boolean(el.shadowRoot!.activeElement?.closest('[part=popup]'));
export const said = (el: EvMap) => $$(el, '[role=status]').map((region) => text(region));

/** The map in an `<ev-source>` on `client`, all of its data in, and Berlin's popup opened from the list by keyboard. */
export async function berlinOpen(client: EventsClient, summary: string): Promise<{ source: EvSource; el: EvMap }> {
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map lang="en-US"></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await waitUntil(() => text($(el, '[part=summary]')) === summary, 'the first load', { timeout: 8000 });
  await drawn(el);
  $$(el, '[part=location]')
    .find((b) => text(b).startsWith('Berlin'))!
    .focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => popup(el) !== null, 'no popup', { timeout: 5000 });
  expect(popupCount(el)).to.equal('40 events');
  expect(focusInPopup(el), 'focus in the popup').to.equal(true);
  return { source, el };
}
