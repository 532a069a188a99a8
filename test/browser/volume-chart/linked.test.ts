import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { resetMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { EvDataElement } from '../../../src/base/ev-data-element.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { DAY, HOUR, click, drag, hourly, parts, pointAt, recentEvents, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

/** Stands in for <ev-log>: lists what the shared filter lets through. */
class FollowerView extends EvDataElement {
  override render() {
    const { since, until, actions } = this.store.filter;
    return litHtml`<p>${since ?? '-'} ${until ?? '-'} ${actions?.join(',') ?? '-'}</p>`;
  }
}
customElements.define('test-follower', FollowerView);

async function linked(buckets = hourly(T0, ['login', 'logout'], [[4, 2], [1, 1], [0, 0], [3, 3]])) {
  const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient()}>
    <ev-volume-chart style="width: 640px" .buckets=${buckets}></ev-volume-chart>
    <test-follower></test-follower>
  </ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await el.updateComplete;
  return { source, el, follower: source.querySelector<FollowerView>('test-follower')! };
}

describe('<ev-volume-chart> linked to the shared filter', () => {
  afterEach(() => resetMouse());

  it('clicking a segment selects its bar and action; the follower and the selection bar show it', async () => {
    const { source, el, follower } = await linked();
    const selected = oneEvent(el, 'ev-range-select');
    // Bar 0: login 0–4 at the bottom, logout 4–6 on top.
    await click(pointAt(el, T0 + HOUR / 2, 5));
    const event = await selected;
    expect(event.detail).to.deep.equal({ since: new Date(T0).toISOString(), until: new Date(T0 + HOUR).toISOString(), action: 'logout', trigger: 'click' });
    expect(source.store.filter).to.deep.equal({ since: new Date(T0).toISOString(), until: new Date(T0 + HOUR).toISOString(), actions: ['logout'] });
    await follower.updateComplete;
    expect(follower.shadowRoot!.textContent).to.contain(`${new Date(T0).toISOString()} ${new Date(T0 + HOUR).toISOString()} logout`);
    await el.updateComplete;
    expect(text(el, '[part=selection-bar] span')).to.match(/^Selected: .*, Logout$/);
    expect(parts(el, 'selection')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('clicking above a stack selects the whole bar; "clear range" removes the range and the action a click set', async () => {
    const { source, el } = await linked();
    await click(pointAt(el, T0 + 1.5 * HOUR, 4));
    expect(source.store.filter).to.deep.equal({ since: new Date(T0 + HOUR).toISOString(), until: new Date(T0 + 2 * HOUR).toISOString() });
    source.store.patchFilter({ actions: ['login', 'logout'] });
    await el.updateComplete;
    await click(pointAt(el, T0 + HOUR / 2, 2));
    expect(source.store.filter.actions).to.deep.equal(['login']);
    await el.updateComplete;
    // Only login is left in the chart; another of its segments keeps the user's earlier actions to restore.
    await click(pointAt(el, T0 + 3.5 * HOUR, 1));
    expect(source.store.filter).to.deep.equal({ since: new Date(T0 + 3 * HOUR).toISOString(), until: new Date(T0 + 4 * HOUR).toISOString(), actions: ['login'] });
    await el.updateComplete;
    const cleared = oneEvent(el, 'ev-range-select');
    parts(el, 'clear-range')[0]!.click();
    expect((await cleared).detail).to.deep.equal({ since: null, until: null, action: null, trigger: 'clear' });
    expect(source.store.filter).to.deep.equal({ actions: ['login', 'logout'] });
    await el.updateComplete;
    expect(parts(el, 'selection-bar')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('canvas'));
  });

  it('dragging across bars selects the span (either direction)', async () => {
    const { source, el } = await linked();
    const selected = oneEvent(el, 'ev-range-select');
    await drag(pointAt(el, T0 + 3.5 * HOUR, 1), pointAt(el, T0 + 1.5 * HOUR, 1));
    expect((await selected).detail).to.deep.equal({ since: new Date(T0 + HOUR).toISOString(), until: new Date(T0 + 4 * HOUR).toISOString(), action: null, trigger: 'drag' });
    expect(source.store.filter).to.deep.equal({ since: new Date(T0 + HOUR).toISOString(), until: new Date(T0 + 4 * HOUR).toISOString() });
  });

  it('a cancelled ev-range-select leaves the filter alone', async () => {
    const { source, el } = await linked();
    el.addEventListener('ev-range-select', (e) => e.preventDefault());
    await click(pointAt(el, T0 + HOUR / 2, 1));
    expect(source.store.filter).to.deep.equal({});
  });

  it('an open-ended range (e.g. the log\'s "last 24 hours") is shown in the shared language and time zone, not as raw ISO', async () => {
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient()} time-zone="Asia/Tokyo">
      <ev-volume-chart lang="de" .buckets=${hourly(T0, ['login'], [[1], [2]])}></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    source.store.patchFilter({ since: new Date(T0).toISOString() });
    await el.updateComplete;
    // 2026-11-01T00:00Z is 09:00 on 1 Nov in Tokyo.
    expect(text(el, '[part=selection-bar] span')).to.equal('Ausgewählt: 01.11.26, 09:00 – …');
    source.store.patchFilter({ since: undefined, until: new Date(T0 + HOUR).toISOString() });
    await el.updateComplete;
    expect(text(el, '[part=selection-bar] span')).to.equal('Ausgewählt: … – 01.11.26, 10:00');
    await expect(el).to.be.accessible();
  });

  it('follows the shared filter: actions narrow the bars, a range outside the window widens it', async () => {
    const now = Date.now();
    const memory = createMemoryClient({ events: recentEvents(600, 40 * DAY, ['login', 'logout', 'user_write'], now) });
    const queries: Array<{ since?: string; until?: string; actions?: string[] }> = [];
    const client: EventsClient = { ...memory, volume: (q, o) => (queries.push({ ...q }), memory.volume(q, o)) };
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart></ev-volume-chart></ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)'));
    expect(parts(el, 'legend-item')).to.have.length(3);
    source.store.patchFilter({ actions: ['login'] });
    await waitUntil(() => parts(el, 'legend-item').length === 1);
    expect(queries.at(-1)!.actions).to.deep.equal(['login']);
    // A range inside the window is only highlighted: no new request.
    const count = queries.length;
    source.store.patchFilter({ since: new Date(now - 2 * DAY).toISOString(), until: new Date(now - DAY).toISOString() });
    await el.updateComplete;
    expect(queries.length).to.equal(count);
    expect(parts(el, 'selection')).to.have.length(1);
    // A range reaching 20 days back widens the 7-day window to show it.
    source.store.patchFilter({ since: new Date(now - 20 * DAY).toISOString() });
    await waitUntil(() => queries.length === count + 1);
    expect(Date.parse(queries.at(-1)!.since!)).to.equal(now - 20 * DAY);
    expect(queries.at(-1)!.until).not.to.equal(undefined);
  });
});
