/**
 * Names as shown, for display only (filters, copy and export keep the name as it is): characters
 * that draw nothing are shown as a visible mark (`⟨U+200B⟩`), and a name with nothing visible at
 * all as the caller's "(invisible name: U+200B)", so a blank-looking username, or a look-alike
 * ("ad\u200Bmin" for "admin", "\u202Enimda"), can be told apart from the name it imitates.
 *
 * Marked: Unicode's default-ignorable code points (format characters such as zero-width space,
 * word joiner, byte-order mark, soft hyphen, the bidi marks, embeddings, overrides and isolates,
 * plus the Hangul fillers, variation selectors and tag characters) and control characters other
 * than white space. Format characters that draw something (the Arabic number signs, Egyptian
 * hieroglyph controls) are not default-ignorable and are left alone.
 *
 * Kept as they are, where a script or an emoji needs them:
 * - ZWNJ / ZWJ between two letters or marks of a script that joins or forms conjuncts (Arabic
 *   script languages such as Persian, Syriac, N'Ko, Mongolian, the Indic scripts, Sinhala, Khmer…);
 *   between Latin, Greek or Cyrillic letters they only disguise a name and are marked.
 * - ZWJ inside an emoji sequence (after a pictograph, skin tone or VS16, before a pictograph).
 * - A variation selector after an emoji-capable character, an ideograph, a symbol or a Mongolian
 *   letter (❤️, keycaps, CJK ideographic variants); after a Latin letter it draws nothing.
 * - Tag characters of an emoji flag (🏴 + tags + CANCEL TAG, the flags of England, Scotland, Wales).
 * - The Hangul choseong / jungseong fillers inside a conjoining jamo sequence.
 */
import { BLANK, HIDDEN, codePoint, invisibleNameOf } from './invisible-marks.js';
import { filledSentence, slot } from './sentence.js';

export { BLANK, codePoint, isBlankName } from './invisible-marks.js';

/** One piece of a name as shown: its own text, or a mark standing for what draws nothing. */
export interface ShownPart {
  text: string;
  mark: boolean;
}

/** Cheap check before splitting a name into characters. */
const ANY_HIDDEN = /[\p{DI}\p{Cc}]/u;

/** Scripts whose letters join (Arabic, Syriac…) or form conjuncts (Indic): ZWNJ / ZWJ change how they are drawn. */
const JOINING = new RegExp(
  `^(?=[\\p{L}\\p{M}])[${[
    'Arabic', 'Syriac', 'Nko', 'Mongolian', 'Mandaic', 'Manichaean', 'Psalter_Pahlavi', 'Hanifi_Rohingya', 'Sogdian', 'Adlam',
    'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala',
    'Khmer', 'Myanmar', 'Tibetan', 'Tirhuta', 'Kaithi', 'Sharada', 'Grantha', 'Newa', 'Balinese', 'Javanese',
  ]
    .map((s) => `\\p{Script_Extensions=${s}}`)
    .join('')}]$`,
  'u',
);
const EMOJI_BEFORE_ZWJ = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]$/u;
const EMOJI_AFTER_ZWJ = /^\p{Extended_Pictographic}$/u;
/** What a variation selector may follow (emoji, keycap digits, symbols, ideographs). */
const VARIABLE = /^[\p{Emoji}\p{Ideographic}\p{S}\p{Script=Mongolian}\p{Script=Han}]$/u;
const SELECTOR = /^[\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]$/u;
const TAG = /^[\u{E0020}-\u{E007F}]$/u;
const BLACK_FLAG = '\u{1F3F4}';
const CANCEL_TAG = '\u{E007F}';

/** True when a hidden character at `i` is there for the script or emoji around it (see above). */
function needed(chars: readonly string[], i: number, kept: ReadonlySet<number>): boolean {
  const ch = chars[i]!;
  const before = chars[i - 1] ?? '';
  const after = chars[i + 1] ?? '';
  const visibleBefore = before !== '' && (!HIDDEN.test(before) || kept.has(i - 1));
  if (ch === '\u200C' || ch === '\u200D') {
    if (JOINING.test(before) && JOINING.test(after)) return true;
    return ch === '\u200D' && visibleBefore && EMOJI_BEFORE_ZWJ.test(before) && EMOJI_AFTER_ZWJ.test(after);
  }
  if (SELECTOR.test(ch)) return visibleBefore && !SELECTOR.test(before) && VARIABLE.test(before);
  if (ch === '\u115F') return /^[\u1160-\u11FF\uD7B0-\uD7FF]$/.test(after);
  if (ch === '\u1160') return /^[\u1100-\u115F\uA960-\uA97F]$/.test(before);
  return false;
}

