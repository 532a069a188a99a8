/**
 * The client's extra `headers` option with an entry no HTTP header can carry (a value outside
 * Latin-1, such as an emoji, or a line break): what an element shows and reports, and what
 * reaches the network (counted at the client's fetch and in the reference server's log).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { EventsConfigError } from '../../../src/client/errors.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { referenceServer, requestLog } from '../reference.js';

/** A header value that may be a secret: it must never appear in an error. */
const VALUE = 'k3y-😀-s3cr3t';

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await nextFrame();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/** `window.fetch`, counting the requests the client tries to send. */
function countingFetch() {
  const calls: string[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input));
    return window.fetch(input, init);
  }) as typeof window.fetch;
  return { fetch, calls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

function isHeaderError(error: unknown, header: string): void {
  expect(error, String(error)).to.be.instanceOf(EventsConfigError);
  const e = error as EventsConfigError;
  expect(e.kind).to.equal('config');
  expect(e.header).to.equal(header);
  expect(e.retryable).to.equal(false);
  expect(e.message).to.contain(header);
  expect(e.message).not.to.contain('s3cr3t');
  expect(e.message).not.to.contain('😀');
}

describe('an extra header no HTTP header can carry', () => {
  it('authentik and mapped clients reject at once with EventsConfigError naming the header, not its value; nothing is sent or retried', async () => {
    const { apiUrl, altUrl, token } = await referenceServer();
    const before = (await requestLog()).length;
    const { fetch, calls } = countingFetch();
    const options = { fetch, backoffMs: 1, headers: { 'X-Tenant': VALUE } };
    const clients: Array<[string, EventsClient]> = [
      ['authentik', createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', ...options })],
      ['mapped', createMappedClient({ ...altMapping(altUrl, token), live: false, ...options })],
    ];
    for (const [name, client] of clients) {
      for (const call of [() => client.listEvents(), () => client.volume(), () => client.listNotifications()]) {
        const error = await rejection(call());
        isHeaderError(error, 'X-Tenant');
      }
      expect(calls, `${name}: was 4 attempts per call (1 + 3 retries), each an EventsNetworkError`).to.deep.equal([]);
    }
    // A line break in a value: the same error.
    const broken = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', fetch, backoffMs: 1, headers: { accept: 'application/json', 'X-Trace': 'a\r\nInjected: 1' } });
    isHeaderError(await rejection(broken.listEvents()), 'X-Trace');
    expect(calls).to.deep.equal([]);
    expect((await requestLog()).length - before, 'nothing reached the reference server').to.equal(0);
  });

  it('Latin-1 values (é) are sent as before (X-Ev-Tag: the reference server allows it cross-origin)', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', headers: { 'X-Ev-Tag': 'café' } });
    const page = await client.listEvents({ pageSize: 1 });
    expect(page.items.length).to.equal(1);
  });

  it('<ev-log> shows its error state and fires ev-error with EventsConfigError, without a Retry that cannot help; nothing is sent', async () => {
    const { apiUrl, token } = await referenceServer();
    const { fetch, calls } = countingFetch();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, fetch, live: 'none', backoffMs: 1, headers: { 'X-Tenant': VALUE } });
    const errors: EvErrorEvent[] = [];
    const el = await fixture<EvLog>(html`<ev-log style="height: 400px" .client=${client} @ev-error=${(e: EvErrorEvent) => errors.push(e)}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && errors.length > 0, 'the error state and ev-error');
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('not set up correctly');
    expect(alert.textContent).not.to.contain('s3cr3t');
    isHeaderError(errors[0]!.detail.error, 'X-Tenant');
    await expect(el).to.be.accessible();
    // Trying again cannot help until the page's code changes: no Retry, the reader is told whom to tell.
    expect(alert.textContent).to.contain('owner of this page');
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    expect(calls).to.deep.equal([]);
  });
});
