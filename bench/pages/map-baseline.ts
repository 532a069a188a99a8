// Baseline for <ev-map>: plain Leaflet markers, one DivIcon marker per event, as a map without
// clustering would draw them. Same container size, same events, same moves.
import type * as Leaflet from 'leaflet';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { leafletCss } from '../../src/generated/leaflet-css.js';
import { eventLatLng } from '../../src/client/geo.js';
import type { EventRecord } from '../../src/client/types.js';

/** After the next frame is painted (rAF runs before style, layout and paint; the timeout after). */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The moves every map is measured on (alternating zooms and pans): `<ev-map>` and both baselines. */
export const MOVES: ReadonlyArray<[[number, number], number]> = [
  [[20, 0], 3], [[20, 0], 4], [[25, 10], 4], [[25, 20], 4], [[25, 20], 5], [[30, 30], 5], [[30, 30], 3], [[20, 0], 2], [[10, -20], 3], [[10, -30], 3],
];

/**
 * Adds `layer` to `map` and measures it: build time (from `t0` until the next painted frame),
 * then, after 1.5 s to settle, the second of two passes over MOVES; DOM nodes; removes the map.
 */
async function measure(map: Leaflet.Map, container: HTMLElement, layer: Leaflet.Layer, t0: number): Promise<{ build: number; redraw: number[]; nodes: number }> {
  layer.addTo(map);
  await frame();
  const build = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const redraw: number[] = [];
  // Two passes, the second measured (as for <ev-map>).
  for (const pass of [0, 1]) {
    for (const [center, zoom] of MOVES) {
      const start = performance.now();
      map.setView(center, zoom, { animate: false });
      await frame();
      if (pass === 1) redraw.push(performance.now() - start);
    }
  }
  const nodes = container.getElementsByTagName('*').length;
  map.remove();
  return { build, redraw, nodes };
}

export async function plainMarkersBaseline(container: HTMLElement, events: readonly EventRecord[]): Promise<{ build: number; redraw: number[]; nodes: number }> {
  const style = document.createElement('style');
  style.textContent = `${leafletCss} .plain { background: #cf222e; border-radius: 50%; }`;
  document.head.append(style);
  const map: Leaflet.Map = L.map(container, { zoomControl: false, attributionControl: false, fadeAnimation: false }).setView([20, 0], 2);
  const t0 = performance.now();
  const icon = L.divIcon({ className: 'plain', iconSize: [10, 10] });
  const group = L.layerGroup();
  for (const event of events) {
    const at = eventLatLng(event);
    if (at) group.addLayer(L.marker(at, { icon }));
  }
  return measure(map, container, group, t0);
}

/**
 * Leaflet.markercluster 1.5.3 (the named baseline): one marker per event in a
 * MarkerClusterGroup, default options. It is a UMD plugin that extends a global `L`.
 */
export async function markerClusterBaseline(container: HTMLElement, events: readonly EventRecord[]): Promise<{ build: number; redraw: number[]; nodes: number }> {
  const global = window as unknown as { L?: Record<string, unknown> };
  global.L = { ...L };
  // CSS through Vite (the bench is built with Vite only)
  await import('leaflet.markercluster/dist/MarkerCluster.css');
  await import('leaflet.markercluster/dist/MarkerCluster.Default.css');
  // @ts-expect-error -- a UMD script without types; it registers L.markerClusterGroup
  await import('leaflet.markercluster/dist/leaflet.markercluster-src.js');
  const LC = global.L as unknown as typeof L & { markerClusterGroup: (options?: object) => Leaflet.FeatureGroup & { addLayers(layers: Leaflet.Layer[]): void } };
  const map: Leaflet.Map = LC.map(container, { zoomControl: false, attributionControl: false, fadeAnimation: false, maxZoom: 18 }).setView([20, 0], 2);
  const markers: Leaflet.Marker[] = [];
  for (const event of events) {
    const at = eventLatLng(event);
    if (at) markers.push(LC.marker(at));
  }
  const group = LC.markerClusterGroup({ animate: false });
  const t0 = performance.now();
  group.addLayers(markers);
  const result = await measure(map, container, group, t0);
  delete global.L;
  return result;
}
