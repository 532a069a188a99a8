/**
 * Live notifications for the client the bell builds from `api`: the behaviour of the shared
 * strategies in `src/client/live.ts` and `poll.ts` (and the same tests run against both), written
 * for notifications only so the script-tag bundle stays small:
 *
 * - SSE read through fetch (`/events/stream/`), reconnecting 1 s doubling to 30 s (±25 %; from 1 s
 *   again once a stream stayed open 5 s) and
 *   resuming with `Last-Event-ID` (an id no header can carry is ignored); a missing endpoint
 *   (404 / 405 / 501), a first answer that is not `text/event-stream` or a line past 8 MiB falls
 *   back to polling.
 * - authentik's websocket (`/ws/client/`, `notification.new`): live.ts's `wsStrategy` itself
 *   (already notification-only), falling back to polling when it never opens; reconnects wait by
 *   live.ts's `reconnectWait`.
 * - Polling: live.ts's `pollStrategy` (every `pollIntervalMs`, conditional GET in the transport,
 *   backing off ×2 per failure up to 5 minutes, paused while the tab is hidden, at once when it is
 *   shown or back online) over poll.ts's `watermark`, which outlives reconnects; a tick after a
 *   long gap pages through everything new as poll.ts's does (`notificationsSince`: 1 request
 *   when fewer than 50 are new or in its `LOOKBACK_MS` window, at most 10; one visible only after
 *   a newer one was listed is still new within that window); each tick says `polling` when done,
 *   with `missed` past that.
 * - One connection per client (live.ts's `fanOut` to every subscriber, its `autoStrategy` for the
 *   fallback), shared across tabs with `shareAcrossTabs` under the same channel name as
 *   `createAuthentikNotificationClient`.
 */
import type { AuthentikLiveOptions } from '../../client/adapters/authentik-notifications.js';
import { EventsAuthError, isAbortError } from '../../client/errors.js';
import { HEALTHY_MS, LiveUnsupportedError, MAX_LINE, type LiveStrategy, autoStrategy, fanOut, isEventStream, pollStrategy, reconnectWait, sendableId, statusMessage, wsStrategy } from '../../client/live.js';
import { notificationsSince, watermark } from '../../client/poll.js';
import { defaultWebsocketUrl, liveChannelName, shareAcrossTabs } from '../../client/shared-live.js';
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
      const done = new AbortController();
      try {
        const r = await d.fetch(d.url('/events/stream/'), {
          headers: { accept: 'text/event-stream', ...(id ? { 'last-event-id': id } : {}) },
          credentials: d.credentials,
          signal,
          cache: 'no-store',
        });
        // A 200 that is not an event stream (a login page, JSON) is no stream: polling at first, else a failed attempt.
        const ok = r.ok && isEventStream(r);
        if (!ok) void r.body?.cancel();
        if (!opened && ([404, 405, 501].includes(r.status) || (r.ok && !ok))) throw new LiveUnsupportedError();
        if (r.status === 401 || r.status === 403) throw new EventsAuthError(r.status, '');
        if (ok && r.body) {
          opened = true;
          emit(statusMessage('open'));
          // Healthy once open 5 s: only then reconnects start from 1 s again (one closing at once keeps backing off).
          d.sleep(HEALTHY_MS, done.signal).then(() => (failures = 0), () => 0);
          const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
          // The pieces of a line not ended yet: only each new chunk is split, so a long line costs what its length does.
          const rest: string[] = [];
          let size = 0;
          // A CR ending a chunk has ended its line; a LF starting the next chunk is the rest of that CRLF, not a blank line.
          // Behind an empty comment line (`:`) put before that chunk, that LF (or any other line end) only ends the comment.
          let before = '';
          let event = '';
          let data: string[] = [];
          // An `id:` waits here until its message is dispatched: a message cut off before its blank line names no resume point.
          let next = id;
          for (let chunk; !(chunk = await reader.read()).done; ) {
            const lines = (before + chunk.value).split(/\r\n|\r|\n/);
            before = chunk.value.endsWith('\r') ? ':\r' : '';
            const last = lines.pop()!;
            if (lines.length) lines[0] = rest.splice(0).join('') + lines[0];
            rest.push(last);
            // A line past `MAX_LINE` is not buffered on: polling takes over.
            if ((size = (lines.length ? 0 : size) + last.length) > MAX_LINE) {
              void reader.cancel();
              throw new LiveUnsupportedError();
            }
            for (const line of lines) {
              // `field: value` (one space after the colon dropped), or a bare field name.
              const [, field, value] = /^([^:]*):? ?([^]*)/.exec(line) as unknown as [string, string, string];
              if (line) {
                if (field === 'data') data.push(value);
                else if (field === 'event') event = value;
                else if (field === 'id' && sendableId(value)) next = value;
                continue;
              }
              id = next;
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
      done.abort();
      if (!(await reconnectWait(++failures, d, emit, signal))) return;
    }
  };
}

/** `subscribe` of the bell's client: one connection for every subscriber (and tab), per `options.live`. */
export function bellLive(d: LiveDeps, options: AuthentikLiveOptions, list: NotificationClient['listNotifications']): NotificationClient['subscribe'] {
  const mode = options.live ?? 'auto';
  const seen = watermark<EventNotification>();
  const polling = pollStrategy(async (emit, signal) => {
    const { fresh, missed } = await notificationsSince(seen, list, signal);
    for (const n of fresh) emit({ type: 'notification', notification: n });
    // After every tick, as poll.ts's: the feed knows the first one (the baseline) is in.
    emit({ type: 'status', status: 'polling', missed });
  }, { ...d, intervalMs: options.pollIntervalMs ?? 30_000 });
  const first = mode === 'websocket' ? wsStrategy(options.websocketUrl ?? defaultWebsocketUrl(d.baseUrl), d) : sse(d);
  let strategy: LiveStrategy = mode === 'none' ? async () => undefined : mode === 'poll' ? polling : mode === 'sse' ? first : autoStrategy(first, polling);
  const share = options.shareLive ?? true;
  if (share && mode !== 'none') strategy = shareAcrossTabs(typeof share === 'string' ? share : liveChannelName(mode, 'notification', d.baseUrl), strategy);

  return fanOut(strategy);
}
