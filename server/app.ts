/**
 * The reference events server: `startServer(options)` seeds (or reuses) the database and
 * serves the authentik routes, the alt routes, SSE and the control API over plain `node:http`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { controlRoutes } from './control.js';
import { LiveLog, type Db } from './db.js';
import { EventStore } from './event-store.js';
import { FaultError, FaultQueue, parseFaultHeader, RandomFaults, type Fault } from './faults.js';
import { buildWorld } from './gen/world.js';
import { applyCors, cookie, HttpError, readJsonBody, send, sendReply, type Reply, type Route } from './http.js';
import { isoTimeMs } from './iso-time.js';
import { LiveSource } from './live.js';
import { malformedKind } from './malformed.js';
import { NotificationStore } from './notification-store.js';
import { RequestLog } from './request-log.js';
import { altError, altRoutes } from './routes-alt.js';
import { authentikRoutes } from './routes-authentik.js';
import { prepareDatabase } from './seed.js';
import type { Services } from './services.js';
import { LiveHub } from './sse.js';

export interface ServerOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  /** Number of generated events. Default 10,000. */
  events?: number;
  seed?: number;
  token?: string;
  /** SQLite file, or `:memory:` (default). */
  db?: string;
  /** Live events per second (0: none). */
  liveRate?: number;
  /** Added to every API request. */
  latencyMs?: number;
  /** Share of API requests answered 500/503. */
  errorRate?: number;
  /** Share of JSON GETs answered with a malformed body. */
  malformedRate?: number;
  /** The generator's and clock's start, epoch ms or ISO. Default: now, rounded down to the minute. */
  now?: number | string;
  /** SSE heartbeat interval. Default 15,000 ms. */
  heartbeatMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
  db: Db;
  requestLog: RequestLog;
  /** True when this start generated the data; false when a database file was reused. */
  seeded: boolean;
  seedMs: number;
}

type Family = 'authentik' | 'alt';

function resolveNow(now: number | string | undefined): { now: number; explicit: boolean } {
  if (now === undefined) return { now: Math.floor(Date.now() / 60_000) * 60_000, explicit: false };
  const ms = typeof now === 'number' ? now : isoTimeMs(now);
  if (!Number.isFinite(ms)) throw new Error(`invalid now: ${String(now)}`);
  return { now: ms, explicit: true };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function match(routes: Route[], method: string, path: string): { route?: Route; params: string[]; pathKnown: boolean } {
  let pathKnown = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (route.method === method) return { route, params: m.slice(1).map(safeDecode), pathKnown };
  }
  return { params: [], pathKnown };
}

const errorBody = (family: Family, status: number, message: string): unknown =>
  family === 'alt' ? altError(status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : 'error', message) : { detail: message };

