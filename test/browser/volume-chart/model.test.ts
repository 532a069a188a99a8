import { expect } from '@open-wc/testing';
import { chooseBucketMs } from '../../../src/client/volume.js';
import { liveMatch } from '../../../src/components/volume-chart/live-match.js';
import { tickInstants, timeTicks } from '../../../src/components/volume-chart/time-axis.js';
import { PRESET_MS, baseWindow, modelFromBuckets, modelFromResult, widened } from '../../../src/components/volume-chart/volume-window.js';
import { addEvent, barAt, buildModel, segmentAt, statsOf } from '../../../src/components/volume-chart/volume-model.js';
import { zoneOffsetMs } from '../../../src/format/time.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, hourly } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

describe('volume model', () => {
  it('zero-fills: every bar exists for every action, missing buckets count 0', () => {
    const buckets = [
      { action: 'login', time: new Date(T0).toISOString(), count: 3 },
      { action: 'logout', time: new Date(T0 + 3 * HOUR).toISOString(), count: 2 },
    ];
    const model = buildModel(buckets, { since: T0, until: T0 + 5 * HOUR, bucketMs: HOUR, sourceBucketMs: HOUR, maxBars: 2000 });
    expect(model.size).to.equal(5);
    expect(model.actions).to.deep.equal(['login', 'logout']);
    expect([...model.counts[0]!]).to.deep.equal([3, 0, 0, 0, 0]);
    expect([...model.counts[1]!]).to.deep.equal([0, 0, 0, 2, 0]);
    const stats = statsOf(model, new Set());
    expect([...stats.barTotals]).to.deep.equal([3, 0, 0, 2, 0]);
    expect(stats.total).to.equal(5);
    expect(stats.busiest).to.equal(0);
  });

  it('re-buckets into coarser bars, keeps actions the filter names, drops the oldest beyond maxBars', () => {
    const buckets = hourly(T0, ['a', 'b'], Array.from({ length: 48 }, () => [1, 2]));
    const model = buildModel(buckets, { since: T0, until: T0 + 2 * DAY, bucketMs: 6 * HOUR, sourceBucketMs: HOUR, actions: ['c'], maxBars: 5 });
    expect(model.size).to.equal(5);
    expect(model.start).to.equal(T0 + 3 * 6 * HOUR);
    expect(model.actions).to.deep.equal(['b', 'a', 'c']);
    expect([...model.counts[0]!]).to.deep.equal([12, 12, 12, 12, 12]);
    expect([...model.counts[2]!]).to.deep.equal([0, 0, 0, 0, 0]);
  });

  it('bar sizes keep every preset within 2,000 bars and never below the server bucket', () => {
    for (const server of [60_000, HOUR, 6 * HOUR]) {
      for (const [preset, range] of Object.entries(PRESET_MS)) {
        const bar = chooseBucketMs(range, server, 2000);
        expect(bar % server, `${preset} @ ${server}`).to.equal(0);
        expect(range / bar, `${preset} @ ${server}`).to.be.at.most(2000);
      }
    }
    expect(chooseBucketMs(PRESET_MS['90d'], 6 * HOUR)).to.equal(6 * HOUR);
    expect(chooseBucketMs(PRESET_MS['7d'], 60_000)).to.equal(15 * 60_000);
    expect(chooseBucketMs(PRESET_MS['90d'], 60_000)).to.equal(3 * HOUR);
  });

  it('a client answer is re-bucketed to the view and starts on a whole bar', () => {
    const since = T0 + 7 * 60_000;
    const until = since + PRESET_MS['7d'];
    const buckets = Array.from({ length: 7 * 24 * 60 }, (_, i) => ({ action: 'login', time: new Date(since + i * 60_000).toISOString(), count: 1 }));
    const model = modelFromResult({ buckets, bucketMs: 60_000, since: new Date(since).toISOString(), until: new Date(until).toISOString() }, 2000, undefined);
    expect(model.bucketMs).to.equal(15 * 60_000);
    expect(model.sourceBucketMs).to.equal(60_000);
    expect(model.start % model.bucketMs).to.equal(0);
    expect(model.start).to.be.at.least(since);
    expect(model.counts[0]![1]).to.equal(15);
  });

  it('hand-given buckets: bucket width inferred, filter actions applied', () => {
    const model = modelFromBuckets(hourly(T0, ['a', 'b'], [[1, 5], [0, 0], [2, 1]], 6 * HOUR), undefined, 2000, ['b']);
    expect(model.bucketMs).to.equal(6 * HOUR);
    expect(model.size).to.equal(3);
    expect(model.actions).to.deep.equal(['b']);
    expect([...model.counts[0]!]).to.deep.equal([5, 0, 1]);
  });

  it('live events count in place; a later event slides the window', () => {
    const model = buildModel([], { since: T0, until: T0 + 3 * HOUR, bucketMs: HOUR, sourceBucketMs: HOUR, actions: ['login'], maxBars: 100 });
    expect(addEvent(model, 'login', T0 + HOUR + 5, false)).to.equal(1);
    expect(addEvent(model, 'new_action', T0 + 2 * HOUR, false)).to.equal(2);
    expect(addEvent(model, 'login', T0 - 1, true)).to.equal(-1);
    expect(addEvent(model, 'login', T0 + 4 * HOUR, false)).to.equal(-1);
    expect(addEvent(model, 'login', T0 + 4 * HOUR + 1, true)).to.equal(2);
    expect(model.start).to.equal(T0 + 2 * HOUR);
    expect([...model.counts[0]!]).to.deep.equal([0, 0, 1]);
    expect([...model.counts[1]!]).to.deep.equal([1, 0, 0]);
    expect(barAt(model, T0 + 2 * HOUR)).to.equal(0);
    expect(segmentAt(model, 0, 0.5, new Set())).to.equal('new_action');
  });

  it('the window: presets end now, custom uses from/to, a selection outside widens it', () => {
    const now = T0 + 10 * DAY;
    expect(baseWindow('24h', undefined, undefined, now)).to.deep.equal({ since: now - DAY, until: now });
    expect(baseWindow('custom', new Date(T0).toISOString(), new Date(T0 + DAY).toISOString(), now)).to.deep.equal({ since: T0, until: T0 + DAY });
    expect(baseWindow('custom', 'not a date', undefined, now)).to.deep.equal({ since: now - 7 * DAY, until: now });
    expect(widened({ since: T0, until: now }, { since: T0 + DAY, until: T0 + 2 * DAY })).to.equal(undefined);
    expect(widened({ since: T0, until: now }, { since: T0 - DAY, until: Infinity })).to.deep.equal({ since: T0 - DAY, until: now });
  });

  it('live matching: exact fields decide, free-text search is left to the server', () => {
    const [event] = makeEvents({ count: 1, actions: ['login'] });
    expect(liveMatch(event!, {})).to.equal(true);
    expect(liveMatch(event!, { actions: ['logout'] })).to.equal(false);
    expect(liveMatch(event!, { username: event!.user.username })).to.equal(true);
    expect(liveMatch(event!, { username: 'somebody-else' })).to.equal(false);
    expect(liveMatch(event!, { search: 'anything' })).to.equal(undefined);
  });
});

describe('time axis', () => {
  it('zone offsets through Intl', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'UTC')).to.equal(0);
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'Europe/Berlin')).to.equal(HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Europe/Berlin')).to.equal(2 * HOUR);
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'Asia/Kolkata')).to.equal(5.5 * HOUR);
  });

  it('ticks fall on local midnights of the chosen zone, labelled with dates', () => {
    const { ticks, step } = tickInstants(T0, T0 + 7 * DAY, 900, 'Asia/Kolkata');
    expect(step).to.equal(DAY);
    expect(ticks.length).to.equal(7);
    for (const t of ticks) expect((t + 5.5 * HOUR) % DAY).to.equal(0);
    const labels = timeTicks(T0, T0 + 7 * DAY, 900, 'en-US', 'UTC').map((t) => t.label);
    expect(labels[0]).to.equal('Nov 2');
  });

  it('sub-day ticks show times, with the date under midnight', () => {
    const ticks = timeTicks(T0 - 6 * HOUR, T0 + 18 * HOUR, 900, 'en-GB', 'UTC');
    expect(ticks.map((t) => t.label)).to.deep.include(['00:00', '1 Nov']);
    expect(ticks.every((t) => (t.value % (3 * HOUR)) === 0)).to.equal(true);
  });
});
