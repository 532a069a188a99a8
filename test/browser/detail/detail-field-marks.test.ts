/**
 * The Changes table's Field column names a field that hides characters next to visible ones
 * (`is_\u200Bsuperuser` passing for `is_superuser`, `a\u202Eb` turned around) with each hidden
 * character as its JSON escape in a dotted box, as the table's values and the diff's keys do;
 * Persian with ZWNJ reads as written, without a box.
 */
import { expect } from '@open-wc/testing';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, detailOf, text } from './helpers.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'نام\u200Cکاربر';
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);

describe('<ev-detail> Changes table fields that hide characters', () => {
  it('show their hidden characters as JSON escapes in a dotted box; Persian with ZWNJ as written', async () => {
    const context = {
      model: { app: 'authentik_core', model_name: 'user', name: 'alice', pk: 1 },
      diff: {
        'is_\u200Bsuperuser': { previous_value: false, new_value: true },
        'a\u202Eb': { previous_value: 1, new_value: 2 },
        [PERSIAN]: { previous_value: 'x', new_value: 'y' },
      },
    };
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('model_updated', context), { theme });
      const fields = $$(el, '[part~="changes-field"]');
      expect(fields.map((f) => text(f)).sort(), theme).to.deep.equal(['a\\u202Eb', 'is_\\u200Bsuperuser', PERSIAN].sort());
      expect(fields.flatMap((f) => marks(f)).sort()).to.deep.equal(['\\u200B', '\\u202E']);
      const mark = fields.map((f) => f.querySelector('[part~="invisible-mark"]')).find((m) => m)!;
      expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');
      for (const f of fields) expect(HIDDEN.test(f.textContent!), text(f)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });
});
