/**
 * The map's handle on the cluster index: a module Web Worker when the browser (and the page's
 * CSP) allows one, else the same engine on the main thread. Requests are answered in order;
 * a worker that fails is replaced by the fallback and the pending requests are replayed.
 */
import type { ClusterEngine, ClusterItem, ClusterOpening, LoadResult } from './cluster-core.js';
import type { ClusterBody as Body, ClusterResponse } from './cluster-protocol.js';
import type { EventPoints } from './locations.js';
import { TrustedWorker } from './trusted-worker.js';

interface Pending {
  body: Body;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

function startWorker(): Worker | undefined {
  try {
    // `Worker` is shadowed so the bundler still sees the pattern it rewrites.
    const Worker = TrustedWorker;
    return new Worker(new URL('./cluster.worker.js', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

export class Clusterer {
  #worker?: Worker;
  #engine?: Promise<ClusterEngine>;
  #nextId = 1;
  #lastPoints?: EventPoints;
  readonly #pending = new Map<number, Pending>();
  /** Where the index lives: `worker`, or `main` after a fallback. */
  mode: 'worker' | 'main';

  constructor(options: { worker?: boolean } = {}) {
    this.#worker = options.worker === false ? undefined : startWorker();
    this.mode = this.#worker ? 'worker' : 'main';
    this.#worker?.addEventListener('message', this.#onMessage);
    this.#worker?.addEventListener('error', this.#onWorkerError);
  }

  /** Merges the events into places and builds the index; resolves with the places and the time it took where it ran. */
  load(points: EventPoints): Promise<LoadResult> {
    this.#lastPoints = points;
    return this.#call({ type: 'load', points });
  }

  query(bbox: [number, number, number, number], zoom: number): Promise<ClusterItem[]> {
    return this.#call({ type: 'query', bbox, zoom });
  }

  expansionZoom(cluster: number): Promise<number> {
    return this.#call({ type: 'expansionZoom', cluster });
  }

  leaves(cluster: number, limit: number): Promise<number[]> {
    return this.#call({ type: 'leaves', cluster, limit });
  }

  /** A click on a cluster: its expansion zoom, and its places when it cannot split in the view (`ClusterEngine.open`). */
  open(cluster: number, viewZoom: number, maxZoom: number): Promise<ClusterOpening> {
    return this.#call({ type: 'open', cluster, viewZoom, maxZoom });
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const p of this.#pending.values()) p.reject(new Error('disposed'));
    this.#pending.clear();
  }

  #call<T>(body: Body): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { body, resolve: resolve as (value: never) => void, reject });
      if (this.#worker) this.#worker.postMessage({ ...body, id });
      else void this.#runOnMain(id);
    });
  }

  #onMessage = (message: MessageEvent<ClusterResponse>): void => {
    const response = message.data;
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    if (response.ok) pending.resolve(response.result as never);
    else pending.reject(new Error(response.error));
  };

  /** The worker could not start or crashed: continue on the main thread, replaying what is pending. */
  #onWorkerError = (event: Event): void => {
    event.preventDefault();
    this.#worker?.terminate();
    this.#worker = undefined;
    this.mode = 'main';
    for (const id of [...this.#pending.keys()].sort((a, b) => a - b)) void this.#runOnMain(id);
  };

  #mainEngine(): Promise<ClusterEngine> {
    // After a worker crash the fallback starts from the data the worker had.
    this.#engine ??= import('./cluster-core.js').then((m) => {
      const engine = new m.ClusterEngine();
      if (this.#lastPoints) engine.load(this.#lastPoints);
      return engine;
    });
    return this.#engine;
  }

  async #runOnMain(id: number): Promise<void> {
    const engine = await this.#mainEngine();
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    try {
      pending.resolve(engine.run(pending.body) as never);
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
