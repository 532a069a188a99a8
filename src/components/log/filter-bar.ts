/**
 * The filter bar of `<ev-log>`: actions (multi-select from the client's `actions()`), username,
 * client IP, model (app / name / pk), time range (presets and a custom range in the shared time
 * zone) and free-text search; other filters of the shared state (brand, authorized application,
 * the map's area) as removable chips. It edits the shared store, so every element on the source follows.
 * Text fields apply after a short pause in typing, or at once on Enter.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isAbortError } from '../../client/errors.js';
import type { ActionInfo, EventFilter, EventsClient } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import type { Translation } from '../../i18n/translation.js';
import { actionParts } from './columns.js';
import { nameView } from '../../base/name-view.js';
import { filterChips } from './filter-chips.js';
import { formatNumber } from '../../format/time.js';
import type { RangePreset } from './log.strings.js';
import { fromInputValue, toInputValue } from './zone.js';

type TextField = 'username' | 'client_ip' | 'context_model_app' | 'context_model_name' | 'context_model_pk' | 'search';

export interface FilterBarHost {
  store(): EvStore;
  /** The client to ask for `actions()` (none when the element was handed `.events`). */
  client(): EventsClient | undefined;
  root(): ShadowRoot;
  /** Actions known without a request (`.events` given): names in the data. */
  localActions(): string[] | undefined;
  translation(): Translation;
  /** The element's language (for numbers in the chips). */
  lang(): string;
  requestUpdate(): void;
  addController(controller: ReactiveController): void;
  /** Says `text` in the log's live region (the actions failing to load). */
  announce(text: string): void;
}

const PRESET_MS: Record<Exclude<RangePreset, 'any' | 'custom'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

export const DEBOUNCE_MS = 300;

/**
 * The filter bar's first control (focus lands here when the button that had it went away): the
 * actions button, or in a narrow bar with its fields folded, the Filters button.
 */
const FIRST_CONTROL = ['[part=actions-button]', '[part=filters-button]'];
/** The filters with a field behind the narrow bar's Filters button (since / until are one: the time). */
const FIELD_FILTERS = ['actions', 'username', 'client_ip', 'since', 'search', 'context_model_app', 'context_model_name', 'context_model_pk'] as const;

export class FilterBar implements ReactiveController {
  actionsOpen = false;
  moreOpen = false;
  /** In a narrow bar: the fields are shown (folded behind the Filters button otherwise). */
  fieldsOpen = false;
  #actions?: ActionInfo[];
  #actionsError = false;
  #actionsLoading?: AbortController;
  /** Text typed but not applied yet, with the stored value its typing started from. */
  #drafts = new Map<TextField, { text: string; base: string | undefined }>();
  #timers = new Map<TextField, ReturnType<typeof setTimeout>>();
  /** The preset and the `since` it produced, to show the preset while the filter still matches it. */
  #preset?: { preset: RangePreset; since: string };
  #custom = false;
  #actionsClient?: EventsClient;
  /** A focused button of the bar went away (a chip's ×, Clear filters): where focus goes after the render. */
  #refocus?: string[];

