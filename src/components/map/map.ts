import { TaskStatus } from '@lit/task';
import { type PropertyValues, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EvDataElement } from '../../base/ev-data-element.js';
import { EvElement } from '../../base/ev-element.js';
import type { EventRecord } from '../../client/types.js';
import { EvSelectEvent } from '../../events/ev-select.js';
import { formatNumber } from '../../format/time.js';
import type { ShownPart } from '../../format/invisible.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { MapColors } from './colors.js';
import type { LoadResult } from './load.js';
import { DEFAULT_MAX_EVENTS, DEFAULT_TOP_LOCATIONS, countAttribute, mapDataTask } from './map-data.js';
import { MapStage } from './map-stage.js';
import type { Viewport } from './map-view.js';
import { mapStyles } from './map.styles.js';
import { markerName, placeParts, progressText, renderLegend, renderPlaces, renderToolbar, summaryText } from './map.parts.js';
import { englishMapStrings } from './map.strings.js';
import { MapSelection, renderSelected } from './map-selection.js';
import { PlacePopup } from './map-popup.js';
import { MarkerLayer } from './map-markers.js';
import { mapOverlay, renderMapFrame } from './map-frame.js';
import { MapMoves } from './map-moves.js';
import { LoadOutcome, ViewAnnouncer, describeView } from './map-announce.js';


/**
 * Where events happen: every geo-located event (`context.geo.lat` / `long`) that matches the
 * shared filter, clustered in a Web Worker and drawn on a canvas over a bundled world outline
 * (no tile server, no network by default). Leaflet and the outline load on first render.
 *
 * @tagname ev-map
 * @summary Clustered map of geo-located events, air-gapped by default.
 *
 * @fires {EvSelectEvent} ev-select - "Show event" was activated in a popup. Cancelable: when not cancelled, the shared selection is set.
 * @fires {EvErrorEvent} ev-error - Loading events failed (never for aborted requests).
 *
 * @slot attribution - Attribution of the base layer; replace it when `tile-url` points at a tile server (default: Natural Earth).
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row above the map: summary, "showing N of M" notice, area filter buttons.
 * @csspart notice - The "showing N of M events" notice when `max-events` capped the data.
 * @csspart summary - The count of events and places shown.
 * @csspart area-button - "Filter to this area" and "Clear area filter".
 * @csspart map - The map area (focusable: arrows pan, + / − zoom). Inert under the error state, with the zoom buttons; focus in them moves to Retry.
 * @csspart markers - The markers in view for the keyboard: one tab stop after the map (arrows move between markers, Enter opens, Escape returns to the map).
 * @csspart marker - A marker's button over its circle (transparent; shows a focus ring and the place's name when focused).
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart attribution - The attribution line over the map.
 * @csspart loading - The loading state.
 * @csspart empty - The "no geo-located events" state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart legend - The list of actions and their colours.
 * @csspart locations - The list of top locations (the map's accessible alternative).
 * @csspart location - One location button.
 * @csspart popup - A place's popup.
 * @csspart popup-close - The popup's close button.
 * @csspart popup-button - "Show event" in a popup.
 * @csspart popup-link - The link to an event's page in a popup (`event-href`).
 * @csspart invisible-mark - A character of a username, place name or custom action label (popups, legend, locations) that draws nothing, shown as its code point (`⟨U+200B⟩`), or a name with nothing visible ("(invisible name: U+200B)").
 * @csspart selected-place - Names the place of the selected event (the shared selection, ringed on the map); centres the map on it.
 *
 * @cssprop --ev-map-height - Height of the map area (default 420px).
 * @cssprop --ev-map-sea - Sea colour of the built-in base layer (default `--ev-color-surface-selected`).
 * @cssprop --ev-map-land - Land colour of the built-in base layer (default `--ev-color-surface-raised`).
 * @cssprop --ev-map-border - Country borders (default `--ev-color-border-strong`).
 * @cssprop --ev-map-marker-stroke - Outline of markers (default `--ev-color-bg`).
 * @cssprop --ev-map-marker-text - Count inside clusters (default `--ev-color-bg`).
 * @cssprop --ev-map-selection - The ring around the selected event (default `--ev-color-text`).
 * @cssprop --ev-action-0..12 - The action palette; clusters take the colour of their most frequent action.
 */
