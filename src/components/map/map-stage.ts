/**
 * The Leaflet side of `<ev-map>` as the element sees it: the map (Leaflet loads on first use),
 * the cluster index (a worker) and the data drawn on it, across connections. A disconnect tears
 * all of it down; a reconnect rebuilds the map where it was and draws the same data again.
 */
import { isAbortError } from '../../client/errors.js';
import { actionSlot } from '../../format/actions.js';
import { Clusterer } from './cluster-client.js';
import { loadLeaflet } from './leaflet-loader.js';
import type { PlaceIndex } from './locations.js';
import type { MapView, MapViewHost, Viewport } from './map-view.js';

/** How `show` fits the view to the data: always, never, or only if the user has not moved the map since the last fit. */
export type Fit = boolean | 'unless-moved';

export interface MapStageHost extends Omit<MapViewHost, 'container' | 'onViewChange' | 'slotOf'> {
  element: HTMLElement & { readonly updateComplete: Promise<boolean>; readonly renderRoot: HTMLElement | DocumentFragment };
  /** The element Leaflet takes over (once rendered). */
  container: () => HTMLElement;
  tileUrl: () => string | undefined;
  /** The map moved or was (re)built. */
  onViewport: (viewport: Viewport) => void;
  /** The map could not be built (undefined: it was built). */
  onViewError: (error: unknown) => void;
  /** New data is drawn (`partial`: the first pages of a load still streaming). */
  onShown: (index: PlaceIndex, partial: boolean) => void;
}

export class MapStage {
  view?: MapView;
  clusterer?: Clusterer;
  /** The data drawn. */
  shown?: PlaceIndex;
  /** The data drawn is the first pages of a load still streaming. */
  partial = false;
  /** Resolves once the latest `show` (or rebuild) has drawn. */
  rendered: Promise<void> = Promise.resolve();
  #viewLoading?: Promise<MapView>;
  #resize?: ResizeObserver;
  /** Bumped on disconnect: a map still loading for an earlier connection is not built. */
  #connection = 0;
  /** Where the map was when the element was disconnected: the rebuilt map starts there. */
  #lastView?: { center: [number, number]; zoom: number; moved: boolean };
  /** Bumped with every base layer asked for: only the latest one's outcome is reported. */
  #baseRequest = 0;

  constructor(readonly host: MapStageHost) {}

  /** Loads Leaflet (once) and creates the map in the container. */
  ensureView(): Promise<MapView> {
    const connection = this.#connection;
    const { host } = this;
    const element = host.element;
    this.#viewLoading ??= (async () => {
      const [L, { MapView, leafletStyles }] = await Promise.all([loadLeaflet(), import('./map-view.js')]);
      await element.updateComplete;
      if (connection !== this.#connection || !element.isConnected) throw new DOMException('The map was removed.', 'AbortError');
      const root = element.renderRoot as ShadowRoot;
      const sheet = leafletStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const container = host.container();
      const view = new MapView(L, {
        container,
        palette: host.palette,
        slotOf: (action) => actionSlot(this.shown?.actions[action] ?? ''),
        formatCount: host.formatCount,
        onPlace: host.onPlace,
        onDenseCluster: host.onDenseCluster,
        onClusterZoom: host.onClusterZoom,
        onViewChange: () => host.onViewport(view.viewport),
      });
      this.view = view;
      this.#resize = new ResizeObserver(() => view.resize());
      this.#resize.observe(container);
      const request = ++this.#baseRequest;
      try {
        await view.setBase(host.tileUrl());
      } catch (error) {
        // A half-built map keeps the container: Retry could never build another there.
        if (this.view === view) this.#teardown();
        throw error;
      }
      // A base layer asked for meanwhile (`applyBase`) reports its own outcome.
      if (request === this.#baseRequest) host.onViewError(undefined);
      host.onViewport(view.viewport);
      return view;
    })();
    const loading = this.#viewLoading;
    loading.catch((error: unknown) => {
      if (this.#viewLoading === loading) this.#viewLoading = undefined;
      if (!isAbortError(error)) host.onViewError(error);
    });
    return loading;
  }

  /**
   * Puts the page's `tile-url` (now) under the built map. One that fails is reported as the map's
   * error (the base layer drawn before stays, and the map keeps working); one that works clears it.
   */
  applyBase(): void {
    const view = this.view;
    if (!view) return;
    const request = ++this.#baseRequest;
    const current = () => request === this.#baseRequest && this.view === view;
    view.setBase(this.host.tileUrl()).then(
      () => current() && this.host.onViewError(undefined),
      (error: unknown) => current() && this.host.onViewError(error),
    );
  }

  /** After a view error: a built map whose base layer failed tries it again; one that could not be built is built again. */
  retryView(): void {
    if (this.view) this.applyBase();
    else void this.ensureView().catch(() => undefined);
  }

  /** Clusters the places (in the worker) and draws them; `fit` zooms to the data; `partial` while more of it is still to come. */
  async show(index: PlaceIndex, fit: Fit, signal?: AbortSignal, partial = false): Promise<void> {
    const run = async () => {
      const view = await this.ensureView();
      if (signal?.aborted) return;
      this.clusterer ??= new Clusterer();
      const clusterer = this.clusterer;
      const merged = await clusterer.load(index.points());
      if (this.clusterer !== clusterer) return;
      // The worker now holds this data, aborted or not: the places and what is drawn follow it
      // together, or a pan would draw markers whose place ids the shown places do not have.
      index.setPlaces(merged);
      this.shown = index;
      this.partial = partial;
      view.setClusterer(clusterer);
      if (!signal?.aborted && (fit === true || (fit && !view.movedSinceFit))) view.fit(index.bounds());
      this.host.onShown(index, partial);
      // Joins the redraw the fit's move requested: one query for the new data and view.
      await view.redraw();
      this.host.onViewport(view.viewport);
    };
    const done = run();
    this.rendered = done.catch(() => undefined);
    await done;
  }

  /** Rebuilds the map where it was before the disconnect and draws the data (`current()` once the map is built) on it again. */
  reconnect(current: () => PlaceIndex | undefined): void {
    const last = this.#lastView;
    this.#lastView = undefined;
    this.rendered = this.ensureView()
      .then((view) => {
        if (last) view.restore(last.center, last.zoom, last.moved);
        this.host.onViewport(view.viewport);
        const index = current();
        return index && this.show(index, false);
      })
      .catch(() => undefined);
  }

  /** Removes the map and stops the worker (remembering the view for `reconnect`). */
  disconnect(): void {
    this.#connection++;
    this.clusterer?.dispose();
    this.clusterer = undefined;
    this.shown = undefined;
    this.partial = false;
    if (this.view) this.#lastView = { ...this.view.viewport, moved: this.view.movedSinceFit };
    this.#teardown();
    this.#viewLoading = undefined;
  }

  /** Removes the map (and stops watching its size). */
  #teardown(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.view?.destroy();
    this.view = undefined;
  }
}
