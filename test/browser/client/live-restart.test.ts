/**
 * The client's one live connection, shared by `<ev-log live>` and another subscriber (the bell's,
 * kinds ['notification']), after credentials were refused: nobody retries by itself, and the log's
 * Retry once the token works starts one new stream that both hear.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { LiveMessage } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { shadow, waitFor } from '../log/helpers.js';
import { control, referenceServer } from '../reference.js';

const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const retry = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const statusesOf = (ms: LiveMessage[]) => ms.flatMap((m) => (m.type === 'status' ? [m.error ? `${m.status}:${m.error}` : m.status] : []));

describe('shared live connection after a 401', () => {
  it('a second subscriber stays; the log re-subscribes after Retry: one new stream, heard by both', async function () {
    this.timeout(20000);
    const { apiUrl, token } = await referenceServer();
    // Counted at the client: the server's log is shared with test files running alongside.
    const sent: string[] = [];
    const fetchCounting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      sent.push(`${new URL(String(input)).pathname} ${response.status}`);
      return response;
    };
    const streams = (code: number) => sent.filter((s) => s === `/api/v3/events/stream/ ${code}`).length;
    let current = 'not-the-token';
    const c = createAuthentikClient({ baseUrl: apiUrl, token: () => current, live: 'auto', retries: 0, fetch: fetchCounting });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .client=${c}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && status(el) === 'Live updates stopped', 'the auth error, live stopped', 8000);
    expect(streams(401)).to.equal(1);

    // The bell subscribes to the ended connection: a new subscription, so one new try (refused again).
    const bell: LiveMessage[] = [];
    const offBell = c.subscribe((m) => bell.push(m), { kinds: ['notification'] });
    try {
      await waitFor(() => statusesOf(bell).includes('closed:auth'), 'the bell hears the refusal', 8000);
      await pause(500);
      expect(streams(401), 'no retry loop while both stay subscribed').to.equal(2);
      expect(status(el)).to.equal('Live updates stopped');

      // The token is fixed; the log's Retry loads the rows and re-subscribes while the bell stays.
      current = token;
      bell.length = 0;
      retry(el);
      await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'rows and the stream back', 8000);
      await waitFor(() => statusesOf(bell).includes('open'), 'the bell hears the new connection', 8000);
      expect(streams(200), 'one new stream').to.equal(1);

      const [pk] = ((await control('/emit', { body: { kind: 'notification' } })) as { pks: string[] }).pks;
      await waitFor(() => bell.some((m) => m.type === 'notification' && m.notification.pk === pk), 'a live notification for the bell', 8000);
      await pause(300);
      expect(streams(200)).to.equal(1);
      expect(streams(401)).to.equal(2);
    } finally {
      offBell();
    }
  });
});
