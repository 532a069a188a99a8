import { expect } from '@open-wc/testing';
import { Clusterer } from '../../../src/components/map/cluster-client.js';
import { mergePlaces } from '../../../src/components/map/cluster-core.js';
import { PlaceIndex } from '../../../src/components/map/locations.js';
import { isClusterWorkerUrl } from '../../../src/components/map/trusted-worker.js';
import { makeEvents } from '../../fixtures/events.js';
import { BERLIN, POTSDAM, TOKYO, eventsAt } from './helpers.js';

describe('<ev-map> places and clusters', () => {
  it('merges identical locations, counts actions and skips events without a valid location', () => {
    const index = new PlaceIndex();
    const berlin = eventsAt(5, BERLIN).map((e, i) => ({ ...e, action: i < 3 ? 'login' : 'logout' }));
    const tokyo = eventsAt(2, TOKYO).map((e) => ({ ...e, action: 'model_created' }));
    index.add([berlin[0]!, ...tokyo, ...berlin.slice(1), { ...berlin[0]!, context: { geo: { lat: 'x', long: 1 } } }]);
    expect(index.events.length).to.equal(7);
    expect(index.unlocated).to.equal(1);
    expect(index.actionTotals()[0]).to.deep.equal({ action: 'login', count: 3 });
    const points = index.points();
    expect([...points.coords.slice(0, 2)]).to.deep.equal([BERLIN.lat, BERLIN.long]);
    const merged = mergePlaces(points);
    expect([...merged.counts]).to.deep.equal([5, 2]);
    expect([...merged.placeOf]).to.deep.equal([0, 1, 1, 0, 0, 0, 0]);
    expect([...merged.first]).to.deep.equal([0, 1]);
    expect(merged.actionCounts[0]).to.deep.equal({ [index.actions.indexOf('login')]: 3, [index.actions.indexOf('logout')]: 2 });
    index.setPlaces(merged);
    expect(index.places.map((p) => [p.city, p.count])).to.deep.equal([['Berlin', 5], ['Tokyo', 2]]);
    expect(index.topPlaces(5)).to.deep.equal([0, 1]);
    expect(index.newestAt([1], 5)).to.deep.equal([1, 2]);
    expect(index.bounds()).to.deep.equal({ south: TOKYO.lat, north: BERLIN.lat, west: BERLIN.long, east: TOKYO.long });
  });

  it('keeps only events inside an area', () => {
    const index = new PlaceIndex({ north: 60, south: 40, east: 30, west: -10 });
    index.add([...eventsAt(3, BERLIN), ...eventsAt(2, TOKYO)]);
    expect(index.events.length).to.equal(3);
    expect(index.unlocated).to.equal(2);
  });

  for (const worker of [true, false]) {
    it(`clusters by count with the dominant action (${worker ? 'worker' : 'main thread'})`, async () => {
      const index = new PlaceIndex();
      const berlin = eventsAt(10, BERLIN).map((e) => ({ ...e, action: 'login_failed' }));
      const potsdam = eventsAt(4, POTSDAM).map((e) => ({ ...e, action: 'login' }));
      index.add([...berlin, ...potsdam, ...eventsAt(3, TOKYO)]);
      const clusterer = new Clusterer({ worker });
      try {
        expect(clusterer.mode).to.equal(worker ? 'worker' : 'main');
        const merged = await clusterer.load(index.points());
        expect(merged.ms).to.be.a('number');
        expect([...merged.counts]).to.deep.equal([10, 4, 3]);
        const world = await clusterer.query([-180, -85, 180, 85], 2);
        expect(world.length).to.equal(2);
        const cluster = world.find((c) => c.cluster >= 0)!;
        expect(cluster.count).to.equal(14);
        expect(index.actions[cluster.action]).to.equal('login_failed');
        const tokyo = world.find((c) => c.place >= 0)!;
        expect(tokyo.count).to.equal(3);
        const zoom = await clusterer.expansionZoom(cluster.cluster);
        expect(zoom).to.be.above(2);
        expect((await clusterer.leaves(cluster.cluster, 10)).sort()).to.deep.equal([0, 1]);
        const close = await clusterer.query([12, 52, 14, 53], 12);
        expect(close.map((c) => c.count).sort((a, b) => a - b)).to.deep.equal([4, 10]);
      } finally {
        clusterer.dispose();
      }
    });
  }

  it('handles 100,000 events at 2,000 places', async () => {
    const base = makeEvents({ count: 1000 });
    const events = Array.from({ length: 100_000 }, (_, i) => {
      const p = i % 2000;
      return { ...base[i % 1000]!, context: { geo: { lat: -78 + (p % 40) * 4, long: -179 + Math.floor(p / 40) * 7.1 } } };
    });
    const index = new PlaceIndex();
    await index.addChunked(events);
    const clusterer = new Clusterer();
    try {
      index.setPlaces(await clusterer.load(index.points()));
      expect(index.places.length).to.equal(2000);
      const all = await clusterer.query([-180, -90, 180, 90], 1);
      expect(all.reduce((sum, c) => sum + c.count, 0)).to.equal(100_000);
    } finally {
      clusterer.dispose();
    }
  });

  it('the Trusted Types policy allows only the same-origin cluster worker script', () => {
    const origin = 'https://admin.example';
    for (const ok of ['/src/components/map/cluster.worker.js', 'https://admin.example/assets/cluster.worker-B1x_9.js', '/dist/cluster.worker.ts']) {
      expect(isClusterWorkerUrl(ok, origin), ok).to.equal(true);
    }
    for (const bad of [
      'https://evil.example/cluster.worker.js',
      'data:text/javascript,cluster.worker.js',
      'blob:https://admin.example/cluster.worker.js',
      '/assets/evil.js',
      '/assets/cluster.worker.js.evil.js',
      'javascript:alert(1)//cluster.worker.js',
    ]) {
      expect(isClusterWorkerUrl(bad, origin), bad).to.equal(false);
    }
  });
});
