import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { eventLatLng, inArea, isValidArea } from '../../../src/client/geo.js';
import { filterKey } from '../../../src/client/query.js';
import { EvStore } from '../../../src/context/store.js';
import { makeEvents } from '../../fixtures/events.js';

describe('area filter', () => {
  test('reads locations defensively', () => {
    assert.deepEqual(eventLatLng({ context: { geo: { lat: 52.5, long: 13.4 } } }), [52.5, 13.4]);
    assert.deepEqual(eventLatLng({ context: { geo: { lat: '52.5', long: '-13.4' } } }), [52.5, -13.4]);
    for (const geo of [null, [], 'x', { lat: 91, long: 0 }, { lat: 0, long: 181 }, { lat: 'abc', long: 1 }, { lat: '', long: 1 }, { lat: 1 }, { lat: {}, long: 1 }]) {
      assert.equal(eventLatLng({ context: { geo } as never }), undefined, JSON.stringify(geo));
    }
    assert.equal(eventLatLng({ context: {} }), undefined);
  });

  test('tests boxes, including ones across the antimeridian', () => {
    const europe = { north: 60, south: 40, east: 30, west: -10 };
    assert.ok(inArea(52.5, 13.4, europe));
    assert.ok(!inArea(35.7, 139.7, europe));
    const pacific = { north: 10, south: -30, east: -150, west: 170 };
    assert.ok(inArea(-18, 178, pacific));
    assert.ok(inArea(-18, -170, pacific));
    assert.ok(!inArea(-18, 0, pacific));
    assert.ok(inArea(0, 0, { north: 10, south: -10, east: 400, west: -400 }), 'a box wider than the world holds every longitude');
    assert.ok(inArea(0, 0, { north: 10, south: -10, east: 370, west: 350 }), 'wrapped longitudes are normalised');
    assert.ok(isValidArea(europe));
    assert.ok(!isValidArea({ north: 1, south: 2, east: 0, west: 0 }));
    assert.ok(!isValidArea({ north: 1, south: 0, east: NaN, west: 0 }));
  });

  test('the memory adapter applies it and caches per area', async () => {
    const events = makeEvents({ count: 400 });
    const client = createMemoryClient({ events });
    const berlin = { north: 53, south: 52, east: 14, west: 13 };
    const tokyo = { north: 36, south: 35, east: 140, west: 139 };
    const inBerlin = await client.listEvents({ area: berlin, pageSize: 1000 });
    const want = events.filter((e) => (e.context.geo as { city?: string } | undefined)?.city === 'Berlin');
    assert.ok(want.length > 10);
    assert.equal(inBerlin.total, want.length);
    assert.ok(inBerlin.items.every((e) => (e.context.geo as { city: string }).city === 'Berlin'));
    const inTokyo = await client.listEvents({ area: tokyo, pageSize: 1000 });
    assert.ok(inTokyo.items.length > 0 && inTokyo.items.every((e) => (e.context.geo as { city: string }).city === 'Tokyo'));
    const combined = await client.listEvents({ area: berlin, username: 'alice', pageSize: 1000 });
    assert.equal(combined.total, want.filter((e) => e.user.username === 'alice').length);
    assert.notEqual(filterKey({ area: berlin }), filterKey({ area: tokyo }));
    assert.equal(filterKey({}), filterKey({ area: undefined }));
  });

  test('the store sees a changed area as a change', () => {
    const store = new EvStore();
    let changes = 0;
    store.addEventListener('change', () => changes++);
    store.patchFilter({ area: { north: 53, south: 52, east: 14, west: 13 } });
    store.patchFilter({ area: { north: 53, south: 52, east: 14, west: 13 } });
    store.patchFilter({ area: { north: 36, south: 35, east: 140, west: 139 } });
    store.patchFilter({ area: undefined });
    assert.equal(changes, 3);
    assert.deepEqual(store.filter, {});
  });
});
