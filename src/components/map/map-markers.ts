/**
 * The markers and clusters drawn on `<ev-map>`, for the keyboard and screen readers: one tab
 * stop (a toolbar with a roving tabindex) over the markers in view. Arrow keys move between them
 * (west to east), Home / End go to the first / last, Enter or Space opens a place's popup or
 * zooms into a cluster, Escape returns to the map. Each marker is a transparent button over its
 * circle, named by its place (a cluster: its biggest place and how many more) and event count;
 * the focused one shows its ring and name (only the tab stop carries a visible name, to keep the
 * DOM small). Mouse clicks still go to the canvas underneath. Text only (Lit bindings).
 *
 * The buttons are invisible until focused, so they are rendered into their own container after
 * the element's update, in a task of their own: a pan or zoom paints the map first.
 */
import { type ReactiveController, type ReactiveControllerHost, html, nothing, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { foldLongitude } from '../../client/geo.js';
import type { ClusterItem } from './cluster-core.js';
import type { NamedText } from './map.parts.js';
import type { MapStage } from './map-stage.js';
import type { PlaceIds } from './map-view.js';
import type { VisibleMarker } from './map-clusters.js';

export interface MarkerLayerHost {
  stage: MapStage;
  /** The element's shadow root (where focus is read and the layer's container is found). */
  root: () => ShadowRoot;
  /** The map area: Escape goes there, and focus when no marker is left in view (Retry when an error covers the map). */
  canvas: () => HTMLElement | undefined;
  /** A marker's name (accessible and, when focused, shown): its place(s) and event count. */
  name: (item: ClusterItem) => NamedText;
  /** The toolbar's name and its keyboard help, and the strings the names were made with (new ones rename the markers). */
  text: () => { label: string; help: string; strings: unknown };
  /** Opens the popup of places; focus moves into it and goes back to `opener()` on close. */
  open: (places: PlaceIds, at: { lat: number; lng: number } | undefined, opener: () => HTMLElement | undefined) => void;
  /** The map zoomed into a cluster (and is redrawn). */
  onZoomed: () => void;
}

/** The container the element renders (empty) for the layer while the map shows data. */
export const MARKERS_CONTAINER = 'markers-host';

/**
 * A marker's identity in the layer: a place by its coordinates (the same button, and focus, across
 * new data, which renumbers place ids, and whichever copy of the world it is drawn in: its longitude
 * folded into ±180°, rounded past the error of the ±360° shift), a cluster by its id within the data
 * it was drawn for.
 */
const idOf = (m: VisibleMarker) => (m.item.place >= 0 ? `@${m.item.lat},${worldLong(m.item.long)}` : `${m.generation}:${m.key}`);
/** A drawn longitude back in (-180, 180] (180° and -180° are one meridian). */
const worldLong = (long: number): number => {
  const folded = Number(foldLongitude(long).toFixed(9));
  return folded === -180 ? 180 : folded;
};
/** What a marker's name depends on: its key within the data it was drawn for (counts change with new data). */
const nameKey = (m: VisibleMarker) => `${m.generation}:${m.key}`;

/** Labels of markers in the east half of the map go to their left, so they stay in view. */
const labelAtStart = (m: VisibleMarker, width: number) => m.x > width / 2;

export class MarkerLayer implements ReactiveController {
  /** The roving tab stop: a marker's id, and its place (to find the nearest marker once the id is gone). */
  #active?: { id: string; lat: number; long: number };
  /** The markers rendered, west to east. */
  #markers: VisibleMarker[] = [];
  /** Names by `nameKey`, made while their data was shown (a marker of older data keeps its name until it is redrawn). */
  #names = new Map<string, NamedText>();
  /** What the names were made with (the element's strings, new with its language). */
  #namedWith?: unknown;
  /** Focus was on a marker before the element's update (which may remove the layer). */
  #hadFocus = false;
  #scheduled?: ReturnType<typeof setTimeout>;
  #settled?: { promise: Promise<void>; resolve: () => void };

  constructor(
    readonly element: ReactiveControllerHost & HTMLElement,
    readonly host: MarkerLayerHost,
  ) {
    element.addController(this);
  }

  /** Resolves once the layer shows the markers drawn (after the pending render, if any). */
  get settled(): Promise<void> {
    return this.#settled?.promise ?? Promise.resolve();
  }

  hostUpdate(): void {
    this.#hadFocus = this.#container()?.contains(this.host.root().activeElement) ?? false;
  }

  hostUpdated(): void {
    // The element removed the layer (an error covers the map): focus on a marker goes on.
    if (this.#hadFocus && !this.#container()) this.host.canvas()?.focus();
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#scheduled);
    this.#scheduled = undefined;
    this.#settled?.resolve();
    this.#settled = undefined;
  }

  /** Renders the layer in a task of its own (several updates in a row render once). */
  #schedule(): void {
    if (this.#scheduled !== undefined) return;
    if (!this.#settled) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#settled = { promise, resolve };
    }
    this.#scheduled = setTimeout(() => {
      this.#scheduled = undefined;
      const settled = this.#settled;
      this.#settled = undefined;
      this.#render();
      settled?.resolve();
    });
  }

  #container(): HTMLElement | null {
    return this.host.root().querySelector<HTMLElement>(`.${MARKERS_CONTAINER}`);
  }

  #render(): void {
    const container = this.#container();
    if (!container) return;
    const root = this.host.root();
    const hadFocus = container.contains(root.activeElement);
    render(this.#template(), container);
    if (!hadFocus || container.contains(root.activeElement)) return;
    // The focused marker left (a zoom, a pan, new data): the nearest one takes focus.
    (this.#button(this.#activeIndex()) ?? this.host.canvas())?.focus();
  }

  /** The toolbar over the map: nothing when no marker is in view. */
  #template() {
    const view = this.host.stage.view;
    const { label, help, strings } = this.host.text();
    if (strings !== this.#namedWith) {
      this.#namedWith = strings;
      this.#names.clear();
    }
    const names = new Map<string, NamedText>();
    const markers = (view?.visibleMarkers() ?? []).filter((m) => {
      const key = nameKey(m);
      const name = this.#names.get(key) ?? (m.current ? this.host.name(m.item) : undefined);
      if (name !== undefined) names.set(key, name);
      return name !== undefined;
    });
    markers.sort((a, b) => a.x - b.x || a.y - b.y);
    this.#markers = markers;
    this.#names = names;
    if (!view || markers.length === 0) return nothing;
    const active = this.#activeIndex();
    // The nearest marker takes the place of an active one that left (a zoom, new data).
    if (this.#active) this.#active = this.#entry(markers[active]!);
    const width = view.map.getSize().x;
    return html`<div part="markers" class="markers" role="toolbar" aria-label=${label} aria-describedby="markers-help" @keydown=${this.#onKeyDown}>
      <p id="markers-help" class="visually-hidden">${help}</p>
      ${repeat(markers, idOf, (m, i) => {
        const name = names.get(nameKey(m))!;
        const size = `${Math.round(2 * m.radius + 4)}px`;
        return html`<button
          part="marker"
          type="button"
          class=${labelAtStart(m, width) ? 'marker start' : 'marker'}
          tabindex=${i === active ? 0 : -1}
          data-id=${idOf(m)}
          aria-label=${name.text}
          style=${styleMap({ left: `${m.x}px`, top: `${m.y}px`, width: size, height: size })}
          @focus=${() => this.#setActive(m)}
          @click=${() => void this.#activate(m)}
        >${i === active ? html`<span class="marker-name" aria-hidden="true">${name.html}</span>` : nothing}</button>`;
      })}
    </div>`;
  }

  #button(index: number): HTMLElement | undefined {
    const marker = this.#markers[index];
    if (marker === undefined) return undefined;
    const id = idOf(marker);
    return [...(this.#container()?.querySelectorAll<HTMLElement>('[part=marker]') ?? [])].find((b) => b.dataset.id === id);
  }

  #entry(m: VisibleMarker): { id: string; lat: number; long: number } {
    return { id: idOf(m), lat: m.item.lat, long: m.item.long };
  }

  /** Makes a marker the tab stop (rendering the tabindex at once when it changed). */
  #setActive(m: VisibleMarker): void {
    const changed = this.#active?.id !== idOf(m);
    this.#active = this.#entry(m);
    if (changed) this.#render();
  }

  /** The tab stop among the markers rendered: the active id, else the marker nearest its place, else the first. */
  #activeIndex(): number {
    const active = this.#active;
    const markers = this.#markers;
    if (!active || markers.length === 0) return 0;
    const same = markers.findIndex((m) => idOf(m) === active.id);
    if (same >= 0) return same;
    const view = this.host.stage.view;
    if (!view) return 0;
    const at = view.map.latLngToContainerPoint([active.lat, active.long]);
    let best = 0;
    let bestDistance = Infinity;
    markers.forEach((m, i) => {
      const distance = (m.x - at.x) ** 2 + (m.y - at.y) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    return best;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const count = this.#markers.length;
    const current = this.#activeIndex();
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.host.canvas()?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    const marker = this.#markers[next];
    if (!marker) return;
    this.#setActive(marker);
    this.#button(next)?.focus();
  };

  /** Enter / Space on a marker: a place (or a cluster that cannot split) opens its popup, a cluster zooms in. */
  async #activate(m: VisibleMarker): Promise<void> {
    const view = this.host.stage.view;
    if (!view) return;
    this.#setActive(m);
    const done = await view.activate(m.key);
    // Back to the marker of the same place (or the nearest one) when the popup closes.
    const opener = () => this.#button(this.#activeIndex());
    if (done?.kind === 'place') this.host.open([done.place], undefined, opener);
    else if (done?.kind === 'dense') this.host.open(done.places, done.at, opener);
    else if (done?.kind === 'zoomed') this.host.onZoomed();
  }
}
