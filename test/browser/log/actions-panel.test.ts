/**
 * The action multi-select's panel: a 10,000-character custom action name (event data is hostile)
 * stays inside the log instead of widening the page, and keyboard focus leaving the panel closes
 * it (as the columns menu does), so it does not stay open over the content. The actions failing
 * to load is said (the panel's text is no live region), and its Retry button names what it retries.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventsClient } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

const LONG = 'x'.repeat(10_000);

function panel(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=actions-panel]')!;
}

function actionsButton(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=actions-button]')!;
}

describe('<ev-log> actions panel', () => {
  it('a 10,000-character action name stays within the log; the page does not scroll sideways', async () => {
    const events = makeEvents({ count: 5 }).map((e, i) => (i === 0 ? { ...e, action: `custom_${LONG}` } : e));
    const el = await mountLog({ events });
    el.style.width = '600px';
    actionsButton(el).click();
    await settle(el);
    const box = panel(el).getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.width, 'panel shown').to.be.greaterThan(0);
    expect(box.right, 'the panel ends within the log').to.be.at.most(host.right + 1);
    expect(document.documentElement.scrollWidth, 'no sideways scroll of the page').to.be.at.most(innerWidth);
    // The long option is still there, named by the start of its action.
    const labels = [...panel(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
    const long = labels.find((l) => l.includes('xxxxxxxx'));
    expect(long, 'the long action is an option').to.not.equal(undefined);
    expect(long!.length, 'its label is cut').to.be.below(1000);
    await expect(el).to.be.accessible();
  });

  it('Tab past the last option closes the panel; focus stays where it went', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    actionsButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(el).querySelectorAll('input').length > 0, 'options');
    const boxes = panel(el).querySelectorAll<HTMLInputElement>('input');
    boxes[boxes.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel(el).hidden, 'panel closed').to.equal(true);
    expect(actionsButton(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement?.getAttribute('name'), 'focus on the next field').to.equal('username');
  });

  it('Shift+Tab from the actions button back out closes it too; Tab into the panel keeps it open', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    actionsButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(el).querySelectorAll('input').length > 0, 'options');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel(el).hidden, 'open while focus is in it').to.equal(false);
    expect(panel(el).contains(shadow(el).activeElement)).to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(el);
    expect(shadow(el).activeElement).to.equal(actionsButton(el));
    expect(panel(el).hidden, 'open while focus is on its button').to.equal(false);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(el);
    expect(panel(el).hidden, 'closed once focus left the field').to.equal(true);
  });

  it('actions that cannot be loaded: said in the live region, Retry names what it retries, and works', async () => {
    const inner = createMemoryClient({ events: makeEvents({ count: 20 }) });
    let fail = true;
    const client: EventsClient = { ...inner, actions: (o) => (fail ? Promise.reject(new EventsHttpError(503, 'unavailable')) : inner.actions(o)) };
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    const region = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    actionsButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => region.textContent!.trim() === 'The actions could not be loaded.', `failure said (said: "${region.textContent!.trim()}")`);
    const retry = [...panel(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Retry')!;
    expect(retry, 'a Retry button').to.not.equal(undefined);
    const describedBy = retry.getAttribute('aria-describedby');
    expect(describedBy, 'Retry is described by the failure').to.be.a('string');
    expect(shadow(el).getElementById(describedBy!)!.textContent!.trim()).to.equal('The actions could not be loaded.');
    await expect(el).to.be.accessible();
    fail = false;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(el).querySelectorAll('input[type=checkbox]').length > 0, 'actions after Retry');
    await settle(el);
    expect(shadow(el).activeElement, 'focus on the actions button, not lost with Retry').to.equal(actionsButton(el));
    expect(panel(el).hidden, 'the panel stays open').to.equal(false);
  });
});
