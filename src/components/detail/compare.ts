/**
 * "Compare versions": for an event about a model, fetches the model's `model_updated` events
 * (authentik's `context_model_*` filters), rebuilds each version, and diffs any two the user
 * picks with <ev-json-diff>. Nothing is requested until the user opens it.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAbortError } from '../../client/errors.js';
import type { EventRecord, EventsClient, ModelRef } from '../../client/types.js';
import { isJsonObject } from '../../diff/equal.js';
import { buildVersions, type ModelVersion } from '../../diff/versions.js';
import { eventTime } from '../../format/event-time.js';
import { formatDateTimeUnambiguous } from '../../format/time.js';
import '../json-diff/ev-json-diff.js';
import type { DeepPartial, Translation } from '../../i18n/translation.js';
import type { DetailStrings } from './detail.strings.js';
import { clip } from '../../format/clip.js';
import { isolateText } from '../../format/bidi.js';
import { shownNameText } from '../../format/invisible.js';

/** How many versions one comparison loads (newest first). */
export const VERSION_PAGE = 100;

/** The model an event is about, when it names one with an app, a model name and a pk. */
export function eventModel(event: EventRecord | undefined): Required<Pick<ModelRef, 'app' | 'model_name'>> & { pk: string } | null {
  const model = event && isJsonObject(event.context) ? event.context.model : undefined;
  if (!isJsonObject(model)) return null;
  const { app, model_name: name, pk } = model;
  if (typeof app !== 'string' || typeof name !== 'string' || (typeof pk !== 'string' && typeof pk !== 'number') || !app || !name) return null;
  return { app, model_name: name, pk: String(pk) };
}

interface Loaded {
  versions: ModelVersion[];
  total: number | null;
}

export interface CompareHost extends ReactiveControllerHost {
  readonly compareClient: EventsClient | undefined;
  readonly compareEvent: EventRecord | undefined;
  onCompareError(error: unknown): void;
}

export class VersionCompare {
  open = false;
  from = -1;
  to = -1;
  readonly #host: CompareHost;
  readonly task: Task<[EventsClient | undefined, EventRecord | undefined], Loaded>;

  constructor(host: CompareHost) {
    this.#host = host;
    this.task = new Task(host, {
      autoRun: false,
      args: () => [host.compareClient, host.compareEvent] as [EventsClient | undefined, EventRecord | undefined],
      task: async ([client, event], { signal }) => {
        const model = eventModel(event);
        if (!client || !event || !model) return { versions: [], total: 0 };
        try {
          const page = await client.listEvents(
            {
              context_model_app: model.app,
              context_model_name: model.model_name,
              context_model_pk: model.pk,
              actions: ['model_updated'],
              ordering: '-created',
              pageSize: VERSION_PAGE,
            },
            { signal },
          );
          const events = page.items.some((e) => e.pk === event.pk) ? page.items : [...page.items, event];
          const versions = buildVersions(events);
          const mine = versions.findIndex((v) => v.event.pk === event.pk);
          // This version against the one before it; the oldest (a create, a first update) has
          // none, so against the one after it, not against itself.
          const at = mine >= 0 ? mine : versions.length - 1;
          [this.from, this.to] = at > 0 ? [at - 1, at] : [0, Math.min(1, versions.length - 1)];
          return { versions, total: page.total };
        } catch (error) {
          if (!isAbortError(error)) host.onCompareError(error);
          throw error;
        }
      },
    });
  }

  #stale = false;

  toggle(): void {
    this.open = !this.open;
    if (this.open && (this.#stale || this.task.status === TaskStatus.INITIAL)) {
      this.#stale = false;
      void this.task.run();
    }
    this.#host.requestUpdate();
  }

  /** Forget the loaded versions and close (a different event is shown); the next open loads again. */
  reset(): void {
    this.task.abort();
    this.open = false;
    this.from = -1;
    this.to = -1;
    this.#stale = true;
  }

  select(which: 'from' | 'to', index: number): void {
    this[which] = index;
    this.#host.requestUpdate();
  }
}

export interface CompareContext {
  d: DetailStrings;
  theme?: 'light' | 'dark';
  /** The host's own strings (`.strings`), for the nested <ev-json-diff>. */
  strings?: DeepPartial<Translation>;
  lang: string;
  timeZone: string;
  thisPk: string;
  renderLoading: () => TemplateResult;
  renderError: (error: unknown, retry: () => void) => TemplateResult;
}

function options(loaded: Loaded, selected: number, ctx: CompareContext): TemplateResult[] {
  return loaded.versions.map((v, i) => {
    const at = eventTime(v.event.created);
    const when = at ? formatDateTimeUnambiguous(at.ms, ctx.lang, ctx.timeZone, 'short') : ctx.d.timeUnknown;
    // An option is plain text: what draws nothing in the name shown as marks (`ad⟨U+200B⟩min`, bidi
    // controls too); the name isolated, any control left closed, so nothing reaches past it.
    const name = v.event.user?.username;
    const who = isolateText(typeof name === 'string' ? shownNameText(clip(name), ctx.d.invisibleName) : '');
    const label = `${ctx.d.version(when, who)}${v.event.pk === ctx.thisPk ? ` ${ctx.d.thisEvent}` : ''}`;
    return html`<option value=${String(i)} ?selected=${i === selected}>${label}</option>`;
  });
}

export function renderCompare(compare: VersionCompare, ctx: CompareContext): TemplateResult {
  const { d } = ctx;
  return html`<button type="button" part="compare-button" aria-expanded=${compare.open ? 'true' : 'false'} @click=${() => compare.toggle()}>
      ${d.compareVersions}
    </button>
    ${compare.open
      ? compare.task.render({
          pending: () => ctx.renderLoading(),
          error: (error) => ctx.renderError(error, () => void compare.task.run()),
          complete: (loaded) => {
            if (loaded.versions.length < 2) return html`<p class="muted" role="status">${d.noVersions}</p>`;
            const from = loaded.versions[compare.from];
            const to = loaded.versions[compare.to];
            return html`<div class="compare" part="compare">
              <p class="muted">${d.versionsShown(loaded.versions.length, loaded.total)}</p>
              <div class="compare-pickers">
                <label>${d.compareFrom}
                  <select part="compare-select" @change=${(e: Event) => compare.select('from', Number((e.target as HTMLSelectElement).value))}>
                    ${options(loaded, compare.from, ctx)}
                  </select>
                </label>
                <label>${d.compareTo}
                  <select part="compare-select" @change=${(e: Event) => compare.select('to', Number((e.target as HTMLSelectElement).value))}>
                    ${options(loaded, compare.to, ctx)}
                  </select>
                </label>
              </div>
              ${from && to && compare.from !== compare.to
                ? html`<ev-json-diff part="compare-diff" theme=${ifDefined(ctx.theme)} .strings=${ctx.strings} .oldValue=${from.state} .newValue=${to.state}></ev-json-diff>`
                : html`<p class="muted" role="status">${d.sameVersion}</p>`}
            </div>`;
          },
        })
      : nothing}`;
}
