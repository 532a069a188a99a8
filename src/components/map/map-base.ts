/**
 * The base layer of `<ev-map>`'s Leaflet map: the bundled Natural Earth outline (land and
 * borders drawn on one canvas, no network), or the page's tile server when `tile-url` is set.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type * as Leaflet from 'leaflet';
import type { MapPalette } from './colors.js';
import type { LeafletNS } from './leaflet-loader.js';

export class BaseLayer {
  #renderer: Leaflet.Canvas;
  #layer?: Leaflet.Layer;
  #key?: string;
  #world?: Leaflet.GeoJSON;

  constructor(
    readonly L: LeafletNS,
    readonly map: Leaflet.Map,
    readonly palette: () => MapPalette,
    readonly maxZoom: number,
  ) {
    this.map.createPane('evBase').style.zIndex = '250';
    this.#renderer = L.canvas({ pane: 'evBase', padding: 0.1 });
  }

  /** The bundled world outline (no network), or a tile server when `tileUrl` is set. */
  async set(tileUrl: string | undefined, tileOptions: { maxZoom?: number } = {}): Promise<void> {
    const key = tileUrl ?? '';
    if (this.#key === key) return;
    this.#key = key;
    if (this.#layer) this.map.removeLayer(this.#layer);
    this.#layer = undefined;
    if (tileUrl) {
      this.#layer = this.L.tileLayer(tileUrl, { maxZoom: tileOptions.maxZoom ?? this.maxZoom }).addTo(this.map);
      return;
    }
    if (!this.#world) {
      const [{ merge, mesh }, { countries110m }] = await Promise.all([import('topojson-client'), import('../../generated/world-110m.js')]);
      const topology = JSON.parse(countries110m) as Parameters<typeof merge>[0];
      const countries = topology.objects.countries as Parameters<typeof mesh>[1] & { geometries: Parameters<typeof merge>[1] };
      // Land as one shape and the borders between countries as lines: every arc is drawn once.
      const land = merge(topology, countries.geometries);
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
    if (this.#key === '') {
      this.#layer = this.#world.addTo(this.map);
    }
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
