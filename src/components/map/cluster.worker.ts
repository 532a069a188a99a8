/**
 * The map's cluster worker: builds and queries the supercluster index off the main thread.
 * Started by cluster-client.ts as a module worker.
 */
import { ClusterEngine, type ClusterOpening, type LoadResult } from './cluster-core.js';
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
    const result = engine.run(request);
    if (request.type === 'load') {
      const loaded = result as LoadResult;
      transfer = [loaded.placeOf.buffer, loaded.coords.buffer, loaded.counts.buffer, loaded.first.buffer];
    }
    const places = request.type === 'open' ? (result as ClusterOpening).places : undefined;
    if (places) transfer = [places.buffer];
    response = { id: request.id, ok: true, result };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response, transfer);
});
