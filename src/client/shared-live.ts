/**
 * One live connection for every tab of an origin. The tab holding the Web Lock `name` runs the
 * real strategy (SSE, websocket or polling) and relays every message on a BroadcastChannel of
 * the same name; the other tabs queue for the lock and replay what they hear. When the leader
 * closes (or its last subscriber leaves) the lock passes to the next tab, which connects and
 * reports `connecting` → `open`, so subscribers catch up on what they missed. A visible tab
 * takes the lock over from a hidden leader (`steal`), so polling, which pauses in hidden tabs,
 * only pauses when every tab is hidden.
 *
 * Without Web Locks or BroadcastChannel (Node, old browsers) the strategy runs unshared.
 */
import { type LiveStrategy, isHidden, statusMessage } from './live.js';
import type { LiveMessage } from './types.js';

const doc = () => globalThis.document as Document | undefined;

/** What travels on the channel: a relayed message, the leader's visibility, a newcomer's hello. */
interface Relay {
  m?: LiveMessage;
  /** The leader's tab is hidden. */
  h?: boolean;
  hello?: 1;
}


/**
 * The cross-tab channel of a live connection. Clients that would open the same stream (same
 * mode, kinds, API root and credentials key) get the same name, so they share one connection:
 * the general client and the bell's own small one included.
 */
export function liveChannelName(mode: string, kinds: string, apiRoot: string, credentialsKey = ''): string {
  return `ev-live|${mode}|${kinds}|${apiRoot.replace(/\/+$/, '')}/|${credentialsKey}`;
}

/** authentik's websocket for an API root (`/ws/client/` on its origin). */
export function defaultWebsocketUrl(apiRoot: string): string {
  return new URL('/ws/client/', new URL(apiRoot, globalThis.location?.href)).href;
}

/**
 * `strategy`, run once for every tab of this origin that uses the channel `name` (see the module
 * doc). An `emit` that throws on a status this sends (`connecting`) or a message it relays from
 * another tab ends it with that error, the channel closed and the lock left; a throw on the
 * leader's own messages reaches `strategy`, which ends or carries on as it does with any throw.
 */
export function shareAcrossTabs(name: string, strategy: LiveStrategy): LiveStrategy {
  const locks = globalThis.navigator?.locks;
  if (!locks || !globalThis.BroadcastChannel) return strategy;
  return (emit, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return resolve();
      // Before anything is opened: an emit that throws rejects with nothing left behind.
      emit(statusMessage('connecting'));
      const channel = new BroadcastChannel(name);
      let round: AbortController | undefined;
      let leading = false;
      let leaderHidden = false;
      let status: LiveMessage | undefined;
      const post = (relay: Relay) => channel.postMessage(relay);

      const finish = (error?: unknown) => {
        round?.abort();
        round = undefined;
        channel.close();
        doc()?.removeEventListener('visibilitychange', onVisibility);
        if (error === undefined) resolve();
        else reject(error);
      };

      /** Queues for the lock (or takes it from a hidden leader); leads while holding it. */
      const join = (steal = false) => {
        round?.abort();
        const mine = (round = new AbortController());
        leading = false;
        locks
          .request(name, steal ? { steal } : { signal: mine.signal }, async () => {
            if (mine !== round) return;
            leading = true;
            // A new connection: subscribers treat it as a reconnect and catch up.
            emit(statusMessage('connecting'));
            post({ h: isHidden() });
            await strategy((message) => {
              if (mine !== round) return;
              if (message.type === 'status') status = message;
              emit(message);
              post({ m: message });
            }, mine.signal);
          })
          .then(
            () => mine === round && finish(),
            (error: unknown) => {
              if (mine !== round) return;
              if (signal.aborted) finish();
              // Our lock was stolen by a visible tab: stop, and queue again as a follower.
              else if ((error as Error)?.name === 'AbortError') join();
              else finish(error);
            },
          );
      };

      const onVisibility = () => {
        if (leading) post({ h: isHidden() });
        else if (leaderHidden && !isHidden()) join(true);
      };

      channel.onmessage = ({ data }: MessageEvent<Relay>) => {
        if (leading) {
          // `m` may be undefined (no status yet): receivers only relay a message that is there.
          if (data.hello) post({ h: isHidden(), m: status });
          return;
        }
        try {
          if (data.m) emit(data.m);
        } catch (error) {
          // The caller's emit threw: the strategy ends with its error, and closes the channel and leaves the lock queue.
          return finish(error);
        }
        if (data.h !== undefined) {
          leaderHidden = data.h;
          if (leaderHidden && !isHidden()) join(true);
        }
      };

      signal.addEventListener('abort', () => finish(), { once: true });
      doc()?.addEventListener('visibilitychange', onVisibility);
      post({ hello: 1 });
      join();
    });
}
