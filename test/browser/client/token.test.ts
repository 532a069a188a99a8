/**
 * The `token` option in the browser, when it cannot give a usable token: what an element shows
 * and reports, and what reaches the network (counted at the client's fetch).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { EventsTokenError } from '../../../src/client/errors.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { referenceServer } from '../reference.js';

const SECRET = 'refresh_token=r3fr3sh-s3cr3t';

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

describe('a token function that fails, in an element', () => {
  for (const kind of ['throws', 'rejects'] as const) {
    it(`(${kind}) <ev-log> shows the sign-in error and fires ev-error with EventsTokenError; nothing is sent or retried`, async () => {
      const { apiUrl } = await referenceServer();
      const { fetch, calls } = countingFetch();
      let tokenCalls = 0;
      const token =
        kind === 'throws'
          ? (): string => {
              tokenCalls++;
              throw new Error(`refresh failed: ${SECRET}`);
            }
          : async (): Promise<string> => {
              tokenCalls++;
              throw new Error(`refresh failed: ${SECRET}`);
            };
      const client = createAuthentikClient({ baseUrl: apiUrl, token, fetch, live: 'none', backoffMs: 1 });
      const errors: EvErrorEvent[] = [];
      const el = await fixture<EvLog>(html`<ev-log style="height: 400px" .client=${client} @ev-error=${(e: EvErrorEvent) => errors.push(e)}></ev-log>`);
      await waitFor(() => el.matches(':state(error)'), 'the error state');
      await waitFor(() => errors.length > 0, 'ev-error');
      const alert = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.textContent).to.contain('You are not signed in');
      expect(alert.textContent).not.to.contain('r3fr3sh');
      const { error } = errors[0]!.detail;
      expect(error).to.be.instanceOf(EventsTokenError);
      expect(error.kind).to.equal('auth');
      expect(error.message).not.to.contain('r3fr3sh');
      expect(calls.filter((url) => url.includes('/events/events/'))).to.deep.equal([]);
      expect(tokenCalls).to.equal(errors.length, 'one token call per failed load: no retries');
      await expect(el).to.be.accessible();
    });
  }
});

describe('a token no HTTP header can carry, in the browser', () => {
  it("rejects at once with EventsTokenError (invalid): Chromium's fetch is not even tried, nothing retried; <ev-log> reports it", async () => {
    const { apiUrl } = await referenceServer();
    const { fetch, calls } = countingFetch();
    const client = createAuthentikClient({ baseUrl: apiUrl, token: 'tök-€', fetch, live: 'none', backoffMs: 1 });
    const error = await client.listEvents().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(EventsTokenError);
    expect((error as EventsTokenError).reason).to.equal('invalid');
    expect((error as EventsTokenError).retryable).to.equal(false);
    expect((error as Error).message).not.to.contain('tök');
    expect(calls, 'was: 4 attempts (1 + 3 retries), then EventsNetworkError').to.deep.equal([]);

    const errors: EvErrorEvent[] = [];
    const el = await fixture<EvLog>(html`<ev-log style="height: 400px" .client=${client} @ev-error=${(e: EvErrorEvent) => errors.push(e)}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && errors.length > 0, 'the error state and ev-error');
    expect(errors[0]!.detail.error).to.be.instanceOf(EventsTokenError);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('You are not signed in');
    expect(calls).to.deep.equal([]);
  });
});
