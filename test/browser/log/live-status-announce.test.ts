/**
 * The live connection's state is spoken, not only shown: a screen-reader user following a live
 * log hears when it goes offline, when live updates stopped for good, and when either is over. The
 * start ("Connecting…", "Live") and the element's own stop (live turned off) are not said.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, LiveMessage } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { manyEvents, settle, shadow, waitFor } from './helpers.js';

function liveRegion(el: EvLog): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

/** Every wording the region takes on, in order. */
function recordSaid(region: HTMLElement): string[] {
  const said: string[] = [];
  let last = region.textContent!.trim();
  new MutationObserver(() => {
    const now = region.textContent!.trim();
    if (now && now !== last) said.push(now);
    last = now;
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** A client whose live channel the test drives. */
function drivenClient(): { client: EventsClient; push: (m: LiveMessage) => void } {
  const inner = createMemoryClient({ events: manyEvents(50) });
  let send: ((m: LiveMessage) => void) | undefined;
  const client: EventsClient = {
    ...inner,
    subscribe: (onMessage) => {
      send = onMessage;
      queueMicrotask(() => onMessage({ type: 'status', status: 'open' }));
      return () => (send = undefined);
    },
  };
  return { client, push: (m) => send?.(m) };
}

const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')?.textContent?.trim();

describe('<ev-log live> connection state is announced', () => {
  it('offline (once, however often it retries), back online, then stopped for good', async () => {
    const { client, push } = drivenClient();
    const el = await fixture<EvLog>(html`<ev-log live style="height: 400px" .client=${client}></ev-log>`);
    await waitFor(() => status(el) === 'Live', 'live');
    await settle(el);
    const region = liveRegion(el);
    const said = recordSaid(region);
    expect(said, 'the start is not said').to.deep.equal([]);

    push({ type: 'status', status: 'offline' });
    await waitFor(() => region.textContent!.trim() === 'Offline, retrying', `offline said (said: "${region.textContent!.trim()}")`);
    push({ type: 'status', status: 'connecting' });
    push({ type: 'status', status: 'offline' });
    await settle(el);
    push({ type: 'status', status: 'open' });
    await waitFor(() => region.textContent!.trim() === 'Live', `back said (said: "${region.textContent!.trim()}")`);

    push({ type: 'status', status: 'closed', error: 'auth' });
    await waitFor(() => status(el) === 'Live updates stopped', 'stopped shown');
    await waitFor(() => region.textContent!.trim() === 'Live updates stopped', `stopped said (said: "${region.textContent!.trim()}")`);
    await expect(el).to.be.accessible();
    // A reload that works opens it again: said too.
    el.refresh();
    await waitFor(() => status(el) === 'Live', 'live again');
    await waitFor(() => region.textContent!.trim() === 'Live', `back again said (said: "${region.textContent!.trim()}")`);
    expect(said).to.deep.equal(['Offline, retrying', 'Live', 'Live updates stopped', 'Live']);
  });

  it('turning live off is not announced as a stop', async () => {
    const { client } = drivenClient();
    const el = await fixture<EvLog>(html`<ev-log live style="height: 400px" .client=${client}></ev-log>`);
    await waitFor(() => status(el) === 'Live', 'live');
    const said = recordSaid(liveRegion(el));
    el.live = false;
    await settle(el, 4);
    expect(said).to.deep.equal([]);
  });
});
