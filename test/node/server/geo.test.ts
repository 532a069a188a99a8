/**
 * The `geo_bounds` extension (authentik family; `bbox` on the alt family): only events located
 * inside a box, with the same semantics as the clients' in-memory area filter (edges included,
 * boxes across the antimeridian, numeric coordinates in range only), on lists and volume.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { eventLatLng, inArea } from '../../../src/client/geo.js';
import type { EventRecord, GeoArea } from '../../../src/client/types.js';
import { alt, api, testServer, type EventJson, type PageJson } from './helpers.js';

let server: RunningServer;
let all: EventJson[];
before(async () => {
  server = await testServer();
  all = [];
  for (let page = 1; page <= 3; page++) all.push(...(await api<PageJson<EventJson>>(server, `/events/events/?page_size=1000&page=${page}`)).body.results);
});
after(() => server.close());

const latLng = (e: EventJson) => eventLatLng(e as unknown as EventRecord);
const bounds = (a: GeoArea) => `${a.south},${a.west},${a.north},${a.east}`;
const located = (a: GeoArea) => (e: EventJson) => {
  const at = latLng(e);
  return at !== undefined && inArea(at[0], at[1], a);
};

const europe: GeoArea = { south: 35, west: -12, north: 62, east: 32 };
/** Across the antimeridian: the western Pacific, Oceania and the Americas' west coast. */
const pacific: GeoArea = { south: -50, west: 100, north: 50, east: -100 };

async function listPks(query: string): Promise<{ count: number; pks: string[] }> {
  const res = await api<PageJson<EventJson>>(server, `/events/events/?page_size=1000&${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return { count: res.body.pagination.count, pks: res.body.results.map((e) => e.pk) };
}

describe('geo_bounds', () => {
  it('lists exactly the events inside the box, newest first', async () => {
    for (const area of [europe, pacific]) {
      const want = all.filter(located(area));
      assert.ok(want.length > 20 && want.length < all.length / 2, `the fixture has events inside ${bounds(area)}`);
      const got = await listPks(`geo_bounds=${encodeURIComponent(bounds(area))}`);
      assert.equal(got.count, want.length);
      assert.deepEqual(got.pks, want.slice(0, 1000).map((e) => e.pk));
    }
  });

  it('includes the edges, folds wrapped longitudes and treats a 360° box as every longitude', async () => {
    const sample = all.find((e) => latLng(e))!;
    const [lat, long] = latLng(sample)!;
    const point = await listPks(`geo_bounds=${lat},${long},${lat},${long}`);
    assert.ok(point.pks.includes(sample.pk), 'a box of one point holds the events at that point');
    const wrapped = await listPks(`geo_bounds=${lat - 0.01},${long + 359.99},${lat + 0.01},${long + 360.01}`);
    assert.deepEqual(wrapped.pks, point.pks, 'longitudes beyond ±180 are folded');
    const world = await listPks('geo_bounds=-90,-400,90,400');
    assert.equal(world.count, all.filter((e) => latLng(e)).length, 'every located event, and only those');
  });

  it('combines with the other filters', async () => {
    const want = all.filter((e) => e.action === 'login' && located(europe)(e));
    const got = await listPks(`actions=login&geo_bounds=${bounds(europe)}`);
    assert.deepEqual(got.pks, want.map((e) => e.pk));
  });

  it('agrees with the memory adapter on the same events', async () => {
    const memory = createMemoryClient({ events: all as unknown as EventRecord[] });
    for (const area of [europe, pacific]) {
      const page = await memory.listEvents({ area, pageSize: 1000 });
      const got = await listPks(`geo_bounds=${bounds(area)}`);
      assert.equal(got.count, page.total);
      assert.deepEqual(got.pks, page.items.map((e) => e.pk));
    }
  });

  it('filters the volume too', async () => {
    const res = await api<Array<{ count: number }>>(server, `/events/events/volume/?history_days=90&geo_bounds=${bounds(europe)}`);
    assert.equal(res.status, 200);
    const since = Date.parse('2026-03-02T12:00:00.000Z') - 90 * 86_400_000;
    const want = all.filter((e) => located(europe)(e) && Date.parse(e.created) >= Math.floor(since / 21_600_000) * 21_600_000).length;
    assert.equal(res.body.reduce((n, b) => n + b.count, 0), want);
  });

  it('rejects a malformed box with a field error', async () => {
    for (const raw of ['1,2,3', '10,0,5,0', 'a,b,c,d', '-91,0,0,0', '0,0,91,0', '1,2,3,4,5', '0x1,0,1,1', 'Infinity,0,1,1']) {
      const res = await api<Record<string, string[]>>(server, `/events/events/?geo_bounds=${encodeURIComponent(raw)}`);
      assert.equal(res.status, 400, raw);
      assert.ok(Array.isArray(res.body.geo_bounds), raw);
    }
  });

  it('the alt family takes it as bbox', async () => {
    const want = all.filter(located(europe)).length;
    const res = await alt<{ meta: { total: number } }>(server, `/audit-logs?limit=1&bbox=${bounds(europe)}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.meta.total, want);
    assert.equal((await alt(server, '/audit-logs?bbox=1,2')).status, 400);
  });
});
