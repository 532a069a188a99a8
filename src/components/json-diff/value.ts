/**
 * Exact rendering of JSON scalars: `false`, `0`, `""`, `null`, `[]` and `{}` are all distinct and
 * visible; strings are quoted and isolated for bidi, what draws nothing in them shown as its JSON
 * escape in a dotted box (`"admin\u202E"`, see marks.ts); masked secrets stay masked and say so. Data
 * only ever goes through text bindings.
 */
import { html, type TemplateResult } from 'lit';
import type { JsonValue } from '../../client/types.js';
import { isMasked } from '../../diff/changes.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { clip, clipText } from '../../format/clip.js';
import { isBlankName } from '../../format/invisible-marks.js';
import { markedSlice } from '../../format/invisible.js';
import { jsonText, marksOf } from './marks.js';
import { pagedString } from './text-pages.js';
import type { ViewState } from './view-state.js';

/** Strings longer than this are cut, with a button to show them whole. */
export const LONG_TEXT = 400;

export interface ValueContext {
  t: JsonDiffStrings;
  /** Needed to expand long strings; without it long strings are shown whole. */
  state?: ViewState;
  path?: string;
}

/** `{3 keys}` / `[12 items]` for a collapsed container, `[]` / `{}` when empty. */
export function containerSummary(value: JsonValue, t: JsonDiffStrings): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${t.items(value.length)}]`;
  if (value && typeof value === 'object') {
    const n = Object.keys(value).length;
    return n === 0 ? '{}' : `{${t.keys(n)}}`;
  }
  return '';
}

/**
 * A key that would show nothing (see `keyText`): empty, or only white space, what draws nothing
 * (zero-width, bidi marks, combining grapheme joiner, variation selectors, control characters)
 * and the Braille blank; the shared rule (`isBlankName`) by which names are marked elsewhere.
 */
export function isBlankKey(key: string): boolean {
  return isBlankName(key);
}

/**
 * An object key as a string (where only text will do, a button's name): as it is (cut at
 * `MAX_TEXT`), what draws nothing in it written as its JSON escape (`is_\u200Bsuperuser`, see
 * `keyView`), or, when it would show nothing, quoted with its invisible characters escaped (`""`,
 * `" "`, `"\u200B"`), so rows that differ only by such a key can be told apart and a screen
 * reader names it.
 */
export function keyText(key: string): string {
  if (!isBlankKey(key)) {
    const shown = clip(key);
    return markedSlice(shown, 0, shown, marksOf(shown))
      .map((p) => p.text)
      .join('');
  }
  let out = '';
  for (const ch of clipText(key, 100)) {
    const code = ch.codePointAt(0)!;
    // Every character of such a key is invisible: all but the plain space escaped.
    out += ch === ' ' ? ch : code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${out}"`;
}

/**
 * An object key as shown: `keyText`, the escapes of a key with something visible in a dotted box
 * (`is_\u200Bsuperuser`, `part="invisible-mark"`), as in string values, so a key such as
 * `"a\u202Eb"` is not turned around and does not pass for the key it imitates. Persian with
 * ZWNJ and emoji sequences read as written.
 */
export function keyView(key: string): TemplateResult | string {
  return isBlankKey(key) ? keyText(key) : jsonText(clip(key));
}

export function isContainer(value: JsonValue | undefined): value is JsonValue[] | { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);
}

function renderString(value: string, ctx: ValueContext): TemplateResult {
  const { t, state, path } = ctx;
  if (value === '') {
    return html`<span class="v v-str v-empty" part="value value-string">""<span class="visually-hidden"> (${t.emptyString})</span></span>`;
  }
  if (isMasked(value)) {
    return html`<span class="v v-str v-masked" part="value value-masked">"<bdi>${value}</bdi>"<span class="badge" part="badge">${t.masked}</span></span>`;
  }
  const key = `${path ?? ''}#text`;
  if (state === undefined || value.length <= LONG_TEXT) {
    return html`<span class="v v-str" part="value value-string">"<bdi>${jsonText(value)}</bdi>"</span>`;
  }
  const open = state.isOpen(key);
  // Opened, a long string is shown a page at a time: a megabyte in one go would freeze the tab.
  const { shown, more } = pagedString(value, open, key, LONG_TEXT, state, t, jsonText);
  return html`<span class="v v-str" part="value value-string">"<bdi>${shown}</bdi>"</span>${more} <button
      type="button"
      class="link"
      part="more-button"
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => {
        state.resetLimit(`${key}#pages`);
        state.toggle(key);
      }}
    >
      ${open ? t.showLessText : t.showFullText(value.length)}
    </button>`;
}

/** Any JSON value as one line: scalars exactly, containers as their summary. */
export function renderValue(value: JsonValue | undefined, ctx: ValueContext): TemplateResult {
  if (value === undefined) return html``;
  if (value === null) return html`<span class="v v-null" part="value value-null">null</span>`;
  switch (typeof value) {
    case 'boolean':
      return html`<span class="v v-bool" part="value value-boolean">${value ? 'true' : 'false'}</span>`;
    case 'number':
      return html`<span class="v v-num" part="value value-number">${String(value)}</span>`;
    case 'string':
      return renderString(value, ctx);
    default:
      return html`<span class="v v-container" part="value value-container">${containerSummary(value, ctx.t)}</span>`;
  }
}
