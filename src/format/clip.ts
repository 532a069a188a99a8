/** Where `text` (longer than `max`) is cut to at most `max` UTF-16 units: never inside a surrogate pair. */
export const cutEnd = (text: string, max: number): number => (/[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);

/** `text` cut to `max` UTF-16 units (never splitting a surrogate pair), with an ellipsis. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, cutEnd(text, max))}…`;
}

/**
 * The longest data string shown in full on a line of text (the detail's fields, JSON keys, changed
 * runs of text); longer ones end in "…" (raw JSON and copy keep them whole). Chromium breaks one
 * long unbreakable word in time quadratic in its length, so a megabyte username would freeze the tab.
 */
export const MAX_TEXT = 2000;

/** `value` cut to `MAX_TEXT` code units (never inside a surrogate pair). */
export const clip = (value: string): string => clipText(value, MAX_TEXT);
