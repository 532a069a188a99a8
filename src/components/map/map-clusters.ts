/**
 * The clusters and places drawn on `<ev-map>`'s Leaflet map (loaded on demand with it): circle
 * markers with their counts on one canvas renderer, kept across pans and redrawn on a zoom or
 * new data. Which view is queried, and when, is map-view.ts's business. Builds no HTML.
 */
import type * as Leaflet from 'leaflet';
import type { ClusterItem } from './cluster-core.js';
import type { MapPalette } from './colors.js';
import type { LeafletNS } from './leaflet-loader.js';
import { canvasRenderer } from './map-base.js';

/** The largest marker's radius, in pixels. */
export const MAX_MARKER_RADIUS = 26;

export function markerRadius(count: number): number {
  return Math.min(MAX_MARKER_RADIUS, 6 + 3 * Math.log2(count));
}

/** A drawn marker: the item and the data (generation) it was drawn for, and its count label. */
export type CountMarker = Leaflet.CircleMarker & { item: ClusterItem; label: string; generation: number };

/** A marker drawn in the visible part of the map, where it is in the container. */
export interface VisibleMarker {
  /** `c<cluster id>` or `p<place id>` (for `activate`): stable while the data stays. */
  key: string;
  /** The data it was drawn for (bumped with every new data set). */
  generation: number;
  /** Drawn for the data shown (not for older data whose redraw is not in yet). */
  current: boolean;
  item: ClusterItem;
  x: number;
  y: number;
  radius: number;
}

export interface ClusterLayerHost {
  palette: () => MapPalette;
  /** Palette slot (0–12) of an action id. */
  slotOf: (action: number) => number;
  /** Short count label drawn inside a cluster, e.g. `1.2K`. */
  formatCount: (count: number) => string;
  /** A marker was clicked. */
  onClick: (marker: CountMarker) => void;
}

const LABEL_FONT = '600 11px system-ui, sans-serif';
const LABEL_FONT_SMALL = '600 10px system-ui, sans-serif';

export class ClusterLayer {
  #renderer: Leaflet.Canvas;
  #group: Leaflet.LayerGroup;
  /** Drawn markers by cluster / place key, and what they were drawn for. */
  #markers = new Map<string, CountMarker>();
  #drawnGeneration = -1;
  #drawnZoom = -1;
  #Marker: new (latlng: Leaflet.LatLngExpression, options: Leaflet.CircleMarkerOptions) => CountMarker;

  constructor(
    L: LeafletNS,
    readonly map: Leaflet.Map,
    readonly host: ClusterLayerHost,
  ) {
    this.#renderer = canvasRenderer(L, { padding: 0.1 });
    this.#group = L.layerGroup().addTo(map);
    const palette = () => this.host.palette();
    // A circle marker that also draws its count: Leaflet's canvas renderer calls _updatePath
    // for every redraw, after setting the clip; the label stays inside the circle.
    this.#Marker = L.CircleMarker.extend({
      _updatePath(this: CountMarker & { _renderer: { _drawing: boolean; _ctx: CanvasRenderingContext2D; _updateCircle(l: unknown): void }; _point: Leaflet.Point; _empty(): boolean }) {
        this._renderer._updateCircle(this);
        if (!this._renderer._drawing || this._empty() || !this.label) return;
        const ctx = this._renderer._ctx;
        ctx.globalAlpha = 1;
        ctx.fillStyle = palette().markerText;
        ctx.font = this.item.count >= 1000 ? LABEL_FONT_SMALL : LABEL_FONT;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(this.label, this._point.x, this._point.y + 0.5);
      },
    }) as unknown as new (latlng: Leaflet.LatLngExpression, options: Leaflet.CircleMarkerOptions) => CountMarker;
  }

  /** The drawn marker of a cluster / place key. */
  get(key: string): CountMarker | undefined {
    return this.#markers.get(key);
  }

  /**
   * Draws the items of data `generation` at `zoom`. After a pan (same data, same zoom) the markers
   * already drawn stay and only new ones are created; a zoom or new data redraw everything.
   */
  draw(items: ClusterItem[], zoom: number, generation: number): void {
    const palette = this.host.palette();
    if (this.#drawnGeneration !== generation || this.#drawnZoom !== zoom) {
      this.#group.clearLayers();
      this.#markers.clear();
      this.#drawnGeneration = generation;
      this.#drawnZoom = zoom;
    }
    const keep = new Set<string>();
    // Large clusters first, so small ones stay on top and clickable.
    items.sort((a, b) => b.count - a.count);
    for (const item of items) {
      const key = item.cluster >= 0 ? `c${item.cluster}` : `p${item.place}`;
      keep.add(key);
      if (this.#markers.has(key)) continue;
      const marker = new this.#Marker([item.lat, item.long], {
        renderer: this.#renderer,
        radius: markerRadius(item.count),
        ...this.#colors(item, palette),
        weight: 1.5,
        opacity: 1,
        // Opaque: the count inside reads at 4.5:1 on every action colour only at full strength
        // (at 88 % the map behind paled the light theme's colours to 3.6–4.2:1).
        fillOpacity: 1,
        bubblingMouseEvents: false,
      });
      marker.item = item;
      marker.label = item.count > 1 ? this.host.formatCount(item.count) : '';
      marker.generation = generation;
      marker.on('click', () => this.host.onClick(marker));
      this.#group.addLayer(marker);
      this.#markers.set(key, marker);
    }
    for (const [key, marker] of this.#markers) {
      if (keep.has(key)) continue;
      this.#group.removeLayer(marker);
      this.#markers.delete(key);
    }
  }

  /** Re-makes the drawn markers' count labels (a new language formats them its way); they show when the canvas repaints. */
  relabel(): void {
    for (const marker of this.#markers.values()) {
      const label = marker.item.count > 1 ? this.host.formatCount(marker.item.count) : '';
      if (label === marker.label) continue;
      marker.label = label;
      marker.redraw();
    }
  }

  /** Re-applies resolved colours (theme change) to the drawn markers, in place. */
  restyle(palette: MapPalette): void {
    for (const marker of this.#markers.values()) marker.setStyle(this.#colors(marker.item, palette));
  }

  #colors(item: ClusterItem, palette: MapPalette): Leaflet.PathOptions {
    return { color: palette.markerStroke, fillColor: palette.slots[this.host.slotOf(item.action)] ?? palette.slots[0] };
  }

  /**
   * The markers drawn inside the visible part of the map, with their positions in the container
   * (markers of older data too, until the data of `generation` is drawn).
   */
  visible(generation: number): VisibleMarker[] {
    const size = this.map.getSize();
    const out: VisibleMarker[] = [];
    for (const [key, marker] of this.#markers) {
      const { x, y } = this.map.latLngToContainerPoint(marker.getLatLng());
      // In view when its centre is within half its radius of the visible part: a pole's marker, at
      // the map's top or bottom edge, which the view comes within a pixel of, is in view.
      const r = marker.getRadius() / 2;
      if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
      out.push({ key, generation: marker.generation, current: marker.generation === generation, item: marker.item, x, y, radius: marker.getRadius() });
    }
    return out;
  }
}
