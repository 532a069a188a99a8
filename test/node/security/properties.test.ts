/**
 * Property-based: 10,000 generated answers per adapter through the whole client (transport,
 * parsing, validation, mapping). Every call resolves or rejects with a typed EventsApiError;
 * nothing else may escape (TypeError, RangeError, URIError, stack overflow …).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { EventsApiError } from '../../../src/client/errors.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { altEvent, anyString, altItem, altNotification, altPage, authentikEvent, authentikNotification, authentikPage, volumeBody } from './arbitraries.js';

const RUNS = 10_000;
const BASE = 'https://api.example.com';

/** Runs `call` and sorts its outcome; fails on anything but a value or a typed error. */
async function outcome(call: () => Promise<unknown>, tally: { ok: number; typed: number }): Promise<void> {
  try {
    await call();
    tally.ok++;
  } catch (error) {
    if (!(error instanceof EventsApiError)) throw error;
    tally.typed++;
  }
}

function report(name: string, tally: { ok: number; typed: number }): void {
  console.log(`[security] property ${name}: ${tally.ok + tally.typed} cases, ${tally.ok} valid, ${tally.typed} typed errors, 0 other exceptions`);
}

describe('security: generated answers give data or a typed error (fast-check)', () => {
  test(`authentik adapter: ${RUNS} answers to listEvents / getEvent / listNotifications / volume`, async () => {
    let body: unknown = null;
    const fetch = (async () => new Response(JSON.stringify(body) ?? 'null', { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof globalThis.fetch;
    const options = { baseUrl: `${BASE}/api/v3`, token: 't', live: 'none' as const, retries: 0, fetch };
    const events = createAuthentikClient(options);
    const notifications = createAuthentikNotificationClient(options);
    const tally = { ok: 0, typed: 0 };
    const answer = fc.oneof(
      fc.record({ op: fc.constant('list' as const), body: authentikPage(authentikEvent) }),
      fc.record({ op: fc.constant('get' as const), body: authentikEvent, pk: anyString(10) }),
      fc.record({ op: fc.constant('notifications' as const), body: authentikPage(authentikNotification) }),
      fc.record({ op: fc.constant('volume' as const), body: volumeBody }),
    );
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        body = a.body;
        await outcome(() => {
          if (a.op === 'list') return events.listEvents({ pageSize: 4 });
          if (a.op === 'get') return events.getEvent(a.pk || 'x');
          if (a.op === 'notifications') return notifications.listNotifications({ pageSize: 4 });
          return events.volume({ since: '2026-11-01T00:00:00Z', until: '2026-11-02T00:00:00Z' });
        }, tally);
      }),
      { numRuns: RUNS },
    );
    report('authentik adapter', tally);
    assert.ok(tally.ok > RUNS / 20 && tally.typed > RUNS / 20, 'both valid and invalid answers were generated');
  });

  test(`mapped adapter (alt routes): ${RUNS} answers to listEvents / getEvent / listNotifications / markSeen`, async () => {
    let body: unknown = null;
    const fetch = (async () => new Response(JSON.stringify(body) ?? 'null', { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof globalThis.fetch;
    const client = createMappedClient({ ...altMapping(`${BASE}/api/alt/v1`, 'k'), retries: 0, fetch });
    const tally = { ok: 0, typed: 0 };
    const answer = fc.oneof(
      fc.record({ op: fc.constant('list' as const), body: altPage(altEvent) }),
      // Keys from data go into URL templates: lone surrogates included.
      fc.record({ op: fc.constant('get' as const), body: altItem(altEvent), pk: anyString(10) }),
      fc.record({ op: fc.constant('notifications' as const), body: altPage(altNotification) }),
      fc.record({ op: fc.constant('seen' as const), body: altItem(altNotification), pk: anyString(10) }),
    );
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        body = a.body;
        await outcome(() => {
          if (a.op === 'list') return client.listEvents({ pageSize: 4 });
          if (a.op === 'get') return client.getEvent(a.pk || 'x');
          if (a.op === 'notifications') return client.listNotifications!({ pageSize: 4 });
          return client.markSeen!(a.pk || 'x');
        }, tally);
      }),
      { numRuns: RUNS },
    );
    report('mapped adapter', tally);
    assert.ok(tally.ok > RUNS / 20 && tally.typed > RUNS / 20, 'both valid and invalid answers were generated');
  });
});
