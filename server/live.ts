/**
 * Live data: new events (and every tenth one a notification) created continuously at
 * `--live-rate` per second or on demand through `/__control/emit`, stored, logged and pushed.
 */
import type { EventRow, NotificationRow } from './db.js';
import type { EventStore } from './event-store.js';
import { Random } from './gen/random.js';
import type { World } from './gen/world.js';
import { buildEvent, buildNotification, randomAction } from './generate.js';
import type { NotificationStore } from './notification-store.js';
import { toEvent, toNotification } from './serialize.js';
import type { LiveHub } from './sse.js';

export interface LiveDeps {
  events: EventStore;
  notifications: NotificationStore;
  hub: LiveHub;
  world: World;
  /** The server's clock (ms). */
  clock: () => number;
  seed: number;
}

const TICK_MS = 100;

/** Creates live items and publishes them. */
export class LiveSource {
  private readonly random: Random;
  private emitted = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: LiveDeps) {
    this.random = Random.derive(deps.seed, `live:${deps.events.count({})}`);
  }

  /** Creates, stores and publishes one event; every tenth also gets a notification. */
  emitEvent(): EventRow {
    const { events, hub, world, clock } = this.deps;
    const row = events.insert(buildEvent(this.random, world, randomAction(this.random), clock()));
    hub.publish('event', toEvent(row));
    this.emitted += 1;
    if (this.emitted % 10 === 0) this.emitNotification(row);
    return row;
  }

  /**
   * Creates, stores and publishes one unseen notification, linked to `event` or the newest event,
   * stamped `created` (ms; default: the server's clock).
   */
  emitNotification(event?: EventRow, created?: number): NotificationRow {
    const { events, notifications, hub, clock } = this.deps;
    const linked = event ?? (this.random.chance(0.7) ? events.list({}, { column: 'created', desc: true }, 0, 1)[0] : undefined);
    const row = notifications.insert(buildNotification(this.random, linked ?? null, created ?? clock(), false, false));
    hub.publish('notification', toNotification(row, linked));
    return row;
  }

  /** Emits `rate` events per second until `stop()`. */
  start(rate: number): void {
    if (rate <= 0) return;
    let due = 0;
    this.timer = setInterval(() => {
      due += (rate * TICK_MS) / 1000;
      for (; due >= 1; due -= 1) this.emitEvent();
    }, TICK_MS);
    this.timer.unref();
  }

  /** Stops continuous emission. */
  stop(): void {
    clearInterval(this.timer);
  }
}
