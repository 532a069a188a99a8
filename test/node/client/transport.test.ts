import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EventsAbortedError,
  EventsAuthError,
  EventsHttpError,
  EventsNetworkError,
  EventsTimeoutError,
  EventsValidationError,
} from '../../../src/client/errors.js';
import { excerpt } from '../../../src/client/http.js';
import { Transport, buildQuery, parseJson, parseRetryAfter } from '../../../src/client/transport.js';

interface Call {
  url: string;
  init: RequestInit;
}

/** A scripted fetch: each call takes the next answer (a Response, an Error to throw, or 'hang'). */
function scriptedFetch(answers: Array<Response | Error | 'hang' | (() => Response)>) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift() ?? new Response('{}', { status: 200 });
    if (answer === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function transport(answers: Parameters<typeof scriptedFetch>[0], extra: Partial<ConstructorParameters<typeof Transport>[0]> = {}) {
  const sleeps: number[] = [];
  const scripted = scriptedFetch(answers);
  const t = new Transport({
    baseUrl: 'https://api.example.com/api/v3/',
    token: 'sekret-token-123',
    fetch: scripted.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
  return { t, calls: scripted.calls, sleeps };
}

describe('transport', () => {
  test('sends the token only in the Authorization header, never in the URL', async () => {
    const { t, calls } = transport([json({ ok: true })]);
    const response = await t.request({ path: '/events/events/', query: { search: 'x', actions: ['login', 'logout'] } });
    assert.deepEqual(response.body, { ok: true });
    assert.equal(calls[0]!.url, 'https://api.example.com/api/v3/events/events/?search=x&actions=login&actions=logout');
    assert.equal((calls[0]!.init.headers as Record<string, string>).authorization, 'Bearer sekret-token-123');
    assert.ok(!calls[0]!.url.includes('sekret'));
  });

  test('retries network errors, 429, 502, 503 and 504 with exponential backoff', async () => {
    const { t, calls, sleeps } = transport([
      new TypeError('fetch failed'),
      json({}, 502),
      json({}, 503),
      json({ done: 1 }),
    ]);
    const response = await t.request({ path: '/x' });
    assert.deepEqual(response.body, { done: 1 });
    assert.equal(calls.length, 4);
    // base 500 ms doubling; random() = 0.5 gives a jitter factor of exactly 1
    assert.deepEqual(sleeps, [500, 1000, 2000]);
  });

  test('no backoff waits longer than maxBackoffMs, jitter included; jitter still spreads the capped waits', async () => {
    const failures = () => Array.from({ length: 6 }, () => json({}, 503));
    // 500 ms doubling: 500, 1000, 2000, 4000 (capped to 3000), 8000 (capped), 16000 (capped)
    const highest = transport([...failures(), json({})], { retries: 6, maxBackoffMs: 3000, random: () => 0.999_999 });
    await highest.t.request({ path: '/x' });
    assert.equal(highest.sleeps.length, 6);
    for (const ms of highest.sleeps) assert.ok(ms <= 3000, `waited ${ms} ms, past the 3000 ms cap`);
    const lowest = transport([...failures(), json({})], { retries: 6, maxBackoffMs: 3000, random: () => 0 });
    await lowest.t.request({ path: '/x' });
    assert.deepEqual(lowest.sleeps, [250, 500, 1000, 1500, 1500, 1500], 'the capped waits spread from half the cap up to it');
    // The documented default: 30 s.
    const byDefault = transport([...failures(), json({})], { retries: 6, backoffMs: 10_000, random: () => 0.999_999 });
    await byDefault.t.request({ path: '/x' });
    for (const ms of byDefault.sleeps) assert.ok(ms <= 30_000, `waited ${ms} ms, past the default 30 s cap`);
  });

  test('honours Retry-After (seconds and HTTP date) on 429', async () => {
    const { t, sleeps } = transport([json({}, 429, { 'retry-after': '2' }), json({ ok: 1 })]);
    await t.request({ path: '/x' });
    assert.deepEqual(sleeps, [2000]);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
    assert.equal(parseRetryAfter('soon'), undefined);
  });

  test('gives up with the error when Retry-After is longer than maxRetryAfterMs', async () => {
    const { t, calls } = transport([json({}, 503, { 'retry-after': '3600' })]);
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsHttpError && e.retryAfterMs === 3_600_000);
    assert.equal(calls.length, 1);
  });

  test('stops after the configured number of retries', async () => {
    const { t, calls } = transport([json({}, 503), json({}, 503), json({}, 503)], { retries: 2 });
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsHttpError && e.status === 503);
    assert.equal(calls.length, 3);
  });

  test('does not retry other 4xx or 500; 401 and 403 are auth errors', async () => {
    for (const [status, type] of [
      [400, EventsHttpError],
      [404, EventsHttpError],
      [500, EventsHttpError],
      [401, EventsAuthError],
      [403, EventsAuthError],
    ] as const) {
      const { t, calls } = transport([json({ detail: 'no' }, status)]);
      await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof type && (e as EventsHttpError).status === status);
      assert.equal(calls.length, 1, `status ${status} is not retried`);
    }
  });

  test('error messages carry a short body excerpt with the token redacted', async () => {
    const { t } = transport([new Response(`bad token sekret-token-123 ${'x'.repeat(1000)}`, { status: 400 })]);
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => {
      assert.ok(e instanceof EventsHttpError);
      assert.ok(!e.message.includes('sekret-token-123'));
      assert.ok(e.bodyExcerpt.includes('[redacted]'));
      assert.ok(e.bodyExcerpt.length <= 300);
      return true;
    });
  });

  test('a token with a tab in it is redacted from the excerpt too (found as it was sent)', async () => {
    const { t } = transport([new Response('echo: sekret\ttoken-123 end', { status: 400 })], { token: 'sekret\ttoken-123' });
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => {
      assert.ok(e instanceof EventsHttpError);
      assert.equal(e.bodyExcerpt, 'echo: [redacted] end');
      return true;
    });
  });

  test('a body excerpt is at most 300 characters, the ellipsis included', () => {
    assert.equal(excerpt('x'.repeat(300)), 'x'.repeat(300));
    const cut = excerpt('x'.repeat(301));
    assert.equal(cut.length, 300);
    assert.equal(cut, `${'x'.repeat(299)}…`);
  });

  test('a body excerpt never ends in half a character (an emoji cut at the limit)', () => {
    // 298 characters, then an emoji (two UTF-16 units) across the cut at 299.
    const cut = excerpt(`${'x'.repeat(298)}😀${'y'.repeat(10)}`);
    assert.doesNotMatch(cut, /[\ud800-\udbff](?![\udc00-\udfff])/, 'no lone high surrogate in the message');
    assert.equal(cut, `${'x'.repeat(298)}…`);
  });

  test('times out each attempt, then retries, then reports a timeout error', async () => {
    const { t, calls } = transport(['hang', 'hang'], { timeoutMs: 20, retries: 1 });
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsTimeoutError && e.timeoutMs === 20);
    assert.equal(calls.length, 2);
  });

  // A safety net only (these hung for ever before): no assertion is about how long anything took.
  const never = () => new Promise<string>(() => undefined);

  test('a token function that never settles: the per-attempt timeout still ends each attempt, then the call, with nothing sent', { timeout: 5000 }, async () => {
    let asked = 0;
    const { t, calls } = transport([], { timeoutMs: 20, retries: 1, token: () => (asked++, never()) });
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsTimeoutError && e.timeoutMs === 20);
    assert.equal(asked, 2, 'asked once per attempt');
    assert.equal(calls.length, 0);
  });

  test('a token function that never settles: aborting the call rejects it with EventsAbortedError', { timeout: 5000 }, async () => {
    const { t, calls } = transport([], { timeoutMs: 60_000, token: never });
    const controller = new AbortController();
    const pending = t.request({ path: '/x', signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, EventsAbortedError);
    assert.equal(calls.length, 0);
  });

  test('an error answer is reported with the token that was sent redacted, without asking the token function again', { timeout: 5000 }, async () => {
    let asked = 0;
    const { t } = transport([new Response('bad token tok-1-secret', { status: 400 })], { token: () => (asked++ ? never() : Promise.resolve('tok-1-secret')) });
    await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsHttpError && e.status === 400 && e.bodyExcerpt === 'bad token [redacted]');
    assert.equal(asked, 1);
  });

  test('an aborted call rejects with EventsAbortedError and is not retried', async () => {
    const { t, calls } = transport(['hang']);
    const controller = new AbortController();
    const pending = t.request({ path: '/x', signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, EventsAbortedError);
    assert.equal(calls.length, 1);
    await assert.rejects(t.request({ path: '/y', signal: AbortSignal.abort() }), EventsAbortedError);
  });

  test('identical in-flight GETs share one request; aborting one caller does not cancel the other', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const calls: Call[] = [];
    const slow = new Transport({
      baseUrl: 'https://api.example.com',
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        await gate;
        return json({ n: 1 });
      }) as unknown as typeof fetch,
    });
    const a = new AbortController();
    const first = slow.request({ path: '/same', signal: a.signal });
    const second = slow.request({ path: '/same' });
    const other = slow.request({ path: '/other' });
    a.abort();
    release();
    await assert.rejects(first, EventsAbortedError);
    assert.deepEqual((await second).body, { n: 1 });
    await other;
    assert.equal(calls.filter((c) => c.url.endsWith('/same')).length, 1);
  });

  test('the shared request is cancelled when every caller aborted', async () => {
    let aborted = false;
    const t = new Transport({
      baseUrl: 'https://api.example.com',
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new DOMException('aborted', 'AbortError'));
          }),
        )) as unknown as typeof fetch,
    });
    const a = new AbortController();
    const b = new AbortController();
    const p1 = t.request({ path: '/same', signal: a.signal });
    const p2 = t.request({ path: '/same', signal: b.signal });
    a.abort();
    await assert.rejects(p1, EventsAbortedError);
    assert.equal(aborted, false);
    b.abort();
    await assert.rejects(p2, EventsAbortedError);
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(aborted, true);
  });

  test('network failures are typed and retried', async () => {
    const { t, calls } = transport([new TypeError('x'), new TypeError('x'), new TypeError('x'), new TypeError('x')]);
    await assert.rejects(t.request({ path: '/x' }), EventsNetworkError);
    assert.equal(calls.length, 4);
  });

  test('rejects bodies over maxBytes, by Content-Length or while streaming', async () => {
    const big = 'x'.repeat(2048);
    const { t } = transport([new Response(JSON.stringify(big), { headers: { 'content-length': '5000' } })], { maxBytes: 1024 });
    await assert.rejects(t.request({ path: '/x' }), EventsValidationError);
    const streamed = transport([new Response(JSON.stringify(big))], { maxBytes: 1024 });
    await assert.rejects(streamed.t.request({ path: '/x' }), EventsValidationError);
  });

  test('invalid JSON, HTML and empty bodies are validation errors at $', async () => {
    for (const body of ['{"a":', '<html>oops</html>', '', 'NaN']) {
      const { t } = transport([new Response(body, { status: 200 })]);
      await assert.rejects(t.request({ path: '/x' }), (e: unknown) => e instanceof EventsValidationError && e.path === '$');
    }
    assert.deepEqual(parseJson('\ufeff{"a":1}'), { a: 1 });
  });

  test('204 and 304 have no body; conditional GETs answer 304 from the remembered body', async () => {
    const { t, calls } = transport([
      json({ v: 1 }, 200, { etag: '"abc"' }),
      new Response(null, { status: 304, headers: { etag: '"abc"' } }),
      new Response(null, { status: 204 }),
    ]);
    assert.deepEqual((await t.request({ path: '/n', conditional: true })).body, { v: 1 });
    const second = await t.request({ path: '/n', conditional: true });
    assert.deepEqual(second.body, { v: 1 });
    assert.equal((calls[1]!.init.headers as Record<string, string>)['if-none-match'], '"abc"');
    assert.equal((await t.request({ method: 'POST', path: '/m' })).body, undefined);
  });

  test('buildQuery repeats arrays and drops empty values', () => {
    assert.equal(buildQuery({ a: ['1', '2'], b: '', c: undefined, d: 0, e: false }), 'a=1&a=2&d=0&e=false');
  });

  test('a token function is called per request (token refresh)', async () => {
    let n = 0;
    const scripted = scriptedFetch([json({}), json({})]);
    const t = new Transport({ baseUrl: 'https://x', token: () => `t${++n}`, fetch: scripted.fetch });
    await t.request({ path: '/a' });
    await t.request({ path: '/b' });
    assert.deepEqual(
      scripted.calls.map((c) => (c.init.headers as Record<string, string>).authorization),
      ['Bearer t1', 'Bearer t2'],
    );
  });
});
