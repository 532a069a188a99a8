/** The events client: typed domain model, errors, adapters. No DOM, no Lit; runs in Node too. */
export * from './errors.js';
export type * from './types.js';
export { KNOWN_ACTIONS, CUSTOM_ACTION_PREFIX, type KnownAction } from './actions.js';
export { createAuthentikClient, type AuthentikClientOptions, type LiveMode } from './adapters/authentik.js';
export { createAuthentikNotificationClient, type AuthentikNotificationClientOptions } from './adapters/authentik-notifications.js';
export { shareAcrossTabs } from './shared-live.js';
export { createMappedClient, type MappedClientMapping } from './adapters/mapped.js';
export type { FieldMap, FieldSpec, ListMapping, ParamSpec, Paging, ValueFormat } from './adapters/mapping.js';
export { createMemoryClient, type MemoryClient, type MemoryClientOptions } from './adapters/memory.js';
export { filterToParams, paramsToFilter, queryToParams, filterKey } from './query.js';
export { eventLatLng, inArea, isValidArea } from './geo.js';
export { zeroFill, chooseBucketMs, bucketStart, AUTHENTIK_BUCKET_MS } from './volume.js';
export type { TokenSource, TransportOptions } from './transport.js';
