/**
 * The bell's small form of the name formatter: what draws nothing is marked wherever it is, except
 * the joiners, selectors and tags that emoji and joining scripts need, which it keeps without
 * looking at their neighbours; a name of nothing visible reads as the caller's text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markHidden } from '../../../src/format/invisible-marks.js';
import { shownNameText } from '../../../src/format/invisible.js';

const invisible = (codes: string) => `(invisible name: ${codes})`;
const marked = (name: string) => markHidden(name, invisible);

test('marks zero-width spaces, bidi controls, BOM, soft hyphen and control characters; keeps white space', () => {
  assert.equal(marked('ad\u200Bmin'), 'ad⟨U+200B⟩min');
  assert.equal(marked('\u202Enimda'), '⟨U+202E⟩nimda');
  assert.equal(marked('a\uFEFFb\u00ADc\u0007d'), 'a⟨U+FEFF⟩b⟨U+00AD⟩c⟨U+0007⟩d');
  assert.equal(marked('Ada Lovelace\t'), 'Ada Lovelace\t');
  assert.equal(marked('admin'), 'admin');
  assert.equal(marked(''), '');
});

test('a name of nothing visible reads as the caller says, as in the full form', () => {
  for (const name of ['\u200B', '\u2066\u2069', ' \uFEFF ', '\u2800', '\u200D']) assert.equal(marked(name), shownNameText(name, invisible), name);
  assert.equal(marked('\u200B'.repeat(20)), `(invisible name: ${Array(16).fill('U+200B').join(' ')} …)`);
});

test('emoji sequences, flags, variation selectors and joining scripts stay as written', () => {
  for (const name of ['👨\u200D👩\u200D👧', '❤\uFE0F', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'می\u200Cخواهم', 'क्\u200Dष']) {
    assert.equal(marked(name), name, name);
    assert.equal(marked(name), shownNameText(name, invisible), `${name}: as the full form`);
  }
});

test('unlike the full form, a joiner between Latin letters is kept (documented limit)', () => {
  assert.equal(marked('ad\u200Dmin'), 'ad\u200Dmin');
  assert.equal(shownNameText('ad\u200Dmin', invisible), 'ad⟨U+200D⟩min');
});
