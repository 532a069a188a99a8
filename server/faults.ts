/**
 * Fault injection: per-request `X-Ev-Fault` headers, a FIFO queue filled through the control
 * API, and random faults from the CLI rates. A fault can delay, drop the connection, answer
 * with an error status (and Retry-After), or send a malformed body.
 */
import { Random } from './gen/random.js';
import { MALFORMED_KINDS, malformedKind } from './malformed.js';

export interface Fault {
  status?: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** A malformed kind name (see `MALFORMED_KINDS`). */
  malformed?: string;
  /** Destroy the socket without answering. */
  drop?: boolean;
  delayMs?: number;
}

export interface FaultMatch {
  method?: string;
  /** Path prefix, e.g. `/api/v3/events/events/`. */
  path?: string;
}

/** Thrown for an unusable fault description; the message says why. */
export class FaultError extends Error {}

function number(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new FaultError(`${name} must be an integer between ${min} and ${max}`);
  }
  return n;
}

/** Checks a fault object (from JSON or a parsed header) and returns a clean copy. */
export function checkFault(input: unknown): Fault {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new FaultError('fault must be an object');
  const f = input as Record<string, unknown>;
  const out: Fault = {};
  for (const key of Object.keys(f)) {
    if (!['status', 'retryAfter', 'malformed', 'drop', 'delayMs'].includes(key)) throw new FaultError(`unknown fault field "${key}"`);
  }
  if (f.status !== undefined) out.status = number('status', String(f.status), 100, 599);
  if (f.retryAfter !== undefined) out.retryAfter = number('retryAfter', String(f.retryAfter), 0, 86400);
  if (f.delayMs !== undefined) out.delayMs = number('delayMs', String(f.delayMs), 0, 600_000);
  if (f.drop !== undefined) {
    if (typeof f.drop !== 'boolean') throw new FaultError('drop must be a boolean');
    out.drop = f.drop;
  }
  if (f.malformed !== undefined) {
    if (typeof f.malformed !== 'string' || !malformedKind(f.malformed)) throw new FaultError(`unknown malformed kind "${String(f.malformed)}"`);
    out.malformed = f.malformed;
  }
  return out;
}

/**
 * Parses `X-Ev-Fault`: `;`-separated directives `status=503`, `retry-after=2`,
 * `malformed=<kind>`, `drop`, `delay=5000`.
 */
export function parseFaultHeader(header: string): Fault {
  const fault: Record<string, unknown> = {};
  for (const part of header.split(/[;,]/)) {
    const [rawName, ...rest] = part.split('=');
    const name = (rawName ?? '').trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === '') continue;
    if (name === 'drop') fault.drop = true;
    else if (name === 'status') fault.status = value;
    else if (name === 'retry-after') fault.retryAfter = value;
    else if (name === 'malformed') fault.malformed = value;
    else if (name === 'delay') fault.delayMs = value;
    else throw new FaultError(`unknown X-Ev-Fault directive "${name}"`);
  }
  return checkFault(fault);
}

interface Queued {
  match: FaultMatch;
  fault: Fault;
  /** Remaining uses; -1 = until cleared. */
  times: number;
}

/** Faults queued through `POST /__control/faults`, consumed first-in first-out by matching requests. */
export class FaultQueue {
  private items: Queued[] = [];

  /** Queues a fault for the next `times` matching requests (-1: until cleared). */
  add(match: FaultMatch, fault: Fault, times = 1): void {
    this.items.push({ match, fault, times });
  }

  /** Drops every queued fault. */
  clear(): void {
    this.items = [];
  }

  /** Number of queued entries. */
  get size(): number {
    return this.items.length;
  }

  /** The first queued fault matching this request, consuming one use of it. */
  take(method: string, path: string): Fault | null {
    const index = this.items.findIndex(
      (q) => (!q.match.method || q.match.method.toUpperCase() === method) && (!q.match.path || path.startsWith(q.match.path)),
    );
    const entry = this.items[index];
    if (!entry) return null;
    if (entry.times > 0) entry.times -= 1;
    if (entry.times === 0) this.items.splice(index, 1);
    return entry.fault;
  }
}

const LIGHT_KINDS = MALFORMED_KINDS.filter((k) => !k.heavy).map((k) => k.kind);

/** Random faults from `--error-rate` and `--malformed-rate` (seeded, so runs repeat). */
export class RandomFaults {
  private readonly random: Random;

  constructor(
    private readonly errorRate: number,
    private readonly malformedRate: number,
    seed: number,
  ) {
    this.random = Random.derive(seed, 'faults');
  }

  /** A fault for this request, or null. Malformed bodies only replace JSON GET answers. */
  draw(jsonGet: boolean): Fault | null {
    if (this.errorRate > 0 && this.random.chance(this.errorRate)) {
      return this.random.chance(0.5) ? { status: 500 } : { status: 503, retryAfter: 1 };
    }
    if (jsonGet && this.malformedRate > 0 && this.random.chance(this.malformedRate)) return { malformed: this.random.pick(LIGHT_KINDS) };
    return null;
  }
}
