/**
 * The cluster engine, shared by the Web Worker and the main-thread fallback: merges events at
 * identical coordinates into places, then builds a supercluster index over the places. Each
 * point carries its event count and per-action counts, so a cluster knows how many events it
 * holds and which action dominates.
 */
import Supercluster from 'supercluster';
import type { ClusterBody } from './cluster-protocol.js';
import { type EventPoints, type MergedPlaces, plottedLat } from './locations.js';

/** One drawn item: a cluster of places, or a single place. */
export interface ClusterItem {
  long: number;
  lat: number;
  /** Events inside. */
  count: number;
  /** Id of the most frequent action (ties: the lower id). */
  action: number;
  /** supercluster id of a cluster, or -1 for a single place. */
  cluster: number;
  /** Place id of a single place, or -1 for a cluster. */
  place: number;
  /** Places inside (1 for a single place). */
  places: number;
  /** The place with the most events inside (a single place: itself); names a cluster. */
  top: number;
}

/** What a click on a cluster needs (`ClusterEngine.open`). */
export interface ClusterOpening {
  /** The zoom at which the cluster splits. */
  zoom: number;
  /** Every place inside, in leaf order, when the cluster cannot split in the view (else undefined). */
  places?: Uint32Array;
}

export interface LoadResult extends MergedPlaces {
  /** Time spent merging and indexing, ms. */
  ms: number;
}

interface PointProps {
  place: number;
}

interface ClusterProps {
  /** events */
  n: number;
  /** action id → events */
  a: Record<number, number>;
  /** The place with the most events (ties: the first one merged). */
  b: number;
  /** Its events. */
  bn: number;
}

/** Leaflet's zoom levels use 256-pixel tiles: with this extent, `radius` is in screen pixels. */
const EXTENT = 256;
export const CLUSTER_RADIUS = 44;
/**
 * Clusters are made up to the map's deepest zoom (`MAX_ZOOM` of map-view.ts): places closer than
 * the radius there stay one cluster, which opens as one popup of all its places. Individual points
 * past it would be thousands of markers stacked on one spot for jittered coordinates (20,000 places
 * in a few centimetres: 20,000 markers and keyboard buttons, a second per pan).
 */
export const CLUSTER_MAX_ZOOM = 18;