/** Starts the server; resolves once it is seeded and listening. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const token = options.token ?? 'dev-token';
  const seed = options.seed ?? 1;
  const { now, explicit } = resolveNow(options.now);
  const world = buildWorld(seed);
  const prepared = prepareDatabase(world, { file: options.db ?? ':memory:', events: options.events ?? 10_000, seed, now, nowExplicit: explicit });
  const { db } = prepared;
  const startedAt = Date.now();
  const clock = (): number => now + (Date.now() - startedAt);
  const events = new EventStore(db);
  const notifications = new NotificationStore(db);
  const hub = new LiveHub(new LiveLog(db), options.heartbeatMs ?? 15_000);
  const live = new LiveSource({ events, notifications, hub, world, clock, seed });
  const services: Services = { events, notifications, hub, live, world, clock };
  const requestLog = new RequestLog(token);
  const queue = new FaultQueue();
  const random = new RandomFaults(options.errorRate ?? 0, options.malformedRate ?? 0, seed);
  const routes = { authentik: authentikRoutes(services), alt: altRoutes(services), control: controlRoutes({ services, faults: queue, log: requestLog }) };
  let closed = false;

  function authFailure(family: Family, req: IncomingMessage): Reply | null {
    if (family === 'alt') {
      return req.headers['x-api-key'] === token ? null : { status: 401, json: altError('unauthorized', 'Missing or invalid X-Api-Key header.') };
    }
    const header = req.headers.authorization?.trim();
    if (header) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (m && m[1] === token) return null;
      return { status: 401, json: { detail: 'Invalid token.' }, headers: { 'WWW-Authenticate': 'Bearer realm="authentik"' } };
    }
    if (cookie(req, 'ev_session') === token) return null;
    return { status: 403, json: { detail: 'Authentication credentials were not provided.' } };
  }

  function pickFault(req: IncomingMessage, method: string, path: string): Fault | null {
    const header = req.headers['x-ev-fault'];
    if (typeof header === 'string' && header.trim() !== '') return parseFaultHeader(header);
    return queue.take(method, path) ?? random.draw(method === 'GET' && !path.endsWith('/stream/'));
  }

  async function dispatch(table: Route[], family: Family | 'control', req: IncomingMessage, res: ServerResponse, url: URL): Promise<Reply | 'stream'> {
    const method = req.method ?? 'GET';
    const { route, params, pathKnown } = match(table, method, url.pathname);
    const fam: Family = family === 'alt' ? 'alt' : 'authentik';
    if (!route) {
      return pathKnown
        ? { status: 405, json: errorBody(fam, 405, `Method "${method}" not allowed.`) }
        : { status: 404, json: errorBody(fam, 404, 'Not found.') };
    }
    const body = method === 'POST' || method === 'PATCH' || method === 'PUT' ? await readJsonBody(req) : undefined;
    return route.handler({ req, res, url, query: url.searchParams, params, body });
  }

  async function serveApi(family: Family, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    let fault: Fault | null;
    try {
      fault = pickFault(req, method, url.pathname);
    } catch (e) {
      if (!(e instanceof FaultError)) throw e;
      sendReply(res, { status: 400, json: errorBody(family, 400, e.message) });
      return;
    }
    const delay = (options.latencyMs ?? 0) + (fault?.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    if (closed || fault?.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      sendReply(res, { status: fault.status, json: errorBody(family, fault.status, `Simulated fault: HTTP ${fault.status}.`), headers });
      return;
    }
    const denied = authFailure(family, req);
    if (denied) return sendReply(res, denied);
    const reply = await dispatch(routes[family], family, req, res, url);
    if (reply === 'stream') return;
    const kind = fault?.malformed ? malformedKind(fault.malformed) : undefined;
    const raw = kind && method === 'GET' && reply.status === 200 && reply.json !== undefined ? kind.apply(reply.json) : null;
    if (kind && raw) send(res, 200, raw.body, raw.contentType, { ...reply.headers, 'X-Ev-Malformed': kind.kind });
    else sendReply(res, reply);
  }

  function logRequest(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const t = Date.now();
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const hasAuth = Boolean(req.headers.authorization || req.headers['x-api-key'] || cookie(req, 'ev_session'));
    res.on('close', () => {
      const entry = { t, method: req.method ?? 'GET', path: url.pathname, query: url.search.replace(/^\?/, ''), status: res.headersSent ? res.statusCode : 0, hasAuth };
      const lastEventId = header('last-event-id');
      const ifNoneMatch = header('if-none-match');
      const tag = header('x-ev-tag');
      requestLog.add({
        ...entry,
        ...(lastEventId !== undefined && { lastEventId }),
        ...(ifNoneMatch !== undefined && { ifNoneMatch }),
        ...(tag !== undefined && { tag }),
      });
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const family: Family | null = url.pathname.startsWith('/api/v3/') ? 'authentik' : url.pathname.startsWith('/api/alt/v1/') ? 'alt' : null;
    try {
      if (url.pathname.startsWith('/__control/')) {
        const reply = await dispatch(routes.control, 'control', req, res, url);
        if (reply !== 'stream') sendReply(res, reply);
        return;
      }
      logRequest(req, res, url);
      if (family) await serveApi(family, req, res, url);
      else sendReply(res, { status: 404, json: { detail: 'Not found.' } });
    } catch (e) {
      if (res.headersSent || res.destroyed) return;
      if (e instanceof HttpError) sendReply(res, { status: e.status, json: e.body });
      else {
        console.error(requestLog.mask(`ev-server: ${req.method} ${url.pathname} failed: ${e instanceof Error ? e.message : String(e)}`));
        sendReply(res, { status: 500, json: errorBody(family ?? 'authentik', 500, 'Internal server error.') });
      }
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  live.start(options.liveRate ?? 0);
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    requestLog,
    seeded: prepared.seeded,
    seedMs: prepared.seedMs,
    async close() {
      if (closed) return;
      closed = true;
      live.stop();
      hub.close();
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
      db.close();
    },
  };
}
