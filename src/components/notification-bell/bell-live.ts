/**
 * Live notifications for the client the bell builds from `api`: the behaviour of the shared
 * strategies in `src/client/live.ts` and `poll.ts` (and the same tests run against both), written
 * for notifications only so the script-tag bundle stays small:
 *
 * - SSE read through fetch (`/events/stream/`), reconnecting 1 s doubling to 30 s (±25 %) and
 *   resuming with `Last-Event-ID`; a missing endpoint (404 / 405 / 501) falls back to polling.
 * - authentik's websocket (`/ws/client/`, `notification.new`): live.ts's `wsStrategy` itself
 *   (already notification-only), falling back to polling when it never opens; reconnects wait by
 *   live.ts's `reconnectWait`.
 * - Polling every `pollIntervalMs` (conditional GET in the transport), backing off ×2 per failure
 *   up to 5 minutes, paused while the tab is hidden, at once when it is shown or back online.
 * - One connection per client (live.ts's `fanOut` to every subscriber, its `autoStrategy` for the
 *   fallback), shared across tabs with `shareAcrossTabs` under the same channel name as
 *   `createAuthentikNotificationClient`.
 */
import type { AuthentikLiveOptions } from '../../client/adapters/authentik-notifications.js';
import { EventsApiError, EventsAuthError, isAbortError } from '../../client/errors.js';
import { LiveUnsupportedError, type LiveStrategy, autoStrategy, fanOut, reconnectWait, statusMessage, wsStrategy } from '../../client/live.js';
import { defaultWebsocketUrl, isHidden, liveChannelName, shareAcrossTabs } from '../../client/shared-live.js';
import type { EventNotification, NotificationClient } from '../../client/types.js';
import { notification } from '../../client/validate.js';

export interface LiveDeps {
  baseUrl: string;
  url: (path: string) => string;
  fetch: typeof fetch;
  credentials: RequestCredentials;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

function sse(d: LiveDeps): LiveStrategy {
  return async (emit, signal) => {
    let id = '';
    for (let failures = 0, opened = false; !signal.aborted; ) {
      emit(statusMessage('connecting'));
      try {
        const r = await d.fetch(d.url('/events/stream/'), {
          headers: { accept: 'text/event-stream', ...(id ? { 'last-event-id': id } : {}) },
          credentials: d.credentials,
          signal,
          cache: 'no-store',
        });
        if (!opened && [404, 405, 501].includes(r.status)) throw new LiveUnsupportedError();
        if (r.status === 401 || r.status === 403) throw new EventsAuthError(r.status, '');
        if (r.ok && r.body) {
          opened = true;
          failures = 0;
          emit(statusMessage('open'));
          const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
          let rest = '';
          let event = '';
          let data: string[] = [];
          for (let chunk; !(chunk = await reader.read()).done; ) {
            const lines = (rest + chunk.value).split(/\r\n|\r|\n/);
            rest = lines.pop()!;
            for (const line of lines) {
              // `field: value` (one space after the colon dropped), or a bare field name.
              const [, field, value] = /^([^:]*):? ?([^]*)/.exec(line) as unknown as [string, string, string];
              if (line) {
                if (field === 'data') data.push(value);
                else if (field === 'event') event = value;
                else if (field === 'id' && !value.includes('\0')) id = value;
                continue;
              }
              // A blank line dispatches; malformed payloads are skipped, never thrown into the page.
              try {
                if (event === 'notification' && data.length) emit({ type: 'notification', notification: notification(JSON.parse(data.join('\n')), '$'), id });
              } catch {
                /* skipped */
              }
              event = '';
              data = [];
            }
          }
        }
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        if (error instanceof LiveUnsupportedError || error instanceof EventsAuthError) throw error;
      }
      if (!(await reconnectWait(++failures, d, emit, signal))) return;
    }
  };
}

/** Waits `ms` (if any), then until the tab is visible; cut short when the tab is shown or the browser comes online. */
async function pause(ms: number, d: LiveDeps, signal: AbortSignal): Promise<void> {
  const wake = new AbortController();
  // Aborted by the caller, by a wake-up, or when the pause ends: the listeners go with it.
  const woken = AbortSignal.any([signal, wake.signal]);
  const onWake = () => isHidden() || wake.abort();
  addEventListener('online', onWake, { signal: woken });
  document.addEventListener('visibilitychange', onWake, { signal: woken });
  if (ms) await d.sleep(ms, woken).catch(() => undefined);
  if (isHidden() && !woken.aborted) await new Promise((resolve) => woken.addEventListener('abort', resolve));
  wake.abort();
}

/**
 * Polling. The first answer sets a watermark (newest `created` and the pks at that instant);
 * later answers emit what is newer, oldest first. The watermark outlives reconnects.
 */
function poll(list: NotificationClient['listNotifications'], intervalMs: number, d: LiveDeps): LiveStrategy {
  let newest = -Infinity;
  let atNewest = new Set<string>();
  let started = false;
  return async (emit, signal) => {
    emit(statusMessage('polling'));
    for (let failures = 0, wait = 0; !signal.aborted; ) {
      await pause(wait, d, signal);
      if (signal.aborted) return;
      try {
        const ms = (n: EventNotification) => Date.parse(n.created);
        const fresh = (await list({ ordering: '-created', pageSize: 50 }, { signal })).items
          .filter((n) => ms(n) > newest || (ms(n) === newest && !atNewest.has(n.pk)))
          .sort((a, b) => ms(a) - ms(b));
        for (const n of fresh) {
          if (ms(n) > newest) [newest, atNewest] = [ms(n), new Set()];
          if (ms(n) === newest) atNewest.add(n.pk);
          if (started) emit({ type: 'notification', notification: n });
        }
        started = true;
        if (failures) emit(statusMessage('polling'));
        failures = 0;
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        if (error instanceof EventsAuthError) throw error;
        failures++;
        if (error instanceof EventsApiError) emit(statusMessage('offline'));
      }
      wait = Math.min(intervalMs * 2 ** failures * (failures ? 0.75 + 0.5 * d.random() : 1), 300_000);
    }
  };
}

/** `subscribe` of the bell's client: one connection for every subscriber (and tab), per `options.live`. */
export function bellLive(d: LiveDeps, options: AuthentikLiveOptions, list: NotificationClient['listNotifications']): NotificationClient['subscribe'] {
  const mode = options.live ?? 'auto';
  const polling = poll(list, options.pollIntervalMs ?? 30_000, d);
  const first = mode === 'websocket' ? wsStrategy(options.websocketUrl ?? defaultWebsocketUrl(d.baseUrl), d) : sse(d);
  let strategy: LiveStrategy = mode === 'none' ? async () => undefined : mode === 'poll' ? polling : mode === 'sse' ? first : autoStrategy(first, polling);
  const share = options.shareLive ?? true;
  if (share && mode !== 'none') strategy = shareAcrossTabs(typeof share === 'string' ? share : liveChannelName(mode, 'notification', d.baseUrl), strategy);

  return fanOut(strategy);
}
