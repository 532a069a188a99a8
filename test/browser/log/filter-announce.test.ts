// A new filter's result is a status message (WCAG 4.1.3): once its first page has loaded, the
// number of matching events is said politely, so a screen-reader user who filtered hears how
// many events match without leaving the filter. Loading the log the first time says nothing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

const events = makeEvents({ count: 120, actions: ['login', 'logout', 'login_failed'] });
const ACTION = events[0]!.action;
const matching = events.filter((e) => e.action === ACTION).length;

describe('<ev-log> a filter’s result is announced', () => {
  it('typing a filter (Enter) says how many events match; clearing it says the whole count; nothing on first load', async () => {
    const el = await mountLog({ client: createMemoryClient({ events }) });
    await waitFor(() => el.matches(':state(ready)'), 'rows');
    const region = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    expect(region.textContent!.trim(), 'first load').to.equal('');

    el.store.patchFilter({ actions: [ACTION] });
    await waitFor(() => region.textContent!.trim() === `${matching} events`, `"${matching} events" said`);

    const user = events[3]!.user!.username!;
    shadow(el).querySelector<HTMLInputElement>('input[name="username"]')!.focus();
    await sendKeys({ type: user });
    await sendKeys({ press: 'Enter' });
    const count = () => shadow(el).querySelector('[part="count"]')!.textContent!.trim();
    await waitFor(() => el.matches(':state(ready)') && count() !== `${matching} events`, 'the narrower result');
    await waitFor(() => region.textContent!.trim() === count(), 'the narrower count said');

    el.store.clearFilter();
    await waitFor(() => region.textContent!.trim() === '120 events', 'the whole count said');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('a filter nothing matches says "0 events"', async () => {
    const el = await mountLog({ events });
    const region = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    el.store.patchFilter({ username: 'nobody-has-this-name' });
    await waitFor(() => region.textContent!.trim() === '0 events', '"0 events" said');
  });
});
