/**
 * Owns the one chart of an element: loads Chart.js on first need, creates the chart once per
 * canvas, then only updates it in place (data changes without re-resolving options; colour,
 * direction, language or zone changes with fresh options). A failed load is kept as an error
 * the element shows with a retry.
 */
import { loadChartRuntime } from './chart-loader.js';
import type { VolumeChartState, VolumeChartView } from './chart-runtime.js';

export interface DriverHost {
  readonly isConnected: boolean;
  requestUpdate(): void;
}

export class ChartDriver {
  view?: VolumeChartView;
  /** Pending creation (the first render also waits for Chart.js to load). */
  creating?: Promise<void>;
  loadError?: unknown;
  #dataKey = '';
  #appearanceKey = '';

  constructor(private readonly host: DriverHost) {}

  /**
   * Brings the chart on `canvas` up to date. `dataKey` changes with the counts and visibility,
   * `appearanceKey` with anything that needs new options.
   */
  sync(canvas: HTMLCanvasElement, state: () => VolumeChartState, dataKey: string, appearanceKey: string): void {
    // A removed element keeps no chart; reconnecting renders and creates it again.
    if (this.loadError || !this.host.isConnected) return;
    if (this.view?.chart.canvas === canvas) {
      if (appearanceKey === this.#appearanceKey && dataKey === this.#dataKey) return;
      this.view.update(state(), appearanceKey !== this.#appearanceKey);
      this.#appearanceKey = appearanceKey;
      this.#dataKey = dataKey;
      return;
    }
    if (this.creating) return;
    this.destroy();
    this.creating = loadChartRuntime().then(
      (runtime) => {
        this.creating = undefined;
        if (!this.host.isConnected) return;
        if (!canvas.isConnected) {
          // Re-rendered meanwhile: the next sync creates the chart on the new canvas.
          this.host.requestUpdate();
          return;
        }
        this.view = new runtime.VolumeChartView(canvas, state(), () => this.host.requestUpdate());
        this.#appearanceKey = appearanceKey;
        this.#dataKey = dataKey;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.creating = undefined;
        this.loadError = error;
        this.host.requestUpdate();
      },
    );
  }

  /** Forgets a failed load so the next sync tries again. */
  retry(): void {
    this.loadError = undefined;
  }

  destroy(): void {
    this.view?.destroy();
    this.view = undefined;
    this.#dataKey = this.#appearanceKey = '';
  }
}