/** Indexes of tag characters that spell an emoji flag (🏴, tags, CANCEL TAG). */
function flagTags(chars: readonly string[]): Set<number> {
  const kept = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== BLACK_FLAG) continue;
    let end = i + 1;
    while (end < chars.length && TAG.test(chars[end]!)) end++;
    if (end - i > 2 && chars[end - 1] === CANCEL_TAG) for (let k = i + 1; k < end; k++) kept.add(k);
    i = end - 1;
  }
  return kept;
}

/**
 * `name` as shown, in parts: text as it is, and a mark (`⟨U+200B⟩`) for each character that draws
 * nothing; a name with nothing visible is one mark, `invisibleName` of its code points
 * (`U+2066 U+2069`). An empty name has no parts (the caller shows its "none").
 */
export function shownName(name: string, invisibleName: (codes: string) => string): ShownPart[] {
  if (name === '') return [];
  if (BLANK.test(name)) return [{ text: invisibleNameOf(name, invisibleName), mark: true }];
  if (!ANY_HIDDEN.test(name)) return [{ text: name, mark: false }];
  const chars = [...name];
  const kept = flagTags(chars);
  const parts: ShownPart[] = [];
  let text = '';
  chars.forEach((ch, i) => {
    if (!HIDDEN.test(ch) || kept.has(i) || needed(chars, i, kept)) {
      if (HIDDEN.test(ch)) kept.add(i);
      text += ch;
      return;
    }
    if (text) parts.push({ text, mark: false });
    text = '';
    parts.push({ text: `⟨${codePoint(ch)}⟩`, mark: true });
  });
  if (text) parts.push({ text, mark: false });
  return parts;
}

/** `shownName` as one string (where a name goes into a sentence: "on behalf of ad⟨U+200B⟩min"). */
export function shownNameText(name: string, invisibleName: (codes: string) => string): string {
  return partsText(shownName(name, invisibleName));
}

/** Parts as one string (accessible names, titles): the marks' text in place. */
export const partsText = (parts: readonly ShownPart[]): string => parts.map((p) => p.text).join('');

/**
 * A translated sentence with a shown name in it, in parts ("on behalf of ad⟨U+200B⟩min": the
 * sentence's words as text, the name's marks as marks), wherever and however often the
 * translation puts the name; text next to text is one part ("on behalf of alice" is one text, as
 * it reads). No name (`[]`) is no sentence (`[]`).
 */
export function shownSentence(sentence: (name: string) => string, name: readonly ShownPart[]): ShownPart[] {
  return name.length === 0 ? [] : filledSentence(sentence(slot(0)), [name]);
}

/** `\u202E`: a character as JSON writes it escaped (a pair of escapes beyond U+FFFF). */
export const jsonEscape = (ch: string): string => [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`).join('');

/**
 * The UTF-16 offsets of the characters of `text` that `shownName` shows as marks; in a text with
 * nothing visible, of every character that draws nothing (each is marked on its own where the
 * text is quoted, `"\u200B"`, rather than named as a whole).
 */
export function markedOffsets(text: string): Set<number> {
  const marked = new Set<number>();
  if (!ANY_HIDDEN.test(text)) return marked;
  const chars = [...text];
  const blank = BLANK.test(text);
  const kept = blank ? new Set<number>() : flagTags(chars);
  let offset = 0;
  chars.forEach((ch, i) => {
    if (HIDDEN.test(ch)) {
      if (!blank && (kept.has(i) || needed(chars, i, kept))) kept.add(i);
      else marked.add(offset);
    }
    offset += ch.length;
  });
  return marked;
}

/**
 * A piece of a text (`slice`, found at `from` in `whole`) in parts, the characters `marked` (see
 * `markedOffsets` of `whole`) as marks written by `mark` (default: their JSON escape, `\u202E`),
 * so a slice of a long text or of a text diff is marked as the whole text is.
 */
export function markedSlice(slice: string, from: number, whole: string, marked: ReadonlySet<number>, mark: (ch: string) => string = jsonEscape): ShownPart[] {
  if (marked.size === 0) return slice ? [{ text: slice, mark: false }] : [];
  const parts: ShownPart[] = [];
  let text = '';
  let offset = 0;
  for (const ch of slice) {
    const at = from + offset;
    offset += ch.length;
    if (!marked.has(at) || !whole.startsWith(ch, at)) {
      text += ch;
      continue;
    }
    if (text) parts.push({ text, mark: false });
    text = '';
    parts.push({ text: mark(ch), mark: true });
  }
  if (text) parts.push({ text, mark: false });
  return parts;
}
