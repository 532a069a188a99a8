/**
 * The "area" chip (an area set by the map, a link or the state) names the places the table is
 * filtered to: longitudes stored past ±180° (a map panned round the world, an old link) are shown
 * as the longitude they are, and a box wider than the world as the whole world.
 */
import { expect } from '@open-wc/testing';
import type { EventRecord, GeoArea } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, mountLog, rowText, settle, shadow } from './helpers.js';

const PLACES: Array<[string, number, number]> = [
  ['honolulu-user', 21.3, -157.8],
  ['berlin-user', 52.5, 13.4],
  ['fiji-user', -18.1, 178.4],
];

function located(): EventRecord[] {
  return makeEvents({ count: PLACES.length }).map((e, i) => {
    const [username, lat, long] = PLACES[i]!;
    return { ...e, user: { ...e.user, username }, context: { ...e.context, geo: { lat, long } } };
  });
}

async function chipFor(area: GeoArea) {
  const el = await mountLog({ events: located() });
  el.store.patchFilter({ area });
  await settle(el, 3);
  const chip = shadow(el).querySelector<HTMLElement>('[part=filter-chip][data-field=area]')!;
  const users = dataRows(el)
    .map((r) => rowText(r))
    .map((text) => PLACES.find(([u]) => text.includes(u))?.[0])
    .filter(Boolean)
    .sort();
  return { el, chip, value: chip.querySelector('.filter-chip-value')!.textContent!.trim(), users };
}

describe('<ev-log> area chip with longitudes past ±180°', () => {
  it('west 196°, east 210° reads "164° W – 150° W" and keeps the place there', async () => {
    const { el, chip, value, users } = await chipFor({ south: 10, north: 30, west: 196, east: 210 });
    expect(value).to.equal('10° N – 30° N, 164° W – 150° W');
    expect(chip.querySelector('button')!.getAttribute('aria-label')).to.equal('Remove filter: Area 10° N – 30° N, 164° W – 150° W');
    expect(users).to.deep.equal(['honolulu-user']);
    await expect(el).to.be.accessible();
  });

  it('a box across the antimeridian stored as west 170°, east 205° reads "170° E – 155° W"', async () => {
    const { value, users } = await chipFor({ south: -30, north: 30, west: 170, east: 205 });
    expect(value).to.equal('30° S – 30° N, 170° E – 155° W');
    expect(users).to.deep.equal(['fiji-user', 'honolulu-user']);
  });

  it('a box wider than the world reads "180° W – 180° E" (every longitude)', async () => {
    const { value, users } = await chipFor({ south: -60, north: 60, west: -400, east: 400 });
    expect(value).to.equal('60° S – 60° N, 180° W – 180° E');
    expect(users).to.deep.equal(['berlin-user', 'fiji-user', 'honolulu-user']);
  });

  it('latitudes past the poles read as the pole', async () => {
    const { value, users } = await chipFor({ south: -95, north: 100, west: -10, east: 20 });
    expect(value).to.equal('90° S – 90° N, 10° W – 20° E');
    expect(users).to.deep.equal(['berlin-user']);
  });
});
