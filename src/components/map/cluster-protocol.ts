/** Messages between the map and its cluster worker. */
import type { ClusterItem, ClusterOpening, LoadResult } from './cluster-core.js';
import type { EventPoints } from './locations.js';

export type ClusterRequest =
  | { id: number; type: 'load'; points: EventPoints }
  | { id: number; type: 'query'; bbox: [number, number, number, number]; zoom: number }
  | { id: number; type: 'expansionZoom'; cluster: number }
  | { id: number; type: 'leaves'; cluster: number; limit: number }
  | { id: number; type: 'open'; cluster: number; viewZoom: number; maxZoom: number };

/** A request without its id: what the engine answers. */
export type ClusterBody = ClusterRequest extends infer R ? (R extends ClusterRequest ? Omit<R, 'id'> : never) : never;

export type ClusterResponse =
  | { id: number; ok: true; result: number | number[] | ClusterItem[] | ClusterOpening | LoadResult }
  | { id: number; ok: false; error: string };
