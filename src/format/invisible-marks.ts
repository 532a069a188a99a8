/**
 * The small form of `shownNameText` (src/format/invisible.ts), for the script-tag bell, whose
 * size counts: every character that draws nothing is shown as a mark (`⟨U+200B⟩`) and a name with
 * nothing visible as the caller's "(invisible name: U+200B)", except the ones emoji and joining
 * scripts need (ZWNJ, ZWJ, variation selectors, tag characters), which it keeps wherever they are
 * instead of looking at the characters around them. So "ad\u200Bmin", "\u202Enimda" and a blank
 * name are told apart from the names they imitate; "ad\u200Dmin" is not (the full form marks it).
 */

/** Draws nothing: default-ignorable code points and control characters other than white space. */
export const HIDDEN = /^(?![\t\n\v\f\r\x85])[\p{DI}\p{Cc}]$/u;
/** A name with nothing to see: only white space, what draws nothing, and the Braille blank. */
export const BLANK = /^[\s\p{DI}\p{Cc}\u2800]*$/u;
/**
 * A name with nothing to see: empty, or only what `BLANK` lists. Shown as "(invisible name: U+200B)"
 * by the log, the detail and popups; where another name can stand for it (a place's city, an
 * action in the map's legend), it is no name.
 */
export const isBlankName = (name: string): boolean => BLANK.test(name);
/** At most this many code points are listed for a name with nothing visible. */
export const MAX_LISTED = 16;

/** `U+200B`: a code point as people look it up. */
export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A name with nothing visible, as the caller's `invisibleName` of its code points (`U+2066 U+2069`). */
export function invisibleNameOf(name: string, invisibleName: (codes: string) => string): string {
  const chars = [...name];
  const codes = chars.slice(0, MAX_LISTED).map(codePoint).join(' ');
  return invisibleName(chars.length > MAX_LISTED ? `${codes} …` : codes);
}

/** What emoji and joining scripts need: ZWNJ and ZWJ, variation selectors, tag characters. */
const KEPT: Array<[string, string]> = [
  ['\u200C', '\u200D'],
  ['\uFE00', '\uFE0F'],
  ['\u{E0020}', '\u{E007F}'],
  ['\u{E0100}', '\u{E01EF}'],
];

/** `name` with what draws nothing marked, keeping what emoji and joining scripts need (see above). */
export function markHidden(name: string, invisibleName: (codes: string) => string): string {
  if (name === '' || !BLANK.test(name)) {
    return name.replace(/(?![\t\n\v\f\r\x85])[\p{DI}\p{Cc}]/gu, (ch) => (KEPT.some(([from, to]) => ch >= from && ch <= to) ? ch : `⟨${codePoint(ch)}⟩`));
  }
  return invisibleNameOf(name, invisibleName);
}
