/**
 * An answer past the response size cap (8 MiB by default) is not read. The bell says the server's
 * answer was too large, with the limit, not that the data had "an unexpected shape … at $".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/i18n/locales/de.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, sr, until } from './helpers.js';

/** Every request is answered with a 9 MiB JSON body, streamed without Content-Length. */
const hugeFetch = (async () => {
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 9 << 20) return controller.close();
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}) as typeof fetch;

async function errorText(lang: string): Promise<string> {
  const client = createBellClient({ baseUrl: 'https://events.test/api/v3', fetch: hugeFetch, live: 'none', retries: 0 });
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang=${lang} .client=${client}></ev-notification-bell>`);
  await until(() => el.matches(':state(error)'), 'the error state');
  bellButton(el).click();
  await until(() => sr(el).querySelector('[part=error]'), 'the error view');
  await expect(el).to.be.accessible();
  return sr(el).querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<ev-notification-bell> an answer larger than the size cap', () => {
  it('says the answer was too large (more than 8 MiB), not that it had an unexpected shape', async () => {
    const text = await errorText('en');
    expect(text).to.contain('The answer from the events server was too large to read (more than 8 MiB).');
    expect(text).not.to.contain('unexpected shape');
    expect(text).not.to.contain('Unexpected value');
  });

  it('in German too', async () => {
    const text = await errorText('de');
    expect(text).to.contain('Die Antwort des Ereignisservers war zu groß, um gelesen zu werden (mehr als 8 MiB).');
    expect(text).not.to.contain('unerwarteter Form');
  });
});
