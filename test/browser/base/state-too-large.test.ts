/**
 * An answer past the client's size cap (`maxBytes`) is not read; every data element's error view
 * says the answer was too large, with the limit, not "an unexpected shape … at $". Shown here with
 * `<ev-log>` on the general client (`Transport`); the bell's own client has its own test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import type { EvSource } from '../../../src/components/source/source.js';

/** Every request is answered with 3000 bytes of JSON, streamed without Content-Length. */
const bigFetch = (async () => new Response(new Blob([`{"pad":"${' '.repeat(2990)}"}`]).stream(), { headers: { 'content-type': 'application/json' } })) as typeof fetch;

async function errorText(maxBytes: number, lang = 'en'): Promise<string> {
  const client = createAuthentikClient({ baseUrl: 'https://events.test/api/v3', token: 't', fetch: bigFetch, maxBytes, retries: 0 });
  const source = await fixture<EvSource>(html`<ev-source lang=${lang} .client=${client}><ev-log style="height: 300px"></ev-log></ev-source>`);
  const el = source.querySelector<EvDataElement>('ev-log')!;
  await waitUntil(() => el.matches(':state(error)'), 'the error', { timeout: 8000 });
  await el.updateComplete;
  await expect(el).to.be.accessible();
  return el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('an answer larger than the size cap (<ev-log>, general client)', () => {
  it('says the answer was too large, with the limit (a cap that is no whole MiB in bytes)', async () => {
    const text = await errorText(2048);
    expect(text).to.contain('The answer from the events server was too large to read (more than 2048 bytes).');
    expect(text).not.to.contain('unexpected shape');
    expect(text).not.to.contain('Unexpected value');
  });

  it('in German too', async () => {
    const text = await errorText(1024, 'de');
    expect(text).to.contain('Die Antwort des Ereignisservers war zu groß, um gelesen zu werden (mehr als 1024 Byte).');
    expect(text).not.to.contain('unerwarteter Form');
  });
});
