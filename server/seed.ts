/**
 * Opens the database and makes sure it holds the requested generation: a file seeded earlier
 * with the same (events, seed) is reused as is, anything else is (re)seeded.
 */
import { bulkLoad, clearDatabase, openDatabase, readMeta, SCHEMA_VERSION, writeMeta, type Db } from './db.js';
import type { World } from './gen/world.js';
import { generate } from './generate.js';

export interface SeedRequest {
  file: string;
  events: number;
  seed: number;
  now: number;
  /** When true, a file generated for another `now` is re-seeded. */
  nowExplicit: boolean;
}

export interface PreparedDatabase {
  db: Db;
  /** True when this call generated the data (false: reused the file). */
  seeded: boolean;
  /** Milliseconds spent generating and indexing (0 when reused). */
  seedMs: number;
  /** The `now` the data was generated for. */
  dataNow: number;
}

function reusable(meta: Record<string, string>, req: SeedRequest): boolean {
  return (
    meta.version === SCHEMA_VERSION &&
    meta.complete === '1' &&
    meta.events === String(req.events) &&
    meta.seed === String(req.seed) &&
    (!req.nowExplicit || meta.now === String(req.now))
  );
}

/** Opens `file` (or `:memory:`) and seeds it unless it already holds this generation. */
export function prepareDatabase(world: World, req: SeedRequest): PreparedDatabase {
  const db = openDatabase(req.file);
  const meta = readMeta(db);
  if (req.file !== ':memory:' && reusable(meta, req)) return { db, seeded: false, seedMs: 0, dataNow: Number(meta.now) };
  const started = performance.now();
  clearDatabase(db);
  bulkLoad(db, (insertEvent, insertNotification) =>
    generate(world, { events: req.events, seed: req.seed, now: req.now }, insertEvent, insertNotification),
  );
  writeMeta(db, { version: SCHEMA_VERSION, events: String(req.events), seed: String(req.seed), now: String(req.now), complete: '1' });
  return { db, seeded: true, seedMs: performance.now() - started, dataNow: req.now };
}
