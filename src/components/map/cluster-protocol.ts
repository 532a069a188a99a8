/** Messages between the map and its cluster worker. */
import type { ClusterItem } from './cluster-core.js';
import type { PlacePoints } from './locations.js';

export type ClusterRequest =
  | { id: number; type: 'load'; points: PlacePoints }
  | { id: number; type: 'query'; bbox: [number, number, number, number]; zoom: number }
  | { id: number; type: 'expansionZoom'; cluster: number }
  | { id: number; type: 'leaves'; cluster: number; limit: number };

export type ClusterResponse =
  | { id: number; ok: true; result: number | number[] | ClusterItem[] }
  | { id: number; ok: false; error: string };
