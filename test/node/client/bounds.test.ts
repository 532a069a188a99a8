/**
 * An area as the `geo_bounds` a server accepts: latitudes past the poles are sent as the pole and
 * longitudes past ±180° as the longitude they are (a box wider than the world as the whole
 * world), so the reference server (and any server that checks ranges) answers instead of
 * rejecting the request with 400, and selects what the in-memory client selects.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inArea } from '../../../src/client/geo.js';
import { filterToParams, formatBounds, parseBounds } from '../../../src/client/query.js';
import type { GeoArea } from '../../../src/client/types.js';
import { boxParam } from '../../../server/http.js';

/** What the reference server reads from `geo_bounds` (throws where it would answer 400). */
function serverBox(bounds: string): GeoArea {
  const box = boxParam(new URLSearchParams({ geo_bounds: bounds }), 'geo_bounds', () => {
    throw new Error(`the server rejects ${bounds}`);
  });
  assert.ok(box);
  return box;
}

const points: Array<[number, number]> = [];
for (let lat = -90; lat <= 90; lat += 15) for (let long = -180; long <= 180; long += 10) points.push([lat, long]);

describe('formatBounds', () => {
  const cases: Array<[string, GeoArea, string]> = [
    ['south past the South Pole, longitudes past 180°', { south: -95, north: 60, west: 196, east: 210 }, '-90,-164,60,-150'],
    ['north past the North Pole', { south: 10, north: 100, west: -10, east: 20 }, '10,-10,90,20'],
    ['both past the poles', { south: -120, north: 120, west: 0, east: 10 }, '-90,0,90,10'],
    ['across the antimeridian, stored past 180°', { south: -30, north: 30, west: 170, east: 205 }, '-30,170,30,-155'],
    ['longitudes past -180°', { south: 0, north: 1, west: -200, east: -190 }, '0,160,1,170'],
    ['wider than the world', { south: -60, north: 60, west: -400, east: 400 }, '-60,-180,60,180'],
    ['exactly the world, stored shifted', { south: -60, north: 60, west: 0, east: 360 }, '-60,-180,60,180'],
    ['in range: unchanged', { south: -1e-9, north: 60.123456789, west: 170, east: -170 }, '0,170,60.123457,-170'],
  ];
  for (const [name, area, want] of cases) {
    test(`${name}: ${want}, accepted by the reference server, selecting what the memory client selects`, () => {
      const bounds = formatBounds(area);
      assert.equal(bounds, want);
      assert.equal(filterToParams({ area }).geo_bounds, want);
      const box = serverBox(bounds);
      for (const [lat, long] of points) assert.equal(inArea(lat, long, box), inArea(lat, long, area), `${lat},${long}`);
    });
  }

  test('reads back from a URL as the same area', () => {
    const area = { south: -95, north: 60, west: 196, east: 210 };
    assert.deepEqual(parseBounds(formatBounds(area)), { south: -90, north: 60, west: -164, east: -150 });
  });
});

describe('parseBounds', () => {
  // An old link (or one written by hand) with an area past a pole keeps its area, clamped to the
  // pole as formatBounds sends it, instead of silently losing the filter.
  const kept: Array<[string, string, GeoArea]> = [
    ['south past the South Pole', '-95,-10,60,20', { south: -90, north: 60, west: -10, east: 20 }],
    ['north past the North Pole', '10,-10,100,20', { south: 10, north: 90, west: -10, east: 20 }],
    ['both past the poles', '-120,0,120,10', { south: -90, north: 90, west: 0, east: 10 }],
    ['longitudes past 180°', '10,196,30,210', { south: 10, north: 30, west: -164, east: -150 }],
    ['wider than the world', '-60,-400,60,400', { south: -60, north: 60, west: -180, east: 180 }],
    ['in range: unchanged', '-30,170,30,-155', { south: -30, north: 30, west: 170, east: -155 }],
  ];
  for (const [name, text, want] of kept) {
    test(`${name}: ${text} reads as ${formatBounds(want)}`, () => {
      const area = parseBounds(text);
      assert.deepEqual(area, want);
      assert.equal(formatBounds(area!), formatBounds(want));
    });
  }

  const garbage: Array<[string, string | null | undefined]> = [
    ['nothing', null],
    ['empty', ''],
    ['three numbers', '1,2,3'],
    ['five numbers', '1,2,3,4,5'],
    ['an empty part', '1,,3,4'],
    ['not a number', '1,abc,3,4'],
    ['NaN', 'NaN,0,10,10'],
    ['infinite', '-Infinity,0,Infinity,10'],
    ['south above north', '30,0,10,10'],
    ['south above north, both past the pole', '100,0,95,10'],
    ['south above north after clamping', '95,0,-95,10'],
  ];
  for (const [name, text] of garbage) {
    test(`${name} (${String(text)}): no area`, () => {
      assert.equal(parseBounds(text), undefined);
    });
  }
});
