/**
 * The base layer of `<ev-map>`'s Leaflet map: the bundled Natural Earth outline (land and
 * borders drawn on one canvas, no network), or the page's tile server when `tile-url` is set.
 */
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type * as Leaflet from 'leaflet';
import type { MapPalette } from './colors.js';
import type { LeafletNS } from './leaflet-loader.js';

/**
 * A canvas renderer that skips a redraw once removed. Leaflet 1.9 can run a redraw it scheduled
 * after the renderer lost its context (a map removed during a zoom or a data change): an
 * uncaught "Cannot read properties of undefined (reading 'clearRect')" on the page.
 */
export function canvasRenderer(L: LeafletNS, options: Leaflet.RendererOptions & { pane?: string }): Leaflet.Canvas {
  const renderer = L.canvas(options) as Leaflet.Canvas & { _redraw(): void; _ctx?: CanvasRenderingContext2D };
  const redraw = renderer._redraw;
  renderer._redraw = function (this: typeof renderer) {
    if (this._ctx) redraw.call(this);
  };
  return renderer;
}

/**
 * Land that crosses longitude 180 (Russia's Chukotka, Fiji) jumps from 180 to -180 and back in
 * the outline: drawn as is, its edges and fill run across the whole world. Each such ring is made
 * continuous (the part past the antimeridian drawn beyond 180). A ring that goes round the globe
 * (Antarctica) has nothing to unwrap and is left as it is.
 */
export function unwrapAntimeridian(land: MultiPolygon): MultiPolygon {
  const unwrap = (ring: Position[]): Position[] => {
    let shift = 0;
    const out = ring.map(([long, lat], i) => {
      const before = i > 0 ? ring[i - 1]![0]! : long!;
      if (long! - before > 180) shift -= 360;
      else if (before - long! > 180) shift += 360;
      return [long! + shift, lat!];
    });
    if (shift !== 0) return ring;
    // Most of the shape stays on the world's side of 180 (a ring may start on either side).
    const longs = out.map(([long]) => long!);
    const middle = (Math.min(...longs) + Math.max(...longs)) / 2;
    const back = middle > 180 ? -360 : middle < -180 ? 360 : 0;
    return back ? out.map(([long, lat]) => [long! + back, lat!]) : out;
  };
  return { ...land, coordinates: land.coordinates.map((polygon) => polygon.map(unwrap)) };
}

export class BaseLayer {
  #renderer: Leaflet.Canvas;
  #layer?: Leaflet.Layer;
  /** The base asked for last (`''`: the outline). */
  #key?: string;
  /** The base drawn (`#layer`'s key). */
  #drawnKey?: string;
  #world?: Leaflet.GeoJSON;

  constructor(
    readonly L: LeafletNS,
    readonly map: Leaflet.Map,
    readonly palette: () => MapPalette,
    readonly maxZoom: number,
  ) {
    this.map.createPane('evBase').style.zIndex = '250';
    this.#renderer = canvasRenderer(L, { pane: 'evBase', padding: 0.1 });
  }

  /**
   * The bundled world outline (no network), or a tile server when `tileUrl` is set. A layer that
   * fails (the outline's chunk not downloaded; a template Leaflet cannot fill, e.g. `{apikey}`)
   * rejects and leaves the layer drawn before in place; the next `set`, even of the same URL, tries again.
   */
  async set(tileUrl: string | undefined, tileOptions: { maxZoom?: number } = {}): Promise<void> {
    const key = tileUrl ?? '';
    if (this.#key === key) return;
    this.#key = key;
    try {
      const next = tileUrl ? this.L.tileLayer(tileUrl, { maxZoom: tileOptions.maxZoom ?? this.maxZoom }) : await this.#outline();
      // A later `set` came while the outline loaded: its layer is drawn instead.
      if (this.#key !== key) return;
      this.#add(next);
      if (this.#layer) this.map.removeLayer(this.#layer);
      this.#layer = next;
      this.#drawnKey = key;
    } catch (error) {
      if (this.#key === key) this.#key = this.#drawnKey;
      throw error;
    }
  }

  /**
   * Adds a layer to the map. Leaflet fills a tile layer's template while adding it and throws on a
   * placeholder it has no value for, leaving the layer half-added (it would throw on every move): it is removed.
   */
  #add(layer: Leaflet.Layer): void {
    try {
      layer.addTo(this.map);
    } catch (error) {
      this.map.removeLayer(layer);
      throw error;
    }
  }

  async #outline(): Promise<Leaflet.GeoJSON> {
    if (!this.#world) {
      const [{ merge, mesh }, { countries110m }] = await Promise.all([import('topojson-client'), import('../../generated/world-110m.js')]);
      const topology = JSON.parse(countries110m) as Parameters<typeof merge>[0];
      const countries = topology.objects.countries as Parameters<typeof mesh>[1] & { geometries: Parameters<typeof merge>[1] };
      // Land as one shape and the borders between countries as lines: every arc is drawn once.
      const land = unwrapAntimeridian(merge(topology, countries.geometries));
      const borders = mesh(topology, countries, (a, b) => a !== b);
      // Each path receives the layer's options: `renderer` puts them all on one canvas.
      const options = { renderer: this.#renderer, interactive: false, smoothFactor: 1.5, style: (f?: Feature) => this.#style(f) };
      this.#world = this.L.geoJSON(
        {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: { kind: 'land' }, geometry: land },
            { type: 'Feature', properties: { kind: 'borders' }, geometry: borders },
          ],
        } as FeatureCollection,
        options as Leaflet.GeoJSONOptions,
      );
    }
    return this.#world;
  }

  /** Re-applies the resolved colours (theme change). */
  restyle(): void {
    this.#world?.setStyle((f) => this.#style(f));
  }

  #style(feature?: Feature): Leaflet.PathOptions {
    const p = this.palette();
    return feature?.properties?.kind === 'borders'
      ? { color: p.border, weight: 0.5, opacity: 0.8, fill: false }
      : { color: p.border, weight: 0.7, fillColor: p.land, fillOpacity: 1, opacity: 1 };
  }
}
