/**
 * Names as shown (display only): characters that draw nothing are shown as a visible mark
 * (`⟨U+200B⟩`), and a name of nothing visible as "(invisible name: U+200B)", so a blank-looking
 * or look-alike username ("ad\u200Bmin" for "admin") can be told apart. Joiners and selectors that
 * a script or an emoji needs are kept as they are.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isBlankName, shownName, shownNameText, shownSentence } from '../../../src/format/invisible.js';

const invisible = (codes: string) => `(invisible name: ${codes})`;
const shown = (name: string) => shownNameText(name, invisible);

describe('shownNameText', () => {
  const blank: Array<[string, string]> = [
    ['\u200B', 'U+200B'],
    ['\u2066\u2069', 'U+2066 U+2069'],
    ['\uFEFF', 'U+FEFF'],
    [' ', 'U+0020'],
    ['\u3164', 'U+3164'],
    ['\u2800\u2800', 'U+2800 U+2800'],
    ['\u200D', 'U+200D'],
    ['\u{E0041}', 'U+E0041'],
  ];
  for (const [name, codes] of blank) {
    test(`${JSON.stringify(name)}, nothing visible: (invisible name: ${codes})`, () => {
      assert.equal(shown(name), `(invisible name: ${codes})`);
      assert.deepEqual(shownName(name, invisible), [{ text: `(invisible name: ${codes})`, mark: true }]);
    });
  }

  test('a very long invisible name lists the first code points, then "…"', () => {
    assert.equal(shown('\u200B'.repeat(500)), `(invisible name: ${Array(16).fill('U+200B').join(' ')} …)`);
  });

  const marked: Array<[string, string, string]> = [
    ['zero-width space inside', 'ad\u200Bmin', 'ad⟨U+200B⟩min'],
    ['right-to-left override', '\u202Enimda', '⟨U+202E⟩nimda'],
    ['soft hyphen', 'ad\u00ADmin', 'ad⟨U+00AD⟩min'],
    ['word joiner and BOM', 'a\u2060b\uFEFF', 'a⟨U+2060⟩b⟨U+FEFF⟩'],
    ['left-to-right mark', 'bob\u200E', 'bob⟨U+200E⟩'],
    ['zero-width non-joiner between Latin letters', 'ad\u200Cmin', 'ad⟨U+200C⟩min'],
    ['zero-width joiner between Latin letters', 'ad\u200Dmin', 'ad⟨U+200D⟩min'],
    ['variation selector on a Latin letter', 'ad\uFE0Fmin', 'ad⟨U+FE0F⟩min'],
    ['a control character', 'bo\u0007b', 'bo⟨U+0007⟩b'],
    ['a tag character outside a flag', 'bob\u{E0041}', 'bob⟨U+E0041⟩'],
    ['a Hangul filler', 'bob\u3164', 'bob⟨U+3164⟩'],
  ];
  for (const [name, text, want] of marked) {
    test(`${name}: ${want}`, () => {
      assert.equal(shown(text), want);
    });
  }

  test('marks are parts of their own (shown set apart from the name’s text)', () => {
    assert.deepEqual(shownName('ad\u200Bmin', invisible), [
      { text: 'ad', mark: false },
      { text: '⟨U+200B⟩', mark: true },
      { text: 'min', mark: false },
    ]);
  });

  const kept: Array<[string, string]> = [
    ['plain', 'alice'],
    ['spaces between words', 'Alice Smith'],
    ['family emoji (ZWJ sequence)', '👨\u200D👩\u200D👧'],
    ['emoji with skin tone and ZWJ', '🧑🏽\u200D💻'],
    ['rainbow flag (VS16 + ZWJ)', '🏳\uFE0F\u200D🌈'],
    ['red heart (VS16)', '\u2764\uFE0F'],
    ['keycap', '1\uFE0F\u20E3'],
    ['England flag (tag sequence)', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}'],
    ['Persian with ZWNJ', 'می\u200Cخواهم'],
    ['Devanagari with ZWJ', 'क्\u200Dष'],
    ['Malayalam with ZWNJ', 'ന്\u200Cമ'],
    ['CJK ideographic variation', '葛\u{E0100}'],
  ];
  for (const [name, text] of kept) {
    test(`${name}: as it is`, () => {
      assert.equal(shown(text), text);
      assert.deepEqual(shownName(text, invisible), [{ text, mark: false }]);
    });
  }

  test('empty stays empty (the caller shows its "none")', () => {
    assert.equal(shown(''), '');
    assert.deepEqual(shownName('', invisible), []);
  });
});

describe('isBlankName', () => {
  test('a name is blank exactly when it is empty or shown as one "(invisible name: …)" mark, for every single character', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const name = String.fromCodePoint(cp);
      const parts = shownName(name, invisible);
      const onlyMark = parts.length === 1 && parts[0]!.mark && parts[0]!.text.startsWith('(invisible name:');
      if (isBlankName(name) !== onlyMark) wrong.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    assert.deepEqual(wrong.slice(0, 20), []);
  });

  test('names of several characters: blank when nothing in them draws', () => {
    for (const name of ['', ' \u200B', '\u034F\u17B4\u180B\u{E0100}', '\u2066\u2069', '\u2800\t']) assert.equal(isBlankName(name), true, JSON.stringify(name));
    for (const name of ['\u06DD\u0600', 'ad\u200Bmin', '\u{13430}', '\u200Da']) assert.equal(isBlankName(name), false, JSON.stringify(name));
  });
});

describe('shownSentence', () => {
  const name = shownName('ad\u200Bmin', invisible);
  const mark = { text: '⟨U+200B⟩', mark: true };
  test('the sentence’s words around the name, its marks kept as marks', () => {
    assert.deepEqual(shownSentence((n) => `on behalf of ${n}`, name), [{ text: 'on behalf of ad', mark: false }, mark, { text: 'min', mark: false }]);
  });
  test('a name put first or twice', () => {
    assert.deepEqual(shownSentence((n) => `${n} / ${n}`, name), [{ text: 'ad', mark: false }, mark, { text: 'min / ad', mark: false }, mark, { text: 'min', mark: false }]);
  });
  test('a name without marks is one text with the words around it', () => {
    assert.deepEqual(shownSentence((n) => `on behalf of ${n}`, shownName('alice', invisible)), [{ text: 'on behalf of alice', mark: false }]);
  });
  test('no name, no sentence', () => {
    assert.deepEqual(shownSentence((n) => `as ${n}`, []), []);
  });
});
