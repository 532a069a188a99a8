/**
 * The README's "Worked mapping 1" (the reference server's `/api/alt/v1` family), taken from the
 * README as written and run against the reference server: what an integrator pastes must serve
 * every element, e.g. `<ev-map>`, which pages by 1,000 events, and "Filter to this area".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type RunningServer, startServer } from '../../../server/app.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import type { EventsClient } from '../../../src/client/types.js';

const TOKEN = 'dev-token';
const NOW = '2026-11-20T12:00:00.000Z';
let server: RunningServer;
let authentik: EventsClient;
let readme: EventsClient;

/** The first ```js block after `heading` in README.md, run with `createMappedClient`; returns its `client`. */
function readmeClient(heading: string, baseUrl: string): EventsClient {
  const text = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const from = text.indexOf(heading);
  assert.ok(from >= 0, `README has "${heading}"`);
  const code = /```js\n([\s\S]*?)```/.exec(text.slice(from))?.[1];
  assert.ok(code, `a js block after "${heading}"`);
  const source = code.replace('http://127.0.0.1:8787/api/alt/v1', baseUrl);
  assert.notEqual(source, code, 'the block names http://127.0.0.1:8787/api/alt/v1');
  const run = new Function('createMappedClient', `${source}\nreturn client;`) as (create: typeof createMappedClient) => EventsClient;
  return run(createMappedClient);
}

before(async () => {
  server = await startServer({ port: 0, events: 1500, seed: 7, token: TOKEN, now: NOW });
  authentik = createAuthentikClient({ baseUrl: `${server.url}/api/v3`, token: TOKEN });
  readme = readmeClient('Worked mapping 1', `${server.url}/api/alt/v1`);
});

after(() => server.close());

test('README mapping 1: the largest page an element asks for (1,000, <ev-map>) is read, in pages the alt API accepts', async () => {
  const viaReadme = await readme.listEvents({ pageSize: 1000 });
  const viaAuthentik = await authentik.listEvents({ pageSize: viaReadme.items.length });
  assert.ok(viaReadme.items.length > 0);
  assert.deepEqual(viaReadme.items.map((e) => e.pk), viaAuthentik.items.map((e) => e.pk));
  assert.equal(viaReadme.total, viaAuthentik.total);
});

test('README mapping 1: "Filter to this area" filters on the server, like the authentik adapter', async () => {
  const area = { south: 35, west: -12, north: 62, east: 32 };
  const viaReadme = await readme.listEvents({ pageSize: 200, area });
  const viaAuthentik = await authentik.listEvents({ pageSize: 200, area });
  assert.equal(viaReadme.total, viaAuthentik.total);
  assert.deepEqual(viaReadme.items.map((e) => e.pk), viaAuthentik.items.map((e) => e.pk));
});

test('README mapping 1: notifications by the largest page the client allows', async () => {
  const viaReadme = await readme.listNotifications({ pageSize: 1000 });
  const viaAuthentik = await authentik.listNotifications({ pageSize: 1000 });
  assert.equal(viaReadme.total, viaAuthentik.total);
});

test('README mapping 1: the chart\'s volume follows the area filter too', async () => {
  const query = { since: '2026-11-13T12:00:00.000Z', until: NOW, area: { south: 35, west: -12, north: 62, east: 32 } };
  const sum = (r: { buckets: { count: number }[] }) => r.buckets.reduce((n, b) => n + b.count, 0);
  assert.equal(sum(await readme.volume(query)), sum(await authentik.volume(query)));
});
