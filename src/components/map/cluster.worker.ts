/**
 * The map's cluster worker: builds and queries the supercluster index off the main thread.
 * Started by cluster-client.ts as a module worker.
 */
import { ClusterEngine } from './cluster-core.js';
import type { ClusterRequest, ClusterResponse } from './cluster-protocol.js';

const engine = new ClusterEngine();
/** The worker scope, typed without the webworker lib (which clashes with the DOM lib). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (message: MessageEvent<ClusterRequest>) => void): void;
  postMessage(message: ClusterResponse, transfer?: Transferable[]): void;
};

scope.addEventListener('message', (message: MessageEvent<ClusterRequest>) => {
  const request = message.data;
  let response: ClusterResponse;
  let transfer: Transferable[] = [];
  try {
    switch (request.type) {
      case 'load': {
        const result = engine.load(request.points);
        transfer = [result.placeOf.buffer, result.coords.buffer, result.counts.buffer, result.first.buffer];
        response = { id: request.id, ok: true, result };
        break;
      }
      case 'query':
        response = { id: request.id, ok: true, result: engine.query(request.bbox, request.zoom) };
        break;
      case 'expansionZoom':
        response = { id: request.id, ok: true, result: engine.expansionZoom(request.cluster) };
        break;
      case 'leaves':
        response = { id: request.id, ok: true, result: engine.leaves(request.cluster, request.limit) };
        break;
    }
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response, transfer);
});
