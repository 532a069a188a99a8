/**
 * A `follow-selection` detail switched to an event that takes long to load (longer than the moment
 * the previous event stays on screen): the loading view replaces the content the focus was in.
 * The focus stays in the detail — on the loading view, then on the new event's card, named by it —
 * instead of dropping to the page, where a keyboard or screen-reader user would start over.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import '../../../src/components/source/ev-source.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { detailEvent, modelUpdatedEvent } from '../../fixtures/detail-events.js';
import { $, text, until } from './helpers.js';

/** A memory client whose answer for `slowPk` waits until `release()`. */
function heldClient(events: EventRecord[], slowPk: string) {
  const memory = createMemoryClient({ events });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const client: EventsClient = {
    ...memory,
    getEvent: async (pk, options) => {
      if (pk === slowPk) await held;
      return memory.getEvent(pk, options);
    },
  };
  return { client, release };
}

describe('<ev-detail> a slow load replacing the content the focus is in', () => {
  it('keeps the focus in the detail: on the loading view, then on the new event', async () => {
    const [a, b] = [modelUpdatedEvent(), detailEvent('login', { auth_method: 'password' })];
    const { client, release } = heldClient([a!, b!], b!.pk);
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    source.selection = a!.pk;
    await until(el, 'ready');
    $(el, '[part="event-id"] [part="copy-button"]')!.focus();
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('copy-button');

    source.selection = b!.pk;
    await waitUntil(() => $(el, '[part="loading"]') !== null, 'the loading view never came', { timeout: 5000 });
    await el.updateComplete;
    expect(document.activeElement === el, `focus left the detail while loading (to ${document.activeElement?.localName})`).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('loading');
    await expect(el).to.be.accessible();

    release();
    await until(el, 'ready');
    await el.updateComplete;
    expect(document.activeElement === el, `focus left the detail once loaded (to ${document.activeElement?.localName})`).to.equal(true);
    const card = el.shadowRoot!.activeElement!;
    expect(card.getAttribute('part')).to.equal('base');
    expect(card.getAttribute('aria-label')).to.equal('Event: Login');
    // From there, Tab reaches the new event's controls.
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Copy');
    await expect(el).to.be.accessible();
  });
});
