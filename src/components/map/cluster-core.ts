/**
 * The cluster index (supercluster) over places, shared by the Web Worker and the main-thread
 * fallback. Each point carries its event count and per-action counts, so a cluster knows how
 * many events it holds and which action dominates.
 */
import Supercluster from 'supercluster';
import type { PlacePoints } from './locations.js';

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
}

interface PointProps {
  place: number;
}

interface ClusterProps {
  /** events */
  n: number;
  /** action id → events */
  a: Record<number, number>;
}

/** Leaflet's zoom levels use 256-pixel tiles: with this extent, `radius` is in screen pixels. */
const EXTENT = 256;
export const CLUSTER_RADIUS = 44;
export const CLUSTER_MAX_ZOOM = 16;

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

export class ClusterEngine {
  #index?: Supercluster<PointProps, ClusterProps>;
  #props: ClusterProps[] = [];

  /** Builds the index; returns the build time in ms. */
  load(points: PlacePoints): number {
    const started = performance.now();
    const { coords, offsets, pairs } = points;
    const n = offsets.length - 1;
    const features: Array<Supercluster.PointFeature<PointProps>> = new Array(n);
    const props: ClusterProps[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const a: Record<number, number> = {};
      let total = 0;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        a[pairs[2 * k]!] = pairs[2 * k + 1]!;
        total += pairs[2 * k + 1]!;
      }
      props[i] = { n: total, a };
      features[i] = { type: 'Feature', properties: { place: i }, geometry: { type: 'Point', coordinates: [coords[2 * i]!, coords[2 * i + 1]!] } };
    }
    this.#props = props;
    this.#index = new Supercluster<PointProps, ClusterProps>({
      radius: CLUSTER_RADIUS,
      extent: EXTENT,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ n: props[p.place]!.n, a: { ...props[p.place]!.a } }),
      reduce: (acc, p) => {
        acc.n += p.n;
        for (const key in p.a) acc.a[key] = (acc.a[key] ?? 0) + p.a[key]!;
      },
    }).load(features);
    return performance.now() - started;
  }

  /** Clusters and places inside `[west, south, east, north]` at a (rounded) zoom. */
  query(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    if (!this.#index) return [];
    const out: ClusterItem[] = [];
    for (const f of this.#index.getClusters(bbox, Math.round(zoom))) {
      const [long, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties as Partial<Supercluster.ClusterProperties> & Partial<ClusterProps> & Partial<PointProps>;
      if (p.cluster) out.push({ long, lat, count: p.n!, action: dominant(p.a!), cluster: p.cluster_id!, place: -1 });
      else {
        const place = p.place!;
        const own = this.#props[place]!;
        out.push({ long, lat, count: own.n, action: dominant(own.a), cluster: -1, place });
      }
    }
    return out;
  }

  /** The zoom at which a cluster splits. */
  expansionZoom(cluster: number): number {
    return this.#index ? this.#index.getClusterExpansionZoom(cluster) : 0;
  }

  /** Place ids inside a cluster (up to `limit`). */
  leaves(cluster: number, limit: number): number[] {
    if (!this.#index) return [];
    return this.#index.getLeaves(cluster, limit).map((f) => f.properties.place);
  }
}
