/**
 * Fills the visually hidden data table (one row per bar) after the chart is on screen, in
 * idle-time slices, so 2,000 bars × 20 actions never delay the chart or input. Rows are DOM
 * nodes with `textContent` (never markup). Live updates rewrite only the bars that changed.
 */
import { formatDateTimeUnambiguous, formatNumber } from '../../format/time.js';
import type { TextContext } from './volume-chart.parts.js';
import { breakdownText } from './volume-chart.parts.js';
import { type ActionKey, type VolumeModel, type VolumeStats, barStart, keysText } from './volume-model.js';

/** Rows written per slice when the browser gives no idle deadline. */
const SLICE_ROWS = 150;

type IdleHandle = number;
const idle: (callback: (deadline?: IdleDeadline) => void) => IdleHandle =
  typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 250 }) : (cb) => window.setTimeout(() => cb(), 16);
const cancelIdle: (handle: IdleHandle) => void = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;

export interface TableInput {
  model: VolumeModel;
  stats: VolumeStats;
  hidden: ReadonlySet<ActionKey>;
  c: TextContext;
}

export class DataTableWriter {
  #body?: HTMLTableSectionElement;
  #input?: TableInput;
  #key = '';
  #strings?: unknown;
  #todo: number[] = [];
  #handle?: IdleHandle;
  #done?: () => void;
  #complete: Promise<void> = Promise.resolve();

  /** Resolves when every row is written. */
  get complete(): Promise<void> {
    return this.#complete;
  }

  /**
   * Brings `body` up to date with the input. `changedBars` names the bars a live update
   * touched when nothing else changed; otherwise every row is rewritten.
   */
  write(body: HTMLTableSectionElement, input: TableInput, changedBars?: Iterable<number>): void {
    const { model, hidden, c } = input;
    const key = `${model.start}|${model.size}|${model.bucketMs}|${keysText(hidden)}|${c.lang}|${c.zone}|${model.actions.length}|${model.other ? 'grouped' : ''}`;
    // A new strings object (another language or translation) rewrites every row too.
    const same = body === this.#body && key === this.#key && c.t === this.#strings;
    this.#strings = c.t;
    this.#input = input;
    if (same && changedBars) {
      const todo = new Set(this.#todo);
      for (const i of changedBars) todo.add(i);
      this.#todo = [...todo].sort((a, b) => a - b);
    } else if (!same) {
      this.#body = body;
      this.#key = key;
      // Rows are created in the idle slices too: a big table must not slow the first layout.
      body.replaceChildren();
      this.#todo = Array.from({ length: model.size }, (_, i) => i);
    } else {
      this.#todo = Array.from({ length: model.size }, (_, i) => i);
    }
    this.#schedule();
  }

  cancel(): void {
    if (this.#handle !== undefined) cancelIdle(this.#handle);
    this.#handle = undefined;
    this.#todo = [];
    this.#done?.();
    this.#done = undefined;
  }

  #schedule(): void {
    if (this.#handle !== undefined || this.#todo.length === 0) {
      if (this.#todo.length === 0) this.#finish();
      return;
    }
    if (!this.#done) this.#complete = new Promise((resolve) => (this.#done = resolve));
    this.#handle = idle((deadline) => {
      this.#handle = undefined;
      this.#slice(deadline);
      this.#schedule();
    });
  }

  #finish(): void {
    this.#done?.();
    this.#done = undefined;
  }

  #row(): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    tr.append(th, document.createElement('td'), document.createElement('td'));
    return tr;
  }

  #slice(deadline?: IdleDeadline): void {
    const input = this.#input;
    const body = this.#body;
    if (!input || !body) return;
    const { model, stats, hidden, c } = input;
    let written = 0;
    while (this.#todo.length) {
      if (deadline ? deadline.timeRemaining() < 1 && !deadline.didTimeout && written > 0 : written >= SLICE_ROWS) break;
      if (deadline?.didTimeout && written >= SLICE_ROWS) break;
      const i = this.#todo.shift()!;
      if (i >= model.size) continue;
      while (body.rows.length <= i) body.append(this.#row());
      const row = body.rows[i]!;
      const total = stats.barTotals[i] ?? 0;
      row.cells[0]!.textContent = formatDateTimeUnambiguous(barStart(model, i), c.lang, c.zone, 'short');
      row.cells[1]!.textContent = formatNumber(total, c.lang);
      row.cells[2]!.textContent = total > 0 ? breakdownText(model, i, hidden, c) : '–';
      written++;
    }
  }
}