function dominant(counts: Record<number, number>): number {
  let best = -1;
  let bestCount = -1;
  for (const key in counts) {
    const count = counts[key]!;
    const id = Number(key);
    if (count > bestCount || (count === bestCount && id < best)) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}

/** Merges identical coordinates: place id per event, and per place its coordinates, count, first event and action counts. */
export function mergePlaces(points: EventPoints): MergedPlaces & { actionCounts: Array<Record<number, number>> } {
  const { coords, actions } = points;
  const n = actions.length;
  const placeOf = new Uint32Array(n);
  const byLatLong = new Map<number, Map<number, number>>();
  const placeCoords: number[] = [];
  const counts: number[] = [];
  const first: number[] = [];
  const actionCounts: Array<Record<number, number>> = [];
  for (let i = 0; i < n; i++) {
    const lat = coords[2 * i]!;
    const long = coords[2 * i + 1]!;
    let byLong = byLatLong.get(lat);
    if (!byLong) byLatLong.set(lat, (byLong = new Map()));
    let place = byLong.get(long);
    if (place === undefined) {
      place = counts.length;
      byLong.set(long, place);
      placeCoords.push(lat, long);
      counts.push(0);
      first.push(i);
      actionCounts.push({});
    }
    placeOf[i] = place;
    counts[place]!++;
    const a = actionCounts[place]!;
    const action = actions[i]!;
    a[action] = (a[action] ?? 0) + 1;
  }
  return { placeOf, coords: Float64Array.from(placeCoords), counts: Uint32Array.from(counts), first: Uint32Array.from(first), actionCounts };
}

export class ClusterEngine {
  #index?: Supercluster<PointProps, ClusterProps>;
  #props: ClusterProps[] = [];

  /** Merges the events into places and builds the index. */
  load(points: EventPoints): LoadResult {
    const started = performance.now();
    const merged = mergePlaces(points);
    const { coords, counts, actionCounts } = merged;
    const places = counts.length;
    const features: Array<Supercluster.PointFeature<PointProps>> = new Array(places);
    const props: ClusterProps[] = new Array(places);
    for (let p = 0; p < places; p++) {
      props[p] = { n: counts[p]!, a: actionCounts[p]!, b: p, bn: counts[p]! };
      // Places are merged by their real coordinates and drawn where the map can show them (a pole at its edge).
      features[p] = { type: 'Feature', properties: { place: p }, geometry: { type: 'Point', coordinates: [coords[2 * p + 1]!, plottedLat(coords[2 * p]!)] } };
    }
    this.#props = props;
    this.#index = new Supercluster<PointProps, ClusterProps>({
      radius: CLUSTER_RADIUS,
      extent: EXTENT,
      // Zoom 0 (a 256 px world) is shown only in a map narrower than 512 px (MapView.#fitWorld).
      minZoom: 0,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ ...props[p.place]!, a: { ...props[p.place]!.a } }),
      reduce: (acc, p) => {
        acc.n += p.n;
        if (p.bn > acc.bn) {
          acc.b = p.b;
          acc.bn = p.bn;
        }
        for (const key in p.a) acc.a[key] = (acc.a[key] ?? 0) + p.a[key]!;
      },
    }).load(features);
    const { placeOf, first } = merged;
    return { placeOf, coords, counts, first, ms: performance.now() - started };
  }

  /** Clusters and places inside `[west, south, east, north]` at a (rounded) zoom. */
  query(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    if (!this.#index) return [];
    const out: ClusterItem[] = [];
    for (const f of this.#index.getClusters(bbox, Math.round(zoom))) {
      const [long, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<Supercluster.ClusterProperties> & Partial<ClusterProps> & Partial<PointProps>;
      if (p.cluster) out.push({ long, lat, count: p.n!, action: dominant(p.a!), cluster: p.cluster_id!, place: -1, places: p.point_count!, top: p.b! });
      else {
        const place = p.place!;
        const own = this.#props[place]!;
        out.push({ long, lat, count: own.n, action: dominant(own.a), cluster: -1, place, places: 1, top: place });
      }
    }
    return out;
  }

  /** The zoom at which a cluster splits. */
  expansionZoom(cluster: number): number {
    return this.#index ? this.#index.getClusterExpansionZoom(cluster) : 0;
  }

  /**
   * A click on a cluster in one round trip: the zoom at which it splits and, when that is past
   * `maxZoom` or not past the view's `viewZoom` (it cannot split there), its places as one typed
   * array (the worker hands its buffer over: no copy, nothing walked on the main thread).
   */
  open(cluster: number, viewZoom: number, maxZoom: number): ClusterOpening {
    const zoom = this.expansionZoom(cluster);
    if (zoom <= maxZoom && zoom > viewZoom) return { zoom };
    const leaves = this.#index ? this.#index.getLeaves(cluster, Infinity) : [];
    const places = new Uint32Array(leaves.length);
    for (let i = 0; i < leaves.length; i++) places[i] = leaves[i]!.properties.place;
    return { zoom, places };
  }

  /** Answers one request of the worker protocol (the worker and the main-thread fallback both use it). */
  run(body: ClusterBody): LoadResult | ClusterItem[] | ClusterOpening | number | number[] {
    switch (body.type) {
      case 'load':
        return this.load(body.points);
      case 'query':
        return this.query(body.bbox, body.zoom);
      case 'expansionZoom':
        return this.expansionZoom(body.cluster);
      case 'leaves':
        return this.leaves(body.cluster, body.limit);
      case 'open':
        return this.open(body.cluster, body.viewZoom, body.maxZoom);
    }
  }

  /** Place ids inside a cluster (up to `limit`). */
  leaves(cluster: number, limit: number): number[] {
    if (!this.#index) return [];
    return this.#index.getLeaves(cluster, limit).map((f) => f.properties.place);
  }
}
