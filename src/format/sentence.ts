/**
 * Translated sentences with pieces in them that keep their marks (names as shown, JSON values with
 * their escapes): the translation is called with `slot(n)` where piece `n` goes, and the sentence
 * it returns is cut at the slots, so only the pieces are split into marks, never the translation's
 * words. Used for "on behalf of ad⟨U+200B⟩min" (`shownSentence`), the ASN of `<ev-detail>` and the
 * "First difference" note of `<ev-json-diff>`.
 */
import type { ShownPart } from './invisible.js';

/**
 * Stands for the `n`th piece while a translated sentence is built: private-use characters no
 * translation uses; event data never goes through the split (it is in the pieces).
 */
export const slot = (n: number): string => `\uE000${n}\uE001`;
const SLOTS = /\uE000(\d+)\uE001/;

/**
 * A translated sentence built with `slot(n)`s, each replaced by `pieces[n]` wherever and however
 * often the translation puts it; text next to text is one part ("on behalf of alice" is one text,
 * as it reads).
 */
export function filledSentence(sentence: string, pieces: ReadonlyArray<readonly ShownPart[]>): ShownPart[] {
  const parts: ShownPart[] = [];
  sentence.split(SLOTS).forEach((chunk, i) => {
    for (const part of i % 2 === 1 ? (pieces[Number(chunk)] ?? []) : chunk ? [{ text: chunk, mark: false }] : []) {
      const last = parts[parts.length - 1];
      if (last && !last.mark && !part.mark) parts[parts.length - 1] = { text: last.text + part.text, mark: false };
      else parts.push(part);
    }
  });
  return parts;
}
