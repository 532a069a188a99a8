import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { type EventsApiError, EventsConfigError, EventsHttpError, EventsTokenError, EventsUnsupportedError } from '../../../src/client/errors.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';

/**
 * Retry is offered only where trying again can help. A config error (the page's `headers` option
 * cannot be sent) or an unsupported view sends nothing and fails the same way until the page's
 * code changes: no Retry, and the message says whom to tell. An auth error keeps Retry: the
 * token function is asked again (a refreshed token, a new sign-in) and a 401 may pass next time.
 */
const TAGS = ['ev-log', 'ev-detail', 'ev-volume-chart', 'ev-map'];

function page(tag: string, client: unknown) {
  const inner =
    tag === 'ev-log'
      ? html`<ev-log style="height: 300px"></ev-log>`
      : tag === 'ev-detail'
        ? html`<ev-detail event-id="e1"></ev-detail>`
        : tag === 'ev-volume-chart'
          ? html`<ev-volume-chart></ev-volume-chart>`
          : html`<ev-map></ev-map>`;
  return html`<ev-source .client=${client}>${inner}</ev-source>`;
}

const events = () => makeEvents({ count: 30 }).map((e, i) => ({ ...e, pk: `e${i}`, context: { ...e.context, geo: { lat: 52.5, long: 13.4, city: 'Berlin', country: 'DE' } } }));

async function failing(tag: string, fail: () => EventsApiError | undefined): Promise<EvDataElement> {
  const client = createMemoryClient({ events: events(), latencyMs: 10, fail });
  const source = await fixture<EvSource>(page(tag, client));
  const el = source.querySelector<EvDataElement>(tag)!;
  await waitUntil(() => el.matches(':state(error)'), 'the error', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const retryButton = (el: EvDataElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');
const alertText = (el: EvDataElement) => (el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('the error view offers Retry only where trying again can help', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: a config error has no Retry and tells the reader to tell the page's owner`, async () => {
      const el = await failing(tag, () => new EventsConfigError('X-Tenant'));
      expect(alertText(el)).to.contain('not set up correctly');
      expect(alertText(el)).to.contain('owner of this page');
      expect(retryButton(el), 'Retry that can never help').to.equal(null);
      await expect(el).to.be.accessible();
    });

    const kept: Array<[string, () => EventsApiError, boolean]> = [
      ['an unsupported view: no Retry', () => new EventsUnsupportedError('this view'), false],
      ['a failed token function (auth): Retry', () => new EventsTokenError('failed'), true],
      ['HTTP 503: Retry', () => new EventsHttpError(503, ''), true],
    ];
    for (const [what, error, offered] of kept) {
      it(`<${tag}>: ${what}`, async () => {
        const el = await failing(tag, error);
        expect(retryButton(el) !== null).to.equal(offered);
      });
    }
  }

  it('<ev-detail>: Retry by keyboard that ends in a config error keeps focus in the element, on the error', async () => {
    let error: EventsApiError = new EventsHttpError(503, '');
    const el = await failing('ev-detail', () => error);
    retryButton(el)!.focus();
    error = new EventsConfigError('X-Tenant');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.matches(':state(error)') && retryButton(el) === null, 'the config error', { timeout: 8000 });
    await waitUntil(() => el.shadowRoot!.activeElement !== null, `focus inside <ev-detail> (it is on ${document.activeElement?.tagName})`, { timeout: 3000 });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('error');
    await expect(el).to.be.accessible();
  });
});
