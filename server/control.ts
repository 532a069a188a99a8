/**
 * The control API under `/__control/` (no auth, never faulted): queue faults, read or clear
 * the request log, reset mutable state, emit live items on demand, list malformed kinds.
 */
import { checkFault, FaultError, type FaultMatch, type FaultQueue } from './faults.js';
import { HttpError, type Reply, type RequestContext, type Route } from './http.js';
import { isoTimeMs } from './iso-time.js';
import { MALFORMED_KINDS } from './malformed.js';
import type { RequestLog } from './request-log.js';
import type { Services } from './services.js';

export interface ControlDeps {
  services: Services;
  faults: FaultQueue;
  log: RequestLog;
}

const badRequest = (message: string): never => {
  throw new HttpError(400, { error: message });
};

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('body must be a JSON object');
  return body as Record<string, unknown>;
}

function parseMatch(input: unknown): FaultMatch {
  const m = objectBody(input);
  const out: FaultMatch = {};
  if (m.method !== undefined) out.method = typeof m.method === 'string' ? m.method.toUpperCase() : badRequest('match.method must be a string');
  if (m.path !== undefined) out.path = typeof m.path === 'string' ? m.path : badRequest('match.path must be a string');
  return out;
}

function addFault({ faults }: ControlDeps, { body }: RequestContext): Reply {
  const b = objectBody(body);
  const times = b.times === undefined ? 1 : b.times;
  if (typeof times !== 'number' || !Number.isInteger(times) || (times < 1 && times !== -1)) badRequest('times must be a positive integer or -1');
  try {
    faults.add(parseMatch(b.match), checkFault(b.fault ?? {}), times as number);
  } catch (e) {
    if (e instanceof FaultError) badRequest(e.message);
    throw e;
  }
  return { status: 201, json: { queued: faults.size } };
}

/**
 * The optional `created` of emitted notifications: an ISO date/time string (ms since epoch), on a
 * day its month has (see `isoTimeMs`).
 * Events keep the server's clock: their table is kept in time order (event-store.ts `insert`).
 */
function parseCreated(created: unknown, kind: unknown): number | undefined {
  if (created === undefined) return undefined;
  if (kind !== 'notification') return badRequest('created is only accepted with kind "notification" (events are stamped by the server\'s clock to stay in time order)');
  const ms = typeof created === 'string' ? isoTimeMs(created) : Number.NaN;
  return Number.isNaN(ms) ? badRequest('created must be a date/time string, e.g. "2026-03-02T12:00:00.000Z"') : ms;
}

function emit({ services }: ControlDeps, { body }: RequestContext): Reply {
  const b = objectBody(body);
  const count = b.count === undefined ? 1 : b.count;
  if (b.kind !== 'event' && b.kind !== 'notification') badRequest('kind must be "event" or "notification"');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) badRequest('count must be an integer from 1 to 10000');
  const created = parseCreated(b.created, b.kind);
  const pks: string[] = [];
  for (let i = 0; i < (count as number); i++) {
    pks.push(b.kind === 'event' ? services.live.emitEvent().pk : services.live.emitNotification(undefined, created).pk);
  }
  return { status: 201, json: { kind: b.kind, pks } };
}

function reset({ services, faults, log }: ControlDeps): Reply {
  services.notifications.resetSeen();
  faults.clear();
  log.clear();
  return { status: 204 };
}

/** The control route table. */
export function controlRoutes(deps: ControlDeps): Route[] {
  const p = (path: string): RegExp => new RegExp(`^/__control${path}$`);
  return [
    { method: 'POST', pattern: p('/faults'), handler: (c) => addFault(deps, c) },
    { method: 'DELETE', pattern: p('/faults'), handler: () => (deps.faults.clear(), { status: 204 }) },
    { method: 'GET', pattern: p('/requests'), handler: () => ({ status: 200, json: deps.log.list() }) },
    { method: 'DELETE', pattern: p('/requests'), handler: () => (deps.log.clear(), { status: 204 }) },
    { method: 'POST', pattern: p('/reset'), handler: () => reset(deps) },
    { method: 'POST', pattern: p('/emit'), handler: (c) => emit(deps, c) },
    { method: 'POST', pattern: p('/drop-streams'), handler: () => ({ status: 200, json: { dropped: deps.services.hub.dropStreams() } }) },
    {
      method: 'GET',
      pattern: p('/malformed-kinds'),
      handler: () => ({
        status: 200,
        json: MALFORMED_KINDS.map(({ kind, description, expect, appliesTo }) => ({ kind, description, expect, appliesTo })),
      }),
    },
  ];
}
