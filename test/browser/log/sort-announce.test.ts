// Sorting from a header is said once the new order has loaded ("Sorted by User, ascending"):
// `aria-sort` alone changes on the header around the focused button, which screen readers do not
// reliably speak, so a keyboard user pressing Enter on a sort button would hear nothing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

const events = makeEvents({ count: 120 });

describe('<ev-log> sorting is announced', () => {
  it('Enter on a sort button says the new order once it loaded; again for the other direction', async () => {
    const el = await mountLog({ client: createMemoryClient({ events }) });
    await waitFor(() => el.matches(':state(ready)'), 'rows');
    await settle(el);
    const region = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    const said = () => region.textContent!.trim();
    const user = shadow(el).querySelectorAll<HTMLElement>('[part="sort-button"]')[1]!;
    user.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said() === 'Sorted by User, ascending', `"Sorted by User, ascending" said (said: "${said()}")`);
    expect(shadow(el).querySelectorAll('[role="columnheader"]')[1]!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => said() === 'Sorted by User, descending', '"Sorted by User, descending" said');
    await settle(el);
    expect((shadow(el).activeElement as HTMLElement).getAttribute('part'), 'focus stays on the sort button').to.equal('sort-button');
    await expect(el).to.be.accessible();
  });
});
