/**
 * String values as the diff and the trees show them, quoted like JSON: a character that draws
 * nothing (a zero-width space, a bidi override or isolate: Trojan-Source-style spoofing) is shown
 * as its JSON escape in a dotted box (`"admin\u202E"`, `part="invisible-mark"`), so no override
 * turns the rest of the line around and the shown value still reads as the JSON it is. Which
 * characters are marked is decided on the whole value (`markedOffsets`: ZWNJ in Persian, ZWJ in
 * an emoji stay as they are), also for its pages and the runs of a text diff. Display only: copy
 * and raw JSON keep the value as it is.
 */
import type { TemplateResult } from 'lit';
import { nameView } from '../../base/name-view.js';
import { markedOffsets, markedSlice } from '../../format/invisible.js';

/** Long values whose marks were found lately (a long value is re-rendered page by page). */
const cache = new Map<string, ReadonlySet<number>>();
const CACHED = 32;
/** Shorter values (keys, most values) are scanned again, cheaply, so they never push a long one out. */
const CACHED_FROM = 1_000;

/** The offsets of `text`'s characters shown as marks. */
export function marksOf(text: string): ReadonlySet<number> {
  if (text.length < CACHED_FROM) return markedOffsets(text);
  const known = cache.get(text);
  if (known) return known;
  const marked = markedOffsets(text);
  if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
  cache.set(text, marked);
  return marked;
}

/** `slice` (at `from` in the string value `whole`) as shown: its hidden characters as marks. */
export function jsonText(slice: string, from = 0, whole = slice): TemplateResult | string {
  const marked = marksOf(whole);
  return marked.size === 0 ? slice : nameView(markedSlice(slice, from, whole, marked));
}
