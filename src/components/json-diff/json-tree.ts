/**
 * A collapsible JSON tree. Only opened containers are rendered, and at most `pageSize` children
 * per container at a time ("show more"), so a megabyte of JSON costs a few dozen nodes on first
 * render and nesting depth is only as deep as the user opens it. Toggles are native buttons
 * (Enter / Space), with ArrowRight / ArrowLeft (mirrored in RTL) to open / close.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonValue } from '../../client/types.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { containerSummary, isContainer, keyView, renderValue } from './value.js';
import { pointer, type ViewState } from './view-state.js';

export const PAGE_SIZE = 100;

export interface TreeOptions {
  state: ViewState;
  t: JsonDiffStrings;
  dir?: 'ltr' | 'rtl';
  /** Containers shallower than this start open. Default 1 (the root). */
  openDepth?: number;
  pageSize?: number;
  /** Label of the root container's toggle; null for none (default: the translation's "value"). */
  rootLabel?: string | null;
}

/** Keyboard on a toggle: ArrowRight opens, ArrowLeft closes (swapped in RTL). */
export function toggleKeys(state: ViewState, path: string, fallback: boolean, dir: 'ltr' | 'rtl' = 'ltr') {
  return (event: KeyboardEvent) => {
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward && !state.isOpen(path, fallback)) {
      state.setOpen(path, true);
      event.preventDefault();
    } else if (event.key === back && state.isOpen(path, fallback)) {
      state.setOpen(path, false);
      event.preventDefault();
    }
  };
}

function label(key: string | number | null): TemplateResult | typeof nothing {
  if (key === null) return nothing;
  return typeof key === 'number'
    ? html`<span class="k k-index" part="key">[${key}]</span>`
    : html`<span class="k" part="key"><bdi>${keyView(key)}</bdi></span>`;
}

/** Renders `value` as a tree node labelled `key` (null for the root). */
export function renderTree(value: JsonValue, path: string, key: string | number | null, options: TreeOptions, depth = 0): TemplateResult {
  const { state, t } = options;
  if (!isContainer(value)) {
    return html`<div class="tree-leaf" part="tree-leaf">${label(key)}${key === null ? nothing : html`<span class="colon">: </span>`}${renderValue(value, { t, state, path })}</div>`;
  }
  const fallback = depth < (options.openDepth ?? 1);
  const open = state.isOpen(path, fallback);
  return html`<div class="tree-node" part="tree-node">
    <button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      @click=${() => state.toggle(path, fallback)}
      @keydown=${toggleKeys(state, path, fallback, options.dir)}
    >
      <span class="chevron" aria-hidden="true"></span>${key !== null ? html`${label(key)}<span class="colon">: </span>` : options.rootLabel === null ? nothing : html`<span class="k">${options.rootLabel ?? t.root}</span>`}<span class="summary">${containerSummary(value, t)}</span>
    </button>
    ${open ? renderChildren(value, path, options, depth + 1) : nothing}
  </div>`;
}

/** The children of a container as a list (paged), without a toggle for the container itself. */
export function renderChildren(value: JsonValue, path: string, options: TreeOptions, depth = 0): TemplateResult {
  const { state, t } = options;
  const entries = Array.isArray(value) || value === null || typeof value !== 'object' ? null : Object.keys(value);
  const total = entries ? entries.length : Array.isArray(value) ? value.length : 0;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const shown = Math.min(state.limit(path, pageSize), total);
  const children: TemplateResult[] = [];
  for (let i = 0; i < shown; i++) {
    const childKey = entries ? entries[i]! : i;
    const child = entries ? (value as Record<string, JsonValue>)[childKey as string]! : (value as JsonValue[])[i]!;
    children.push(html`<li>${renderTree(child, pointer(path, childKey), childKey, options, depth)}</li>`);
  }
  return html`<ul class="tree-children" part="tree-children">
    ${children}
    ${shown < total
      ? html`<li>
          <button
            type="button"
            class="link more"
            part="more-button"
            @click=${(e: Event) => {
              state.keepFocus(e.currentTarget);
              state.more(path, pageSize);
            }}
          >
            ${t.showMore(Math.min(pageSize, total - shown), total - shown)}
          </button>
        </li>`
      : nothing}
  </ul>`;
}
