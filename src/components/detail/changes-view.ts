/**
 * The change table of model events: Field | Previous | New for updates ("created with" / "state
 * when deleted" as Field | Value), every value shown exactly, nested values as a structural diff,
 * long strings as a text diff, many-to-many changes as Added / Removed / Cleared.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { JsonValue } from '../../client/types.js';
import { isMasked, type FieldChange, type ModelChanges } from '../../diff/changes.js';
import { wantsTextDiff } from '../../diff/diff.js';
import '../json-diff/ev-json-diff.js';
import { renderTextDiff } from '../json-diff/text-diff.js';
import { isContainer, keyView } from '../json-diff/value.js';
import { pointer } from '../json-diff/view-state.js';
import type { TextDiffs } from './text-diffs.js';
import { chipItems, jsonValue, type RenderContext } from './values.js';

export { textDiffsComputed } from './text-diffs.js';

type Update = Extract<FieldChange, { kind: 'update' }>;

function fieldCell(field: string): TemplateResult {
  return html`<th scope="row" part="changes-field"><code><bdi>${keyView(field)}</bdi></code></th>`;
}

function m2m(change: Extract<FieldChange, { kind: 'm2m' }>, path: string, ctx: RenderContext): TemplateResult {
  const { d } = ctx;
  const items = (label: string, cls: string, values: JsonValue[], sub: string) => {
    if (!values.length) return nothing;
    const shown = chipItems(values);
    return html`<div class="m2m ${cls}" part="m2m-${cls}">
      <span class="m2m-label">${label}</span>
      <ul class="chips">
        ${shown.items.map((v, i) => html`<li class="chip">${jsonValue(v, pointer(`${path}/${sub}`, i), ctx)}</li>`)}${shown.more
          ? html`<li class="chip more">${d.moreItems(shown.more)}</li>`
          : nothing}
      </ul>
    </div>`;
  };
  return html`${change.clear ? html`<div class="m2m cleared" part="m2m-cleared"><span class="m2m-label">${d.m2mCleared}</span></div>` : nothing}
  ${items(d.m2mAdded, 'added', change.add, 'add')} ${items(d.m2mRemoved, 'removed', change.remove, 'remove')}`;
}

function updateRow(change: Update, ctx: RenderContext, diffs: TextDiffs): TemplateResult {
  const { d } = ctx;
  const path = pointer('/changes', change.field);
  const { previous, next } = change;
  if (isMasked(previous) && isMasked(next)) {
    return html`<tr part="changes-row">
      ${fieldCell(change.field)}
      <td colspan="2" class="masked-change">${jsonValue(next, path, ctx)} <span class="muted">${d.secretChanged}</span></td>
    </tr>`;
  }
  if (isContainer(previous) && isContainer(next) && Array.isArray(previous) === Array.isArray(next)) {
    return html`<tr part="changes-row">
      ${fieldCell(change.field)}
      <td colspan="2" class="nested"><ev-json-diff
          no-toolbar
          theme=${ifDefined(ctx.theme)}
          exportparts="rows, row, value, key, toggle, invisible-mark"
          .strings=${ctx.strings}
          .oldValue=${previous}
          .newValue=${next}
        ></ev-json-diff></td>
    </tr>`;
  }
  let computing = false;
  if (typeof previous === 'string' && typeof next === 'string' && wantsTextDiff(previous, next)) {
    // Undefined while a long diff goes on in later tasks: both values are shown meanwhile.
    const node = diffs.get(change, previous, next);
    computing = !node;
    if (node && node.similarity >= 0.3) {
      const tctx = { t: ctx.j, state: ctx.state, path, showAll: false };
      return html`<tr part="changes-row">
        ${fieldCell(change.field)}
        <td class="before" part="changes-previous">${renderTextDiff(node, 'before', tctx)}</td>
        <td class="after" part="changes-new">${renderTextDiff(node, 'after', tctx)}</td>
      </tr>`;
    }
  }
  return html`<tr part="changes-row">
    ${fieldCell(change.field)}
    <td class="before" part="changes-previous">${jsonValue(previous, `${path}#previous`, ctx)}</td>
    <td class="after" part="changes-new">${jsonValue(next, `${path}#new`, ctx)}${computing
        ? html` <span class="muted" part="changes-computing" role="status">${ctx.j.computing}</span>`
        : nothing}</td>
  </tr>`;
}

function otherRow(change: FieldChange, ctx: RenderContext, columns: number): TemplateResult {
  const path = pointer('/changes', change.field);
  if (change.kind === 'm2m') {
    return html`<tr part="changes-row">${fieldCell(change.field)}<td colspan=${columns}>${m2m(change, path, ctx)}</td></tr>`;
  }
  if (change.kind === 'raw') {
    return html`<tr part="changes-row">
      ${fieldCell(change.field)}
      <td colspan=${columns}><span class="muted">${ctx.d.unrecognised}</span> ${jsonValue(change.value, path, ctx)}</td>
    </tr>`;
  }
  // A created field: only the new value matters.
  return html`<tr part="changes-row">${fieldCell(change.field)}<td part="changes-new">${jsonValue(change.next, `${path}#new`, ctx)}</td></tr>`;
}

/** The table for a change record, or nothing when the event has none. */
export function renderChanges(changes: ModelChanges, ctx: RenderContext, headingId: string, diffs: TextDiffs): TemplateResult | typeof nothing {
  const { d } = ctx;
  if (changes.mode === 'none') return nothing;
  if (changes.mode === 'deleted') {
    const state = changes.state ?? {};
    if (Object.keys(state).length === 0) return html`<p class="muted">${d.noDeletedFields}</p>`;
    return html`<table class="changes" part="changes-table" aria-labelledby=${headingId}>
      <thead>
        <tr><th scope="col">${d.field}</th><th scope="col">${d.value}</th></tr>
      </thead>
      <tbody>
        ${Object.keys(state).map(
          (field) => html`<tr part="changes-row">${fieldCell(field)}<td>${jsonValue(state[field]!, pointer('/deleted', field), ctx)}</td></tr>`,
        )}
      </tbody>
    </table>`;
  }
  if (changes.fields.length === 0) return html`<p class="muted">${d.noFieldChanges}</p>`;
  const created = changes.mode === 'created';
  return html`<table class="changes" part="changes-table" aria-labelledby=${headingId}>
    <thead>
      <tr>
        <th scope="col">${d.field}</th>
        ${created
          ? html`<th scope="col">${d.value}</th>`
          : html`<th scope="col">${d.previous}</th>
              <th scope="col">${d.new}</th>`}
      </tr>
    </thead>
    <tbody>
      ${changes.fields.map((change) => (change.kind === 'update' && !created ? updateRow(change, ctx, diffs) : otherRow(change, ctx, created ? 1 : 2)))}
    </tbody>
  </table>`;
}
