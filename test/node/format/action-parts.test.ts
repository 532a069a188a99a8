/**
 * The action labels `<ev-log>` and `<ev-map>` share: a known action's label as the translation has
 * it, a custom or unknown one's hidden characters as marks (in the element's own "(invisible name: …)"),
 * cut to the element's limit, and, where the element asks for it, "Unnamed action" for an action that
 * is no string or shows nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shownActionParts, shownActionText } from '../../../src/format/action-parts.js';
import { resolveTranslation } from '../../../src/i18n/translation.js';

const t = resolveTranslation('en');
const invisibleName = (codes: string) => `(nothing: ${codes})`;

describe('shownActionParts', () => {
  test('a known action is the translation’s label as it is', () => {
    assert.deepEqual(shownActionParts('login', t, { invisibleName, max: 300 }), [{ text: 'Login', mark: false }]);
  });

  test('a custom action’s hidden character is a mark', () => {
    assert.deepEqual(shownActionParts('custom_ac\u200Bme', t, { invisibleName, max: 300 }), [
      { text: 'Custom: Ac', mark: false },
      { text: '⟨U+200B⟩', mark: true },
      { text: 'me', mark: false },
    ]);
  });

  test('the label is cut to the element’s limit', () => {
    const text = shownActionText(`custom_${'a'.repeat(50)}`, t, { invisibleName, max: 20 });
    assert.equal(text, `Custom: A${'a'.repeat(11)}…`);
  });

  test('no string or a blank action: "Unnamed action" when asked for, else taken as text', () => {
    for (const action of [null, 42, {}, '', '\u200B']) {
      assert.equal(shownActionText(action, t, { invisibleName, max: 300, unnamed: 'Unnamed' }), 'Unnamed');
    }
    assert.equal(shownActionText('\u200B', t, { invisibleName, max: 300 }), '(nothing: U+200B)');
  });
});