export class EvMap extends EvDataElement {
  static override styles = [EvElement.styles, stateStyles, controlStyles, mapStyles];

  /**
   * English defaults of the map's strings (translation namespace `map`). Referencing them also
   * keeps their registration in bundles that treat this package as side-effect free.
   */
  static readonly defaultStrings = englishMapStrings;

  /** Events to plot instead of fetching them (no requests are made). Only the shared `area` filter applies to them. */
  @property({ attribute: false }) events?: readonly EventRecord[];

  /** Most events fetched for one filter (or taken from `events`); a notice says when the filter matched more. 0, a negative value or no number: the default, 100,000. */
  @property({ attribute: 'max-events', converter: countAttribute }) maxEvents = DEFAULT_MAX_EVENTS;

  /** A tile server URL template (`https://tiles.example/{z}/{x}/{y}.png`) instead of the bundled world outline. Put its attribution in the `attribution` slot. */
  @property({ attribute: 'tile-url' }) tileUrl?: string;

  /** Link of an event in popups: a URL template where `{pk}` is replaced, e.g. `/if/admin/#/events/log/{pk}`. Only http(s) and relative URLs become links. */
  @property({ attribute: 'event-href' }) eventHref?: string;

  /** How many places the list of top locations shows; 0 hides the list. A negative value or no number: the default, 10. */
  @property({ attribute: 'top-locations', converter: countAttribute }) topLocations = DEFAULT_TOP_LOCATIONS;

  @state() private progress?: LoadResult;
  @state() private viewError?: unknown;
  @state() private viewport?: Viewport;

  @query('.canvas') private canvas?: HTMLElement;

