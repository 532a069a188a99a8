/** A 200 that is not labelled as JSON is not data (found by the malformed-response suite: `wrong-content-type`). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventsValidationError } from '../../../src/client/errors.js';
import { Transport, isJsonType } from '../../../src/client/transport.js';

function answering(body: string, contentType: string | null): Transport {
  const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
  const fetch = (async () => {
    const response = new Response(body, { status: 200, headers });
    // `new Response(string)` labels itself text/plain unless told otherwise.
    if (contentType === null) response.headers.delete('content-type');
    return response;
  }) as unknown as typeof globalThis.fetch;
  return new Transport({ baseUrl: 'https://api.example.com/api/v3', fetch, retries: 0 });
}

describe('security: response Content-Type', () => {
  test('JSON media types (and a missing header) are accepted', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/problem+json', 'application/vnd.api+json;charset=UTF-8', null, '']) {
      assert.equal(isJsonType(type), true, String(type));
      assert.deepEqual((await answering('{"a":1}', type).request({ path: '/x' })).body, { a: 1 }, String(type));
    }
  });

  test('JSON text served as text/plain, HTML or anything else is a validation error at $', async () => {
    for (const type of ['text/plain; charset=utf-8', 'text/html', 'application/javascript', 'application/jsonp', 'text/json-ish', 'application/octet-stream']) {
      assert.equal(isJsonType(type), false, type);
      await assert.rejects(answering('{"a":1}', type).request({ path: '/x' }), (e: unknown) => e instanceof EventsValidationError && e.path === '$', type);
    }
  });
});
