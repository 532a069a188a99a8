/**
 * The live channel: Server-Sent Events with replay from the stored live log.
 * Wire format: `retry: 2000` first, then `id: <seq>\nevent: event|notification\ndata: <JSON>\n\n`,
 * and a `: heartbeat` comment every heartbeat interval.
 */
import type { ServerResponse } from 'node:http';
import type { LiveLog, LiveLogRow } from './db.js';

export type LiveKind = LiveLogRow['kind'];

interface Subscriber {
  res: ServerResponse;
  kinds: Set<LiveKind>;
}

function frame(row: LiveLogRow): string {
  return `id: ${row.seq}\nevent: ${row.kind}\ndata: ${row.data}\n\n`;
}

/** Fans live items out to every open stream and replays missed ones on reconnect. */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly log: LiveLog,
    heartbeatMs: number,
  ) {
    this.timer = setInterval(() => this.broadcastRaw(': heartbeat\n\n'), heartbeatMs);
    this.timer.unref();
  }

  /** Starts a stream: headers, retry hint, replay of everything after `lastEventId`, then live items. */
  open(res: ServerResponse, kinds: Set<LiveKind>, lastEventId: number | null): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    if (lastEventId !== null) {
      for (const row of this.log.after(lastEventId)) if (kinds.has(row.kind)) res.write(frame(row));
    }
    const sub = { res, kinds };
    this.subscribers.add(sub);
    res.on('close', () => this.subscribers.delete(sub));
  }

  /** Stores a live item in the log and pushes it to matching streams; returns its id. */
  publish(kind: LiveKind, data: unknown): number {
    const text = JSON.stringify(data);
    const seq = this.log.append(kind, text);
    const message = frame({ seq, kind, data: text });
    for (const sub of this.subscribers) if (sub.kinds.has(kind)) sub.res.write(message);
    return seq;
  }

  private broadcastRaw(text: string): void {
    for (const sub of this.subscribers) sub.res.write(text);
  }

  /** Cuts every open stream without a clean end (a dropped connection); returns how many. */
  dropStreams(): number {
    const count = this.subscribers.size;
    for (const sub of this.subscribers) sub.res.destroy();
    this.subscribers.clear();
    return count;
  }

  /** Ends every stream and stops the heartbeat. */
  close(): void {
    clearInterval(this.timer);
    for (const sub of this.subscribers) sub.res.end();
    this.subscribers.clear();
  }
}
