/**
 * The note on a row the diff replaced whole at its depth limit (two objects or two arrays shown
 * as `{1 key}` → `{1 key}`): where below them the values first differ, and how. The search is
 * bounded (see `firstDifference`) and run once per pair of values: by the sliced diff of large
 * values (in slices, while it compares them), else for rows on screen when they render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonValue } from '../../client/types.js';
import { rememberedDifference, type DifferenceSearch, type PathStep } from '../../diff/first-difference.js';
import { clipText } from '../../format/clip.js';
import type { DeeperDiffs } from './deeper.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { containerSummary, isBlankKey, keyText } from './value.js';
import { samePlace, type ViewState } from './view-state.js';

/** Remembered per pair of values; the sliced diff has usually found it already (in slices). */
function search(before: object, after: object): DifferenceSearch {
  return rememberedDifference(before, after);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Steps shown at the start and at the end of a long path (the middle is "…"). */
const HEAD = 2;
const TAIL = 5;

function stepText(step: PathStep): string {
  if (typeof step === 'number') return `[${step}]`;
  if (IDENTIFIER.test(step)) return `.${step}`;
  // A key that shows nothing is quoted with its invisible characters escaped (see `keyText`).
  return `[${isBlankKey(step) ? keyText(step) : JSON.stringify(clipText(step, 40))}]`;
}

/** `.a[2].b`, or `.a.b….y[3].z` when longer than a few steps. */
function pathText(path: readonly PathStep[]): string {
  if (path.length <= HEAD + TAIL + 1) return path.map(stepText).join('');
  return `${path.slice(0, HEAD).map(stepText).join('')}…${path.slice(-TAIL).map(stepText).join('')}`;
}

/** A value on one line: scalars as JSON (long strings cut), containers as their summary. */
function valueText(value: JsonValue, t: JsonDiffStrings): string {
  if (typeof value === 'string') return JSON.stringify(clipText(value, 60));
  if (typeof value === 'object' && value !== null) return containerSummary(value, t);
  return String(value);
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
  if (!sameKindContainers(before, after) || search(before, after as object).kind === 'equal') return nothing;
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
  const found = search(before, after as object);
  if (found.kind === 'equal') return nothing;
  if (found.kind === 'stopped') return html`<span class="note deep" part="deep-difference">${t.deepStopped(found.steps)}</span>`;
  const change =
    found.before === undefined
      ? t.deepAdded(valueText(found.after!, t))
      : found.after === undefined
        ? t.deepRemoved(valueText(found.before, t))
        : `${valueText(found.before, t)} → ${valueText(found.after, t)}`;
  return html`<span class="note deep" part="deep-difference"><bdi>${t.deepDifference(found.path.length, pathText(found.path), change)}</bdi></span>`;
}
