// The outcome of an export is said through the log's always-present polite live region: a
// `role="status"` element inserted with its words already inside is often not spoken at all.
// The visible status line keeps the same words. The progress is said by the same region: once
// when the export starts, then only every few seconds at a new quarter of the total (a fast export
// says nothing between its start and its outcome); the progress box is no live region of its own.
import { expect } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { ControlledClient, manyEvents, mountLog, settle, shadow, waitFor } from './helpers.js';

function liveRegion(el: EvLog): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

/** Every wording the region takes on, in order (the same words again after an empty moment count again). */
function recordSaid(region: HTMLElement): { said: string[]; stop: () => void } {
  const said: string[] = [];
  let last = region.textContent!.trim();
  const observer = new MutationObserver(() => {
    const now = region.textContent!.trim();
    if (now && now !== last) said.push(now);
    last = now;
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
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

  it('a slow export says its progress: at the start, then at most every few seconds, before the outcome', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1600) }));
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    const region = liveRegion(el);
    const realNow = Date.now;
    let shift = 0;
    Date.now = () => realNow() + shift;
    const { said, stop } = recordSaid(region);
    try {
      el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
      client.hold = true;
      const before = client.calls.length;
      const progress = () => shadow(el).querySelector('[part="export-progress"]')!;
      const shown = () => progress().querySelector('span')!.textContent!.trim();
      void el.exportEvents('csv');
      await waitFor(() => client.calls.length === before + 1, 'first export page');
      await waitFor(() => region.textContent!.trim() === 'Exporting events…', `start said (said: "${region.textContent!.trim()}")`);
      // No "0 events" before the first page: the start is said (and shown) as a start.
      expect(shown()).to.equal('Exporting events…');
      expect(progress().querySelector('progress')!.getAttribute('aria-label')).to.equal('Exporting events…');
      expect(progress().closest('[role="status"], [aria-live]'), 'the box is no second live region').to.equal(null);
      expect(progress().querySelector('[role="status"], [aria-live]')).to.equal(null);
      await expect(el).to.be.accessible();
      // The first page arrives at once: shown, not said.
      client.release();
      await waitFor(() => client.calls.length === before + 2, 'second export page');
      await settle(el);
      expect(shown()).to.equal('Exporting… 500 of 1,600 events');
      // Seconds later the next page: said.
      shift += 6000;
      client.release();
      await waitFor(() => client.calls.length === before + 3, 'third export page');
      await waitFor(() => region.textContent!.trim() === 'Exporting… 1,000 of 1,600 events', `progress said (said: "${region.textContent!.trim()}")`);
      // The rest right after it: shown, not said, then the outcome.
      client.hold = false;
      client.release();
      await waitFor(() => region.textContent!.trim() === 'Exported 1,600 events.', `outcome said (said: "${region.textContent!.trim()}")`);
      expect(said).to.deep.equal(['Exporting events…', 'Exporting… 1,000 of 1,600 events', 'Exported 1,600 events.']);
    } finally {
      stop();
      Date.now = realNow;
      client.hold = false;
      client.release();
    }
  });

  it('a fast export says no progress between its start and its outcome', async () => {
    const el = await mountLog({ events: makeEvents({ count: 1200 }) });
    await settle(el);
    const region = liveRegion(el);
    const { said, stop } = recordSaid(region);
    try {
      el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
      await el.exportEvents('json');
      await waitFor(() => region.textContent!.trim() === 'Exported 1,200 events.', `outcome said (said: "${region.textContent!.trim()}")`);
      // The start may be said (if it reached the page before the end); no count in between.
      expect(said.filter((words) => words !== 'Exporting events…')).to.deep.equal(['Exported 1,200 events.']);
      expect(said.length, said.join(' | ')).to.be.at.most(2);
    } finally {
      stop();
    }
  });

  it('in German the start is said as a start too', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1600) }));
    await import('../../../src/i18n/locales/de.js');
    const el = await mountLog({ client });
    el.lang = 'de';
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    const region = liveRegion(el);
    try {
      el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
      client.hold = true;
      const before = client.calls.length;
      void el.exportEvents('json');
      await waitFor(() => client.calls.length === before + 1, 'first export page');
      await waitFor(() => region.textContent!.trim() === 'Ereignisse werden exportiert…', `start said (said: "${region.textContent!.trim()}")`);
      expect(shadow(el).querySelector('[part="export-progress"] span')!.textContent!.trim()).to.equal('Ereignisse werden exportiert…');
      client.hold = false;
      client.release();
      await waitFor(() => region.textContent!.trim() === '1.600 Ereignisse exportiert.', `outcome said (said: "${region.textContent!.trim()}")`);
    } finally {
      client.hold = false;
      client.release();
    }
  });
});
