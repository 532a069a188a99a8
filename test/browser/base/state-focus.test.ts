import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';

/**
 * Retry (and an empty view's action) goes away with its view: keyboard focus must not fall to the
 * page. Each data element, over a client that fails until Retry.
 */
const CASES: Array<[string, (client: unknown) => ReturnType<typeof html>]> = [
  ['ev-detail', (client) => html`<ev-source .client=${client}><ev-detail event-id="e1"></ev-detail></ev-source>`],
  ['ev-volume-chart', (client) => html`<ev-source .client=${client}><ev-volume-chart></ev-volume-chart></ev-source>`],
  ['ev-map', (client) => html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`],
];

describe('state views keep keyboard focus in the element', () => {
  for (const [tag, page] of CASES) {
    it(`<${tag}>: Retry by keyboard leaves focus inside the element once it has loaded`, async () => {
      let fail = true;
      // In the last hour: the chart's default range (the last 7 days) shows them whatever today is.
      const events = makeEvents({ count: 30, now: Date.now() - 3_600_000 }).map((e, i) => ({ ...e, pk: `e${i}`, context: { ...e.context, geo: { lat: 52.5, long: 13.4, city: 'Berlin', country: 'DE' } } }));
      const client = createMemoryClient({ events, latencyMs: 30, fail: () => (fail ? new EventsHttpError(503, '') : undefined) });
      const source = await fixture<EvSource>(page(client));
      const el = source.querySelector<EvDataElement>(tag)!;
      await waitUntil(() => el.matches(':state(error)'), 'the error', { timeout: 8000 });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.focus();
      fail = false;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.matches(':state(ready)'), 'ready after Retry', { timeout: 8000 });
      await waitUntil(() => el.shadowRoot!.activeElement !== null, `focus inside <${tag}> (it is on ${document.activeElement?.tagName})`, { timeout: 3000 });
      await expect(el).to.be.accessible();
    });
  }
});