  /** Loading was stopped by a disconnect and starts again on reconnect. */
  #resume = false;
  /** The Leaflet map, the cluster worker and the data drawn. */
  readonly #stage = new MapStage({
    element: this,
    container: () => this.canvas!,
    tileUrl: () => this.tileUrl || undefined,
    palette: () => this.#colors.palette,
    formatCount: (n) => formatNumber(n, this.effectiveLang, { notation: 'compact', maximumFractionDigits: n < 10_000 ? 1 : 0 }),
    onPlace: (place) => this.#popup.open([place], undefined),
    onDenseCluster: (places, at) => this.#popup.open(places, at),
    onClusterZoom: () => this.#announcer.movedAndSettled(),
    onViewport: (viewport) => {
      this.viewport = viewport;
      this.#announcer.settled();
    },
    onViewError: (error) => (this.viewError = error),
    onShown: (index, partial) => {
      this.#popup.refresh(index, partial);
      this.#selected.invalidate();
    },
  });
  /** The open place popup, kept in step with the data. */
  readonly #popup = new PlacePopup({
    stage: this.#stage,
    root: () => this.renderRoot as ShadowRoot,
    canvas: () => this.canvas,
    context: () => ({ t: this.i18n, lang: this.effectiveLang, dir: this.effectiveDir, timeZone: this.store.timeZone, eventHref: this.eventHref }),
    name: (place) => placeParts(place, this.effectiveLang, this.i18n),
    onSelect: (event) => this.#select(event),
    announce: (text) => this.#announcer.say(text),
  });
  /** The markers in view as one tab stop with a roving tabindex. */
  readonly #markers = new MarkerLayer(this, {
    stage: this.#stage,
    root: () => this.renderRoot as ShadowRoot,
    canvas: () => this.#moves.focusFallback(),
    name: (item) => markerName(item, this.placeName(item.top), this.i18n, this.effectiveLang),
    text: () => ({ label: this.i18n.map.markers, help: this.i18n.map.markersHelp, strings: this.i18n }),
    open: (places, at, opener) => this.#popup.open(places, at, opener),
    onZoomed: () => {
      this.viewport = this.#stage.view?.viewport;
      this.#announcer.movedAndSettled();
    },
  });
  /** Moves of the view from outside the map (the list, the selection, `setView`, the area buttons) and where focus falls back to. */
  readonly #moves = new MapMoves({
    stage: this.#stage,
    root: () => this.renderRoot as ShadowRoot,
    canvas: () => this.canvas,
    store: () => this.store,
    updated: () => this.updateComplete,
    onMoved: (viewport) => (this.viewport = viewport),
    openPlace: (placeId, opener) => this.#popup.open([placeId], undefined, opener),
  });
  /** Says the view (zoom, places in view) once it settles after a keyboard, zoom button or cluster move. */
  readonly #announcer = new ViewAnnouncer(this, { text: () => describeView(this.#stage.view, this.i18n, this.effectiveLang) });
  /** Says the outcome of every completed load. */
  readonly #outcome = new LoadOutcome(this);
  /** An error is shown over the map (its popup, of data no longer shown, is closed; the map area is inert). */
  #errorShown = false;
  /** The strings and direction the popup and the drawn counts were made with: new ones (a change of `lang` / `dir` here or above) remake them. */
  #madeWith?: { t: unknown; dir: string };
  /** Focus was in the map area (the map, a popup on it, the zoom buttons) when the update began. */
  #focusInMap = false;
  /** Canvas colours, re-resolved when the theme changes anywhere above the element. */
  readonly #colors = new MapColors(this, () => this.#stage.view?.restyle());
  /** The shared selection, ringed on the map when it has a location. */
  readonly #selected = new MapSelection(this, {
    lookup: (pk) => this.events?.find((e) => e.pk === pk) ?? this.#stage.shown?.events.find((e) => e.pk === pk),
    lang: () => this.effectiveLang,
    t: () => this.i18n,
  });

  readonly #task = mapDataTask(
    this,
    { events: () => this.events, client: () => this.effectiveClient, filter: () => this.store.filter, maxEvents: () => this.maxEvents },
    {
      show: (index, fit, signal, partial) => this.#stage.show(index, fit, signal, partial),
      progress: (progress) => {
        this.progress = progress;
        this.#announcer.loadProgress(progress, () => progressText(progress!, this.i18n, this.effectiveLang));
      },
      reportError: (error) => this.reportError(error, 'list-events'),
      complete: (data) => this.#outcome.say(summaryText(data, this.i18n, this.effectiveLang)),
    },
  );

  /** Resolves when the current data is clustered and drawn, and its markers are operable by keyboard (for tests and scripted pages). */
  get rendered(): Promise<void> {
    return this.#task.taskComplete
      .then(
        () => this.#stage.rendered,
        () => undefined,
      )
      .then(() => this.#stage.view?.drawn)
      .then(() => this.updateComplete)
      .then(() => this.#markers.settled);
  }

  /** Where clustering runs: `worker` (a module Web Worker), `main` (workers unavailable or refused by the page's CSP), or undefined before any data. */
  get clustering(): 'worker' | 'main' | undefined {
    return this.#stage.clusterer?.mode;
  }

  /** The map's centre (`[lat, long]`), zoom and visible bounds, once the map is drawn. */
  get view(): Viewport | undefined {
    return this.viewport;
  }

  /** Moves the map to `center` (`[lat, long]`) and `zoom` without animation; resolves once the clusters are redrawn. */
  setView(center: [number, number], zoom: number): Promise<void> {
    return this.#moves.to(center, zoom, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    if (this.#resume) {
      this.#resume = false;
      void this.#task.run();
      return;
    }
    this.#stage.reconnect(() => this.#task.value?.index);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // No more pages, no map or worker for a removed element; loading resumes on reconnect.
    this.#resume ||= this.#task.status === TaskStatus.PENDING;
    this.#task.abort();
    this.#stage.disconnect();
  }

  protected override firstUpdated(): void {
    void this.#stage.ensureView().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focusInMap = Boolean(this.shadowRoot?.activeElement?.closest('.canvas, .zoom'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.#stage.view;
    view?.highlight(this.#selected.place?.at);
    if (changed.has('tileUrl') && view) this.#stage.applyBase();
    const made = { t: this.i18n, dir: this.effectiveDir };
    if (this.#madeWith && (made.t !== this.#madeWith.t || made.dir !== this.#madeWith.dir)) {
      this.#popup.rebuild();
      view?.relabel();
    }
    this.#madeWith = made;
    if (this.#errorShown) {
      // A failed reload: the popup's counts are of data the error replaced. Focus in it goes to Retry.
      this.#popup.dismiss(() => this.#moves.focusFallback());
      // The map area went inert under the error: focus that was in it goes to Retry, not to the page.
      if (this.#focusInMap) this.#moves.focusFallback()?.focus();
    }
    this.#focusInMap = false;
  }

  #select(event: EventRecord): void {
    if (this.emit(new EvSelectEvent({ event }))) this.store.update({ selection: event.pk });
  }

  /** A place's name in parts (`placeParts`): city and country, else the country, else its coordinates. */
  protected placeName(placeId: number): ShownPart[] {
    const place = this.#stage.shown?.places[placeId];
    return place ? placeParts(place, this.effectiveLang, this.i18n) : [];
  }

  #retry = (): void => {
    if (this.viewError) {
      this.viewError = undefined;
      this.#stage.retryView();
    }
    void this.#task.run();
  };

  #renderOverlay() {
    const task = this.#task;
    const { state, template } = mapOverlay({
      t: this.i18n,
      status: task.status,
      taskError: task.error,
      viewError: this.viewError,
      data: task.value,
      hasSource: Boolean(this.events || this.effectiveClient),
      progress: this.progress && progressText(this.progress, this.i18n, this.effectiveLang),
      area: Boolean(this.store.filter.area),
      clearArea: () => this.store.patchFilter({ area: undefined }),
      views: { error: (error) => this.renderError(error, this.#retry), loading: () => this.renderLoading(), noClient: () => this.renderNoClient(), empty: (m, a) => this.renderEmpty(m, a) },
    });
    this.#errorShown = state === 'error';
    this.setViewState(state);
    return template;
  }

  protected override render() {
    const data = this.#task.value;
    const overlay = this.#renderOverlay();
    const map = this.#stage.view?.map;
    const zoom = this.viewport?.zoom;
    return html`<div part="base" class="base">
      ${renderToolbar({
        t: this.i18n,
        lang: this.effectiveLang,
        data,
        progress: this.#task.status === TaskStatus.PENDING && data ? this.progress : undefined,
        area: Boolean(this.store.filter.area),
        canFilter: Boolean(this.viewport),
        clearArea: (event) => this.#moves.clearArea(event),
        filterToArea: () => this.#moves.filterToArea(),
        selected: renderSelected(this.#selected.place, this.i18n, (place) => void this.#moves.to(place.at, 6)),
      })}
      ${renderMapFrame({
        t: this.i18n,
        overlay,
        inert: this.#errorShown,
        ready: Boolean(this.viewport),
        zoom: map && zoom !== undefined ? { zoom, min: map.getMinZoom(), max: map.getMaxZoom() } : undefined,
        tileUrl: this.tileUrl,
        onKeyDown: this.#announcer.onKeyDown,
        zoomBy: (delta) => (this.#announcer.moved(), this.#stage.view?.zoomBy(delta)),
      })}
      ${data && data.index.places.length > 0
        ? html`<div class="below">
            ${renderLegend(data.index, this.i18n, this.effectiveLang)}
            ${renderPlaces(data.index, this.topLocations, this.i18n, this.effectiveLang, (key) => void this.#moves.toPlace(key))}
          </div>`
        : nothing}
      ${this.#announcer.render()} ${this.#outcome.render()}
    </div>`;
  }
}

