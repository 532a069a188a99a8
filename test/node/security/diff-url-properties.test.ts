/**
 * Property-based, 10,000 cases each: the diff never throws on any JSON (hostile keys such as
 * `__proto__`, lone surrogates, deep values) and rebuilds both sides exactly; `safeUrl` only
 * ever lets through what resolves to http(s) on an http and on an https page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { JsonValue } from '../../../src/client/types.js';
import { diffJson, diffText, jsonEqual } from '../../../src/diff/index.js';
import { safeUrl } from '../../../src/format/url.js';
import { rebuild } from '../diff/rebuild.js';
import { anyString } from './arbitraries.js';

const RUNS = 10_000;

const key = fc.oneof(anyString(6), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'pk', ''));
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1e308, -1.5),
    anyString(20),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** As an API answer holds it: parsed from JSON (own `__proto__` keys, plain prototypes, no -0). */
const parsed = (value: JsonValue): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

/** A value and an edited copy (so most pairs differ a little, as versions of one model do). */
const pair = fc.tuple(json.map(parsed), json.map(parsed), fc.nat()).map(([a, other, n]) => {
  if (n % 4 === 0) return [a, other] as const;
  const b = parsed(a);
  if (b && typeof b === 'object' && !Array.isArray(b)) {
    const keys = Object.keys(b);
    if (keys.length) Object.defineProperty(b, keys[n % keys.length]!, { value: other, enumerable: true, configurable: true, writable: true });
  } else if (Array.isArray(b)) b.splice(n % (b.length + 1), n % 2, other);
  return [a, b] as const;
});

describe('security: the diff and safeUrl on generated input (fast-check)', () => {
  test(`diffJson: ${RUNS} generated pairs, no exception, both sides rebuilt`, () => {
    let changed = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const d = diffJson(a, b, { textThreshold: 8 });
        assert.equal(d === null, jsonEqual(a, b));
        if (d) {
          changed++;
          assert.deepEqual(rebuild(d, 'before'), a);
          assert.deepEqual(rebuild(d, 'after'), b);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`[security] property diffJson: ${RUNS} cases (${changed} with changes), 0 exceptions`);
  });

  test(`diffText: ${RUNS} generated string pairs (lone surrogates, long words), no exception, segments rebuild both`, () => {
    fc.assert(
      fc.property(anyString(60), anyString(60), (a, b) => {
        const d = diffText(a, b);
        assert.equal(d.segments.filter((s) => s.op !== 'insert').map((s) => s.text).join(''), a);
        assert.equal(d.segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''), b);
      }),
      { numRuns: RUNS },
    );
    console.log(`[security] property diffText: ${RUNS} cases, 0 exceptions`);
  });

  test(`safeUrl: ${RUNS} generated strings, only http(s) on http and https pages`, () => {
    const tricky = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '\u0000', '\n'),
        fc.constantFrom('javascript:', 'JaVaScRiPt:', 'java\tscript:', 'data:', 'vbscript:', 'blob:', 'file:', 'https:', 'http:', 'HTTPS://', '//', '/\\', '\\\\', '/', './', '?', '#', 'https:javascript:', 'http:\\\\'),
        anyString(20),
      )
      .map(([pad, scheme, rest]) => `${pad}${scheme}${rest}`);
    let links = 0;
    fc.assert(
      fc.property(fc.oneof(tricky, fc.webUrl(), anyString(30)), (value) => {
        const url = safeUrl(value);
        if (url === null) return;
        links++;
        for (const page of ['http://admin.example/events/', 'https://admin.example/events/']) {
          const { protocol } = new URL(url, page);
          assert.ok(protocol === 'http:' || protocol === 'https:', `${JSON.stringify(value)} → ${protocol} on ${page}`);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`[security] property safeUrl: ${RUNS} cases (${links} kept as links), all http(s)`);
  });
});
