/**
 * The export flow of `<ev-log>`: one export at a time, progress while pages arrive, cancel,
 * then `ev-export` (cancelable) and a download. Progress and outcome are said through the log's
 * persistent live region (`announce`; a status element inserted with its words is often not
 * spoken, so the progress box is no live region): the progress once at the start, then at most every
 * `PROGRESS_SPOKEN_EVERY_MS` and, when the total is known, only at a new quarter of it; the outcome
 * stays visible in a status line.
 * Focus follows the controls: from the (now disabled) export button to Cancel, and back when it goes.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isAbortError } from '../../client/errors.js';
import { EvExportEvent } from '../../events/ev-export.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { type ExportFormat, download, exportEvents, exportFilename } from './export.js';
import type { PageFetcher } from './row-cache.js';

export interface ExportHost {
  fetcher(): PageFetcher | undefined;
  timeZone(): string;
  limit(): number;
  translation(): Translation;
  lang(): string;
  requestUpdate(): void;
  emit(event: Event): boolean;
  addController(controller: ReactiveController): void;
  root(): ShadowRoot;
  /** Says the outcome in the log's always-present live region. */
  announce(text: string): void;
}

interface Running {
  format: ExportFormat;
  done: number;
  total: number | null;
  controller: AbortController;
  /** The progress words last said, when (`Date.now()`), and the quarter of the total they reached. */
  said: { text: string; at: number; quarter: number };
}

/** The least time between two spoken progress updates. */
export const PROGRESS_SPOKEN_EVERY_MS = 5000;

const quarterOf = (done: number, total: number | null) => (total ? Math.floor((4 * done) / total) : 0);

export class LogExporter implements ReactiveController {
  #running?: Running;
  #message = '';
  /** Where focus goes after the next render: Cancel once the focused export button is disabled, the export button once Cancel is gone. */
  #focus?: 'cancel' | ExportFormat;

  constructor(readonly host: ExportHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.#focus;
    this.#focus = undefined;
    const root = this.host.root();
    const selector = target === 'cancel' ? '[part="export-progress"] button' : `[part="export-button"][data-format="${target}"]`;
    if (target) root.querySelector<HTMLElement>(selector)?.focus();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get running(): boolean {
    return this.#running !== undefined;
  }

  cancel(): void {
    this.#running?.controller.abort();
  }

  async start(format: ExportFormat): Promise<void> {
    const fetch = this.host.fetcher();
    if (!fetch || this.#running) return;
    const t = this.host.translation().log;
    const lang = this.host.lang();
    const running: Running = { format, done: 0, total: null, controller: new AbortController(), said: { text: '', at: 0, quarter: 0 } };
    this.#running = running;
    this.#message = '';
    this.#sayProgress(running, true);
    if (this.host.root().activeElement?.matches('[part="export-button"]')) this.#focus = 'cancel';
    this.host.requestUpdate();
    const timeZone = this.host.timeZone();
    try {
      const result = await exportEvents({
        format,
        fetch,
        timeZone,
        limit: Math.max(1, this.host.limit()),
        signal: running.controller.signal,
        onProgress: (done, total) => {
          running.done = done;
          running.total = total;
          this.#sayProgress(running, false);
          this.host.requestUpdate();
        },
      });
      const filename = exportFilename(format, timeZone);
      const detail = { format, blob: result.blob, filename, count: result.count, truncated: result.truncated };
      if (this.host.emit(new EvExportEvent(detail))) download(result.blob, filename);
      const count = formatNumber(result.count, lang);
      this.#message = result.truncated ? t.exportTruncated(count) : t.exportDone(count);
    } catch (error) {
      this.#message = isAbortError(error) || running.controller.signal.aborted ? t.exportCancelled : t.exportFailed;
    } finally {
      if (this.host.root().activeElement?.closest('[part="export-progress"]')) this.#focus = format;
      this.#running = undefined;
      this.host.announce(this.#message);
      this.host.requestUpdate();
    }
  }

  /** "Exporting events…" until the first page has arrived (no "0 events"), then the count. */
  #progressText(r: Running): string {
    const lang = this.host.lang();
    if (r.done === 0) return this.host.translation().log.exportStarting;
    return this.host.translation().log.exportProgress(formatNumber(r.done, lang), r.total === null ? null : formatNumber(r.total, lang));
  }

  /**
   * Says the progress words at the start; later only when they changed, the last were said long
   * enough ago and, with a known total, a new quarter is reached (the last page is left to the outcome).
   */
  #sayProgress(r: Running, start: boolean): void {
    const text = this.#progressText(r);
    const now = Date.now();
    const quarter = quarterOf(r.done, r.total);
    if (!start) {
      if (text === r.said.text || now - r.said.at < PROGRESS_SPOKEN_EVERY_MS) return;
      if (r.total !== null && (quarter <= r.said.quarter || r.done >= r.total)) return;
    }
    r.said = { text, at: now, quarter };
    this.host.announce(text);
  }

  render(): TemplateResult | typeof nothing {
    const t = this.host.translation().log;
    const r = this.#running;
    if (r) {
      const text = this.#progressText(r);
      return html`<div class="export" part="export-progress">
        <span>${text}</span>
        <progress max=${ifDefined(r.total ?? undefined)} value=${ifDefined(r.total ? r.done : undefined)} aria-label=${text}></progress>
        <button type="button" @click=${() => this.cancel()}>${t.cancel}</button>
      </div>`;
    }
    return this.#message ? html`<p class="export-status" part="export-status">${this.#message}</p>` : nothing;
  }
}
