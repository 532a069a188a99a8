/**
 * The note on a row the diff replaced whole at its depth limit (two objects or two arrays shown
 * as `{1 key}` → `{1 key}`): where below them the values first differ, and how. The search is
 * bounded (see `firstDifference`) and run once per pair of values: by the sliced diff of large
 * values (in slices, while it compares them), else for rows on screen when they render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonValue } from '../../client/types.js';
import { rememberedDifference, type PathStep } from '../../diff/first-difference.js';
import { nameView } from '../../base/name-view.js';
import { clipText } from '../../format/clip.js';
import { markedSlice, type ShownPart } from '../../format/invisible.js';
import { filledSentence, slot } from '../../format/sentence.js';
import type { DeeperDiffs } from './deeper.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { marksOf } from './marks.js';
import { containerSummary, isBlankKey, keyText } from './value.js';
import { samePlace, type ViewState } from './view-state.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Steps shown at the start and at the end of a long path (the middle is "…"). */
const HEAD = 2;
const TAIL = 5;

/** `text` quoted as JSON, what draws nothing in it as a mark (its JSON escape, see marks.ts). */
function quoted(text: string): ShownPart[] {
  const parts = markedSlice(text, 0, text, marksOf(text)).map((p) => (p.mark ? p : { text: JSON.stringify(p.text).slice(1, -1), mark: false }));
  return [{ text: '"', mark: false }, ...parts, { text: '"', mark: false }];
}

const plain = (text: string): ShownPart[] => [{ text, mark: false }];

function stepParts(step: PathStep): ShownPart[] {
  if (typeof step === 'number') return plain(`[${step}]`);
  if (IDENTIFIER.test(step)) return plain(`.${step}`);
  // A key that shows nothing is quoted with its invisible characters escaped (see `keyText`).
  return [{ text: '[', mark: false }, ...(isBlankKey(step) ? plain(keyText(step)) : quoted(clipText(step, 40))), { text: ']', mark: false }];
}

/** `.a[2].b`, or `.a.b….y[3].z` when longer than a few steps. */
function pathParts(path: readonly PathStep[]): ShownPart[] {
  if (path.length <= HEAD + TAIL + 1) return path.flatMap(stepParts);
  return [...path.slice(0, HEAD).flatMap(stepParts), { text: '…', mark: false }, ...path.slice(-TAIL).flatMap(stepParts)];
}

/** A value on one line: scalars as JSON (long strings cut, hidden characters marked), containers as their summary. */
function valueParts(value: JsonValue, t: JsonDiffStrings): ShownPart[] {
  if (typeof value === 'string') return quoted(clipText(value, 60));
  if (typeof value === 'object' && value !== null) return plain(containerSummary(value, t));
  return plain(String(value));
}

function sameKindContainers(before: JsonValue, after: JsonValue): before is object & JsonValue {
  return typeof before === 'object' && before !== null && typeof after === 'object' && after !== null && Array.isArray(before) === Array.isArray(after);
}

/** What "Compare from here" needs of the row it is on. */
export interface DeeperContext {
  t: JsonDiffStrings;
  state: ViewState;
  deeper: DeeperDiffs;
  /** The row's path (the key of its comparison). */
  path: string;
  /** The row's key, to name the button among others like it. */
  label: string | number | null;
}

/**
 * "Compare from here" on a replaced row of two containers that differ: diffs them with a fresh
 * depth budget, the row becoming an open container whose toggle takes the focus. Says
 * "Comparing…" (and ignores presses) while a large comparison runs.
 */
export function renderDeeperButton(before: JsonValue, after: JsonValue, c: DeeperContext): TemplateResult | typeof nothing {
  if (!sameKindContainers(before, after) || rememberedDifference(before, after as object).kind === 'equal') return nothing;
  const { t, state, deeper, path } = c;
  const pending = deeper.get(path)?.pending === true;
  const name = c.label === null ? t.root : typeof c.label === 'number' ? `[${c.label}]` : clipText(keyText(c.label), 40);
  const press = (e: Event) => {
    if (deeper.get(path)) return;
    const button = e.currentTarget as Element;
    const row = samePlace(button);
    // The row's toggle, once the row has become the compared container.
    const toggle = () => row()?.querySelector('button[part~=toggle]') ?? row();
    deeper.compare(path, before, after as JsonValue, () => state.keepFocus(button, toggle));
  };
  return html`<button type="button" class="link deeper" part="deeper-button" aria-disabled=${pending ? 'true' : 'false'} @click=${press}>
    ${pending ? t.computing : t.compareDeeper}<span class="visually-hidden">: <bdi>${name}</bdi></span>
  </button>`;
}

/** The note for a replaced row, or nothing when the row is not two containers of one kind. */
export function renderDeepNote(before: JsonValue, after: JsonValue, t: JsonDiffStrings): TemplateResult | typeof nothing {
  if (!sameKindContainers(before, after)) return nothing;
  const found = rememberedDifference(before, after as object);
  if (found.kind === 'equal') return nothing;
  if (found.kind === 'stopped') return html`<span class="note deep" part="deep-difference">${t.deepStopped(found.steps)}</span>`;
  const change =
    found.before === undefined
      ? t.deepAdded(slot(1))
      : found.after === undefined
        ? t.deepRemoved(slot(1))
        : `${slot(1)} → ${slot(2)}`;
  const pieces = [pathParts(found.path), valueParts(found.before === undefined ? found.after! : found.before, t), found.after === undefined ? [] : valueParts(found.after, t)];
  const parts = filledSentence(t.deepDifference(found.path.length, slot(0), change), pieces);
  return html`<span class="note deep" part="deep-difference"><bdi>${nameView(parts)}</bdi></span>`;
}