  constructor(readonly host: FilterBarHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onOutside, true);
  }

  hostUpdated(): void {
    const targets = this.#refocus;
    this.#refocus = undefined;
    const root = this.host.root();
    if (!targets || (root.activeElement && root.activeElement.isConnected)) return;
    for (const selector of targets) {
      const el = root.querySelector<HTMLElement>(selector);
      el?.focus();
      // Not shown (a narrow bar's folded field): the next one.
      if (el && root.activeElement === el) return;
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onOutside, true);
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    this.#actionsLoading?.abort();
  }

  /**
   * The store's filter changed: drop the drafts of fields whose stored value changed since their
   * typing began (set from elsewhere, or applied). Text still being typed in other fields stays,
   * and is still applied when its wait ends.
   */
  filterChanged(): void {
    const filter = this.host.store().filter;
    for (const [field, { base }] of this.#drafts) {
      if (filter[field] === base) continue;
      this.#drafts.delete(field);
      clearTimeout(this.#timers.get(field));
      this.#timers.delete(field);
    }
  }

  /** Clears the whole filter, the time range's preset and custom fields included. */
  clearAll(): void {
    if (this.#focused('[part=clear-filters]')) this.#refocus = FIRST_CONTROL;
    this.#preset = undefined;
    this.#custom = false;
    this.host.store().clearFilter();
  }

  /** Recomputes a relative preset's start (on refresh), so "last hour" stays the last hour. */
  refreshPreset(): void {
    const p = this.#preset;
    if (p && p.preset !== 'any' && p.preset !== 'custom' && this.host.store().filter.since === p.since) this.#applyPreset(p.preset);
  }

  get preset(): RangePreset {
    const f = this.host.store().filter;
    if (this.#custom) return 'custom';
    if (!f.since && !f.until) return 'any';
    if (this.#preset && f.since === this.#preset.since && !f.until) return this.#preset.preset;
    return 'custom';
  }

  #focused(selector: string): boolean {
    return Boolean(this.host.root().activeElement?.matches(selector));
  }

  /** Removes a chip's filter; focus on its × goes to the next chip, the one before, Clear filters, or the first control. */
  #removeChip(field: string, fields: readonly string[]): void {
    if (this.#focused('[part=filter-chip-remove]')) {
      const k = fields.indexOf(field);
      const chip = (f: string | undefined) => (f ? [`[part=filter-chip][data-field="${f}"] [part=filter-chip-remove]`] : []);
      this.#refocus = [...chip(fields[k + 1]), ...chip(fields[k - 1]), '[part=clear-filters]', ...FIRST_CONTROL];
    }
    this.#patch({ [field]: undefined });
  }

  #patch(patch: Partial<EventFilter>): void {
    this.host.store().patchFilter(patch);
  }

  #onText(field: TextField, value: string, immediate: boolean): void {
    const draft = this.#drafts.get(field);
    this.#drafts.set(field, { text: value, base: draft ? draft.base : this.host.store().filter[field] });
    clearTimeout(this.#timers.get(field));
    const apply = () => {
      this.#timers.delete(field);
      this.#drafts.delete(field);
      this.#patch({ [field]: value.trim() || undefined });
    };
    if (immediate) apply();
    else this.#timers.set(field, setTimeout(apply, DEBOUNCE_MS));
  }

  #applyPreset(preset: RangePreset): void {
    if (preset === 'custom') {
      this.#custom = true;
      this.host.requestUpdate();
      return;
    }
    this.#custom = false;
    if (preset === 'any') {
      this.#preset = undefined;
      this.#patch({ since: undefined, until: undefined });
      return;
    }
    const since = new Date(Date.now() - PRESET_MS[preset]).toISOString();
    this.#preset = { preset, since };
    this.#patch({ since, until: undefined });
  }

  #loadActions(): void {
    const local = this.host.localActions();
    if (local) {
      this.#actions = local.map((name) => ({ name, description: name }));
      return;
    }
    const client = this.host.client();
    if (!client || (this.#actions && this.#actionsClient === client) || this.#actionsLoading) return;
    const controller = new AbortController();
    this.#actionsLoading = controller;
    this.#actionsError = false;
    // "Loading actions…" at once (a Retry goes away now, not when the answer comes).
    this.host.requestUpdate();
    client.actions({ signal: controller.signal }).then(
      (actions) => {
        this.#actions = actions;
        this.#actionsClient = client;
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        this.#actionsError = true;
        this.host.announce(this.host.translation().log.filters.actionsFailed);
      },
    ).finally(() => {
      if (this.#actionsLoading === controller) this.#actionsLoading = undefined;
      this.host.requestUpdate();
    });
  }

  /** Retry goes away while the actions load: focus, when it had it, goes to the actions button (the panel stays open). */
  #retryActions = (e: Event): void => {
    if ((e.currentTarget as HTMLElement).matches(':focus')) this.#refocus = ['[part~="actions-button"]'];
    this.#loadActions();
  };

    #toggleActions(open = !this.actionsOpen): void {
    this.actionsOpen = open;
    if (open) this.#loadActions();
    this.host.requestUpdate();
  }

  #onOutside = (e: Event): void => {
    if (!this.actionsOpen) return;
    const field = this.host.root().querySelector('.actions-field');
    if (field && !e.composedPath().includes(field)) this.#toggleActions(false);
  };

  #onActionsKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.actionsOpen) return;
    e.stopPropagation();
    this.#toggleActions(false);
    this.host.root().querySelector<HTMLElement>('[part~="actions-button"]')?.focus();
  };

  /** Keyboard focus moved to a control outside the field (Tab / Shift+Tab out): the panel closes, focus stays where it went. */
  #onActionsFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget;
    if (this.actionsOpen && to instanceof Node && !(e.currentTarget as Element).contains(to)) this.#toggleActions(false);
  };

  #toggleAction(name: string, on: boolean): void {
    const current = new Set(this.host.store().filter.actions ?? []);
    if (on) current.add(name);
    else current.delete(name);
    this.#patch({ actions: [...current] });
  }

  #text(field: TextField, label: string, type: 'search' | 'text' = 'search'): TemplateResult {
    const value = this.#drafts.get(field)?.text ?? this.host.store().filter[field] ?? '';
    return html`<label class="field" part="filter-field">
      <span class="field-label">${label}</span>
      <input
        type=${type}
        name=${field}
        part="filter-input"
        autocomplete="off"
        spellcheck="false"
        .value=${live(value)}
        @input=${(e: Event) => this.#onText(field, (e.target as HTMLInputElement).value, false)}
        @change=${(e: Event) => this.#onText(field, (e.target as HTMLInputElement).value, true)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#onText(field, (e.target as HTMLInputElement).value, true)}
      />
    </label>`;
  }

  #actionsPicker(t: Translation): TemplateResult {
    const f = this.host.store().filter;
    const selected = new Set(f.actions ?? []);
    const summary =
      selected.size === 0 ? t.log.filters.allActions : selected.size === 1 ? nameView(actionParts([...selected][0]!, t)) : t.log.filters.selectedActions(selected.size);
    const names = [...new Set([...(this.#actions ?? []).map((a) => a.name), ...selected])];
    return html`<div class="field actions-field" @keydown=${this.#onActionsKey} @focusout=${this.#onActionsFocusOut}>
      <span class="field-label" id="actions-label">${t.log.filters.actions}</span>
      <button
        type="button"
        part="actions-button"
        aria-expanded=${this.actionsOpen ? 'true' : 'false'}
        aria-controls="actions-panel"
        aria-labelledby="actions-label actions-value"
        @click=${() => this.#toggleActions()}
      >
        <span id="actions-value">${summary}</span><span aria-hidden="true">▾</span>
      </button>
      <div id="actions-panel" class="popover" part="actions-panel" role="group" aria-labelledby="actions-label" ?hidden=${!this.actionsOpen}>
        ${this.actionsOpen
          ? html`<button type="button" class="link" ?disabled=${selected.size === 0} @click=${() => this.#patch({ actions: undefined })}>
                ${t.log.filters.clearActions}
              </button>
              ${this.#actionsError
                ? html`<p class="muted" id="actions-failed">${t.log.filters.actionsFailed}</p>
                    <button type="button" aria-describedby="actions-failed" @click=${this.#retryActions}>${t.common.retry}</button>`
                : !this.#actions
                  ? html`<p class="muted" role="status">${t.log.filters.actionsLoading}</p>`
                  : html`<div class="options">
                      ${names.map(
                        (name) => html`<label class="option"
                          ><input type="checkbox" .checked=${live(selected.has(name))} @change=${(e: Event) => this.#toggleAction(name, (e.target as HTMLInputElement).checked)} />
                          <span>${nameView(actionParts(name, t))}</span></label
                        >`,
                      )}
                    </div>`}`
          : nothing}
      </div>
    </div>`;
  }

  #range(t: Translation): TemplateResult {
    const preset = this.preset;
    const f = this.host.store().filter;
    const zone = this.host.store().timeZone;
    const presets: RangePreset[] = ['any', '1h', '24h', '7d', '30d', 'custom'];
    // `until` is exclusive: an end at or before the start matches no time.
    const inverted = Boolean(f.since && f.until && Date.parse(f.until) <= Date.parse(f.since));
    return html`<label class="field" part="filter-field">
        <span class="field-label">${t.log.filters.range}</span>
        <select part="range-select" name="range" @change=${(e: Event) => this.#applyPreset((e.target as HTMLSelectElement).value as RangePreset)}>
          ${presets.map((p) => html`<option value=${p} ?selected=${p === preset}>${t.log.filters.presets[p]}</option>`)}
        </select>
      </label>
      ${preset === 'custom'
        ? html`<label class="field" part="filter-field">
              <span class="field-label">${t.log.filters.from}</span>
              <input
                type="datetime-local"
                name="since"
                part="filter-input"
                .value=${live(toInputValue(f.since, zone))}
                @change=${(e: Event) => this.#patch({ since: fromInputValue((e.target as HTMLInputElement).value, zone) })}
              />
            </label>
            <label class="field" part="filter-field">
              <span class="field-label">${t.log.filters.to}</span>
              <input
                type="datetime-local"
                name="until"
                part="filter-input"
                aria-invalid=${ifDefined(inverted ? 'true' : undefined)}
                aria-describedby=${ifDefined(inverted ? 'range-error' : undefined)}
                .value=${live(toInputValue(f.until, zone))}
                @change=${(e: Event) => this.#patch({ until: fromInputValue((e.target as HTMLInputElement).value, zone) })}
              />
            </label>
            ${inverted ? html`<p id="range-error" class="range-error" part="range-error">${t.log.filters.rangeInverted}</p>` : nothing}`
        : nothing}`;
  }

  render(): TemplateResult {
    const t = this.host.translation();
    const f = this.host.store().filter;
    const more = this.moreOpen || Boolean(f.context_model_app || f.context_model_name || f.context_model_pk);
    const active = Object.keys(f).length > 0;
    const set = FIELD_FILTERS.filter((k) => (k === 'since' ? f.since || f.until : f[k]) !== undefined).length;
    return html`<form class="filters" part="filters" role="search" aria-label=${t.log.filters.label} @submit=${(e: Event) => e.preventDefault()}>
      <button type="button" class="filters-button" part="filters-button" aria-expanded=${this.fieldsOpen ? 'true' : 'false'} aria-controls="filter-fields" @click=${() => {
        this.fieldsOpen = !this.fieldsOpen;
        this.host.requestUpdate();
      }}>${t.log.filters.toggle(set, formatNumber(set, this.host.lang()))}</button>
      <div id="filter-fields" class="filter-fields" role="group" aria-label=${t.log.filters.fields} ?data-open=${this.fieldsOpen}>
      ${this.#actionsPicker(t)} ${this.#text('username', t.log.filters.username)} ${this.#text('client_ip', t.log.filters.clientIp)} ${this.#range(t)}
      ${this.#text('search', t.log.filters.search)}
      <button type="button" part="more-button" aria-expanded=${more ? 'true' : 'false'} aria-controls="model-fields" @click=${() => {
        this.moreOpen = !more;
        this.host.requestUpdate();
      }}>${t.log.filters.model}</button>
      <div id="model-fields" class="model-fields" ?hidden=${!more}>
        ${more
          ? html`${this.#text('context_model_app', t.log.filters.modelApp)} ${this.#text('context_model_name', t.log.filters.modelName)}
            ${this.#text('context_model_pk', t.log.filters.modelPk)}`
          : nothing}
      </div>
      </div>
      <div class="filter-tail">
        ${filterChips(f, t, this.host.lang(), (field, fields) => this.#removeChip(field, fields))}
        ${active ? html`<button type="button" part="clear-filters" @click=${() => this.clearAll()}>${t.log.clearFilters}</button>` : nothing}
      </div>
    </form>`;
  }
}
