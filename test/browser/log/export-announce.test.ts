// The outcome of an export is said through the log's always-present polite live region: a
// `role="status"` element inserted with its words already inside is often not spoken at all.
// The visible status line keeps the same words.
import { expect } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { ControlledClient, manyEvents, mountLog, settle, shadow, waitFor } from './helpers.js';

function liveRegion(el: EvLog): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

describe('<ev-log> export outcome is announced', () => {
  it('"Exported N events." is said by the persistent live region and stays visible', async () => {
    const el = await mountLog({ events: makeEvents({ count: 42 }) });
    await settle(el);
    const region = liveRegion(el);
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    await el.exportEvents('csv');
    await waitFor(() => region.textContent!.trim() === 'Exported 42 events.', `outcome said (said: "${region.textContent!.trim()}")`);
    expect(liveRegion(el), 'the same region, not a new one').to.equal(region);
    expect(shadow(el).querySelector('[part="export-status"]')!.textContent!.trim()).to.equal('Exported 42 events.');
    await expect(el).to.be.accessible();
  });

  it('a failed export is said too', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1600) }));
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    const region = liveRegion(el);
    client.failPages = new Set([1, 2, 3]);
    await el.exportEvents('json');
    await waitFor(() => region.textContent!.trim() === 'The export failed.', `failure said (said: "${region.textContent!.trim()}")`);
    expect(shadow(el).querySelector('[part="export-status"]')!.textContent!.trim()).to.equal('The export failed.');
  });
});
