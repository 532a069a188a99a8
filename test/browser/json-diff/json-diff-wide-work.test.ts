/**
 * A wide object nested deeper than the diff's depth limit (an object of 30,000 keys 70 levels
 * down, one value changed): each listing of its keys is one long, unsliceable step, so the element
 * lists each side once, to size it; the walk that compares the two (and finds the row's "first
 * difference" note) reuses those keys. Counted through a Proxy, not timed.
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import type { JsonValue } from '../../../src/diff/types.js';

const SIZE = 30_000;

function nest(depth: number, leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

/** A wide object behind a Proxy that counts how often its keys are listed. */
function watched(last: number): { value: JsonValue; listings: () => number } {
  const target: Record<string, JsonValue> = {};
  for (let i = 0; i < SIZE; i++) target[`k${i}`] = i;
  target[`k${SIZE - 1}`] = last;
  let listings = 0;
  const value = new Proxy(target, {
    ownKeys(t) {
      listings++;
      return Reflect.ownKeys(t);
    },
  });
  return { value, listings: () => listings };
}

describe('<ev-json-diff>, a 30,000-key object nested 70 deep', function () {
  this.timeout(60_000);

  it('shows the replaced row and where it first differs, listing each wide object once', async () => {
    const before = watched(1);
    const after = watched(2);
    const el = document.createElement('ev-json-diff') as EvJsonDiff;
    el.oldValue = nest(70, before.value);
    el.newValue = nest(70, after.value);
    document.body.append(el);
    try {
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~=row-replace]').length, 'one replaced row').to.equal(1);
      const note = root.querySelector('[part~=deep-difference]')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(note).to.equal(`First difference, 7 levels below: .level.level.level.level.level.level.k${SIZE - 1}: 1 → 2`);
      expect(root.querySelector('[part~=deeper-button]'), '"Compare from here"').to.exist;
      expect(before.listings(), 'listings of the old wide object').to.be.at.most(1);
      expect(after.listings(), 'listings of the new wide object').to.be.at.most(1);
    } finally {
      el.remove();
    }
  });
});
