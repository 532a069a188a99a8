/**
 * What route modules and the control API work with: the stores, the live machinery and the
 * server's clock.
 */
import type { EventStore } from './event-store.js';
import type { World } from './gen/world.js';
import type { LiveSource } from './live.js';
import type { NotificationStore } from './notification-store.js';
import type { LiveHub } from './sse.js';

export interface Services {
  events: EventStore;
  notifications: NotificationStore;
  hub: LiveHub;
  live: LiveSource;
  world: World;
  /** The server's clock: starts at `--now` and advances in real time (ms). */
  clock: () => number;
}

/** Matches a UUID with or without dashes. */
export const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** Lower-case dashed form of a UUID string matched by `UUID`. */
export function normalUuid(s: string): string {
  const h = s.replace(/-/g, '').toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
