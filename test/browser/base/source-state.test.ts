import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../../src/define.js';
import { EvDataElement } from '../../../src/base/ev-data-element.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError, EventsValidationError } from '../../../src/client/errors.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { EvStore } from '../../../src/context/store.js';
import { searchFromState, stateFromSearch } from '../../../src/context/url-sync.js';
import { stateStyles } from '../../../src/styles/shared.styles.js';

/** A data element like every component: shows the filter it follows and its view states. */
class TestView extends EvDataElement {
  static override styles = [EvDataElement.styles, stateStyles];
  error?: unknown;
  renders = 0;
  override render() {
    this.renders++;
    if (!this.effectiveClient) {
      this.setViewState('no-client');
      return this.renderNoClient();
    }
    if (this.error) {
      this.setViewState('error');
      return this.renderError(this.error, () => (this.error = undefined));
    }
    this.setViewState('ready');
    return litHtml`<p>${JSON.stringify(this.store.filter)} ${this.store.timeZone}</p>`;
  }
}
customElements.define('test-view', TestView);

describe('<ev-source> shared state', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('gives every element one store; a change in one re-renders the others and fires ev-filter-change', async () => {
    const client = createMemoryClient();
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><test-view id="a"></test-view><test-view id="b"></test-view></ev-source>`);
    const [a, b] = [source.querySelector<TestView>('#a')!, source.querySelector<TestView>('#b')!];
    expect(a.store).to.equal(source.store);
    expect(b.store).to.equal(source.store);
    setTimeout(() => a.store.patchFilter({ username: 'alice' }));
    const event = await oneEvent(source, 'ev-filter-change');
    expect(event.detail.filter).to.deep.equal({ username: 'alice' });
    await b.updateComplete;
    expect(b.shadowRoot!.textContent).to.contain('"username":"alice"');
    await expect(source).to.be.accessible();
  });

  it('an element without a source keeps its own store', async () => {
    const el = await fixture<TestView>(html`<test-view .client=${createMemoryClient()}></test-view>`);
    expect(el.store).to.be.instanceOf(EvStore);
    el.store.patchFilter({ actions: ['login'] });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('login');
  });

  it('time-zone attribute sets the shared zone', async () => {
    const source = await fixture<EvSource>(html`<ev-source time-zone="Asia/Tokyo" .client=${createMemoryClient()}><test-view></test-view></ev-source>`);
    const view = source.querySelector<TestView>('test-view')!;
    await view.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain('Asia/Tokyo');
    source.timeZone = 'UTC';
    await view.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain('UTC');
  });

  it('sync-url: reads the URL on connect, pushes filter changes, and follows back / forward', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&actions=login&username=bob&tz=UTC`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${createMemoryClient()}><test-view></test-view></ev-source>`);
    expect(source.filter).to.deep.equal({ actions: ['login'], username: 'bob' });
    expect(source.timeZone).to.equal('UTC');
    source.store.patchFilter({ username: undefined, client_ip: '10.0.0.1' });
    expect(location.search).to.equal('?keep=1&actions=login&client_ip=10.0.0.1&tz=UTC');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    expect(source.filter).to.deep.equal({ actions: ['login'], username: 'bob' });
  });

  it('sync-url with a time-zone attribute: a URL without tz keeps the attribute\'s zone (plain HTML)', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    // Attributes only, set before it is connected, as a plain HTML page writes it (the README's example).
    const source = document.createElement('ev-source');
    source.setAttribute('sync-url', '');
    source.setAttribute('time-zone', 'Europe/Berlin');
    const view = source.appendChild(document.createElement('test-view') as TestView);
    document.body.append(source);
    try {
      source.client = createMemoryClient();
      await view.updateComplete;
      expect(source.timeZone).to.equal('Europe/Berlin');
      expect(source.getAttribute('time-zone')).to.equal('Europe/Berlin');
      expect(view.shadowRoot!.textContent).to.contain('Europe/Berlin');
      expect(location.search).to.equal('?keep=1');
      source.store.patchFilter({ username: 'bob' });
      expect(location.search).to.equal('?keep=1&username=bob');
      source.timeZone = 'local';
      expect(location.search).to.equal('?keep=1&username=bob&tz=local');
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back();
      await popped;
      expect(source.filter).to.deep.equal({});
      expect(source.timeZone).to.equal('Europe/Berlin');
    } finally {
      source.remove();
    }
  });

  it('url helpers round-trip the state with authentik parameter names', () => {
    const store = new EvStore({ filter: { actions: ['a', 'b'], since: '2026-01-01T00:00:00.000Z' }, selection: 'pk1', timeZone: 'Europe/Berlin' });
    const search = searchFromState('?x=1', store);
    expect(search).to.equal('?x=1&actions=a&actions=b&created__gte=2026-01-01T00%3A00%3A00.000Z&tz=Europe%2FBerlin&event=pk1');
    expect(stateFromSearch(search)).to.deep.equal({ filter: store.filter, timeZone: 'Europe/Berlin', selection: 'pk1' });
  });
});

describe('EvDataElement states', () => {
  it('exposes view states as custom states and renders typed errors with retry', async () => {
    const el = await fixture<TestView>(html`<test-view></test-view>`);
    expect(el.matches(':state(no-client)')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('No events source is connected');
    el.client = createMemoryClient();
    el.error = new EventsValidationError('$.results[2].created', 'an ISO 8601 date-time');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.matches(':state(no-client)')).to.equal(false);
    const alert = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('unexpected shape');
    expect(alert.textContent).to.contain('$.results[2].created');
    await expect(el).to.be.accessible();
    el.error = new EventsHttpError(503, 'secret body');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Status 503');
    expect(el.shadowRoot!.textContent).not.to.contain('secret body');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.matches(':state(ready)')).to.equal(true);
  });
});
