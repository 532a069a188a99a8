/**
 * Switching a `follow-selection` detail between events (A, then B, then A again): an event
 * loaded a moment ago is shown at once, a quick load swaps the content in place, so no
 * "Loading…" flashes, nothing is announced, and the focus stays on the button it was on. A slow
 * load still shows the loading view; the previous event is never reported ready for the next.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/source/ev-source.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { detailEvent, modelUpdatedEvent } from '../../fixtures/detail-events.js';
import { $, text, until } from './helpers.js';

/** What each update left on screen: its state, whether the loading view is there, the action shown. */
function watch(el: EvDetail): string[] {
  const seen: string[] = [];
  const proto = Object.getPrototypeOf(el) as { updated(changed: Map<PropertyKey, unknown>): void };
  Object.assign(el, {
    updated(this: EvDetail, changed: Map<PropertyKey, unknown>) {
      proto.updated.call(this, changed);
      const loading = $(this, '[part="loading"]');
      seen.push(`${String(this.viewState)}: ${loading ? text(loading) : text($(this, '[part="action"]'))}`);
    },
  });
  return seen;
}

/** The focused element inside the detail's shadow root, as its text ('' when focus left it). */
function focused(el: EvDetail): string {
  return document.activeElement === el && el.shadowRoot!.activeElement ? text(el.shadowRoot!.activeElement) : '';
}

async function settle(el: EvDetail, action: string): Promise<void> {
  await until(el, 'ready');
  for (let i = 0; i < 100 && text($(el, '[part="action"]')) !== action; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  expect(text($(el, '[part="action"]'))).to.equal(action);
}

describe('<ev-detail> switching between events', () => {
  it('A → B → A: no "Loading…" flash, the focus stays on its button, a cached event is shown at once', async () => {
    const [a, b] = [modelUpdatedEvent(), detailEvent('login', { auth_method: 'password' })];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events: [a!, b!] })}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    source.selection = a!.pk;
    await settle(el, 'Model updated');
    const copy = $(el, '[part="event-id"] [part="copy-button"]')!;
    copy.focus();
    expect(focused(el)).to.equal('Copy');
    const seen = watch(el);

    source.selection = b!.pk;
    await settle(el, 'Login');
    expect(focused(el), 'focus after A → B').to.equal('Copy');

    const fromB = seen.length;
    source.selection = a!.pk;
    await settle(el, 'Model updated');
    expect(focused(el), 'focus after B → A').to.equal('Copy');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;

    expect(seen.filter((s) => s.includes('Loading…')), seen.join(' | ')).to.deep.equal([]);
    // A was loaded a moment ago: shown at once (its load then completes with the same event), never loading.
    expect([...new Set(seen.slice(fromB))], seen.join(' | ')).to.deep.equal(['ready: Model updated']);
    await expect(el).to.be.accessible();
  });

  it('a slow load keeps the previous event busy for a moment, then shows the loading view, never the previous as ready', async () => {
    const [a, b] = [modelUpdatedEvent(), detailEvent('login', { auth_method: 'password' })];
    const client = createMemoryClient({ events: [a!, b!], latencyMs: 1500 });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    source.selection = b!.pk;
    await settle(el, 'Login');
    const seen = watch(el);
    source.selection = a!.pk;
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    for (let i = 0; i < 150 && !$(el, '[part="loading"]'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    expect(text($(el, '[part="loading"]'))).to.equal('Loading…');
    await settle(el, 'Model updated');
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(seen.filter((s) => s.startsWith('ready')), seen.join(' | ')).to.deep.equal(['ready: Model updated']);
    expect(seen[0]).to.equal('loading: Login');
  });
});
