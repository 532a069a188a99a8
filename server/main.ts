/**
 * CLI for the reference events server:
 *
 *   npx tsx server/main.ts [--port 8787] [--host 127.0.0.1] [--events 10000] [--seed 1]
 *     [--token dev-token] [--db FILE] [--live-rate 0] [--latency 0] [--error-rate 0]
 *     [--malformed-rate 0] [--now ISO] [--heartbeat 15000]
 *
 * Prints `ev-server listening on http://HOST:PORT` once seeded, then a few info lines.
 * The token is never printed. It can also come from the EV_SERVER_TOKEN environment variable (kept out of `ps`).
 */
import { parseArgs } from 'node:util';
import { startServer, type ServerOptions } from './app.js';
import { isoTimeMs } from './iso-time.js';

const OPTIONS = {
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  events: { type: 'string', default: '10000' },
  seed: { type: 'string', default: '1' },
  token: { type: 'string', default: process.env.EV_SERVER_TOKEN || 'dev-token' },
  db: { type: 'string', default: ':memory:' },
  'live-rate': { type: 'string', default: '0' },
  latency: { type: 'string', default: '0' },
  'error-rate': { type: 'string', default: '0' },
  'malformed-rate': { type: 'string', default: '0' },
  now: { type: 'string' },
  heartbeat: { type: 'string', default: '15000' },
  help: { type: 'boolean', default: false },
} as const;

/** Parses argv, exiting with status 2 and a message on unknown or malformed options. */
function parse(): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'] {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (e) {
    console.error(`ev-server: ${e instanceof Error ? e.message : String(e)} (see --help)`);
    process.exit(2);
  }
}

const values = parse();

if (values.help) {
  console.log('usage: tsx server/main.ts [--port P] [--host H] [--events N] [--seed S] [--token T] [--db FILE]');
  console.log('       [--live-rate R] [--latency MS] [--error-rate X] [--malformed-rate X] [--now ISO] [--heartbeat MS]');
  process.exit(0);
}

/** A numeric flag within bounds, or exit with a message. */
function num(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    console.error(`ev-server: --${name} must be a number from ${min} to ${max}`);
    process.exit(2);
  }
  return n;
}

if (values.now !== undefined && Number.isNaN(isoTimeMs(values.now))) {
  console.error('ev-server: --now must be an ISO 8601 timestamp');
  process.exit(2);
}

const options: ServerOptions = {
  port: num('port', values.port, 0, 65535),
  host: values.host,
  events: Math.floor(num('events', values.events, 0, 50_000_000)),
  seed: Math.floor(num('seed', values.seed, 0, 2 ** 32 - 1)),
  token: values.token,
  db: values.db,
  liveRate: num('live-rate', values['live-rate'], 0, 10_000),
  latencyMs: num('latency', values.latency, 0, 600_000),
  errorRate: num('error-rate', values['error-rate'], 0, 1),
  malformedRate: num('malformed-rate', values['malformed-rate'], 0, 1),
  now: values.now,
  heartbeatMs: num('heartbeat', values.heartbeat, 10, 3_600_000),
};

const server = await startServer(options);
console.log(`ev-server listening on ${server.url}`);
const origin = server.seeded ? `seeded in ${Math.round(server.seedMs)} ms` : 'reused';
console.log(`  data: ${options.events} events, seed ${options.seed}, db ${options.db} (${origin})`);
console.log(`  authentik API: ${server.url}/api/v3/events/events/ (Authorization: Bearer <token> or cookie ev_session)`);
console.log(`  alt API: ${server.url}/api/alt/v1/audit-logs (X-Api-Key: <token>); control: ${server.url}/__control/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
