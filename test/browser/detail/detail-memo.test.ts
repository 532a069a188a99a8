/**
 * A re-render of the same event (a copy, a theme or time-zone change, a "show more" toggle)
 * reads the change record and diffs its long text once, not on every render.
 *
 * The change record is observed through the event itself: its `previous_value` is a getter
 * that counts reads (nothing else on screen reads it while the Context and Raw JSON sections
 * are closed). The text diff has no such hook (it works on strings), so the change table
 * reports how many it computed (`textDiffsComputed`, for tests).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EventRecord, JsonObject } from '../../../src/client/types.js';
import { textDiffsComputed } from '../../../src/components/detail/changes-view.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, detailOf, text } from './helpers.js';

/** A model_updated event with a long text changed in one word; `reads()` counts reads of the old text. */
function longTextChange(): { event: EventRecord; reads: () => number } {
  const words = Array.from({ length: 4000 }, (_, i) => `word${i % 97}`);
  const previous = words.join(' ');
  const next = [...words.slice(0, 2000), 'CHANGED', ...words.slice(2001)].join(' ');
  let reads = 0;
  const description = { new_value: next } as JsonObject;
  Object.defineProperty(description, 'previous_value', {
    enumerable: true,
    get() {
      reads++;
      return previous;
    },
  });
  const event = detailEvent('model_updated', {
    model: { pk: '7', app: 'authentik_core', model_name: 'application', name: 'Wiki' },
    diff: { description, name: { previous_value: 'Wiki', new_value: 'Team wiki' } },
  });
  return { event, reads: () => reads };
}

describe('<ev-detail> computes the changes of an event once', () => {
  it('a copy, a theme change, a time-zone change and "show more" recompute neither the change record nor the text diff', async () => {
    const { event, reads } = longTextChange();
    const diffsBefore = textDiffsComputed();
    const el = await detailOf(event);
    expect(text($(el, '[part="changes-new"] [part="inserted-text"]'))).to.contain('CHANGED');
    const read = reads();
    const diffs = textDiffsComputed();
    expect(read, 'the change record was read').to.be.greaterThan(0);
    expect(diffs - diffsBefore, 'one text diff').to.equal(1);

    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => undefined;
    try {
      $(el, '[part="event-id"] [part="copy-button"]')!.click();
      await waitUntil(() => text($(el, '[role="status"]')) === 'Copied', 'the copy is announced');
    } finally {
      navigator.clipboard.writeText = original;
    }
    el.theme = 'dark';
    await el.updateComplete;
    el.store.update({ timeZone: 'Asia/Tokyo' });
    await el.updateComplete;
    const more = $$(el, '[part="changes-previous"] [part="more-button"]')[0]!;
    more.click();
    await el.updateComplete;
    expect($$(el, '[part="changes-previous"] [part="more-button"]')[0]!.getAttribute('aria-expanded')).to.equal('true');

    expect(reads(), 'the change record is not read again').to.equal(read);
    expect(textDiffsComputed(), 'the text is not diffed again').to.equal(diffs);

    // Another event (even with the same context) is read and diffed anew.
    el.event = { ...event };
    await el.updateComplete;
    expect(reads()).to.be.greaterThan(read);
    expect(textDiffsComputed()).to.equal(diffs + 1);
  });
});
