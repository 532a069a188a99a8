import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import '../../../src/define.js';
import { EvElement } from '../../../src/base/ev-element.js';
import { define } from '../../../src/base/define.js';
import type { EventsClient } from '../../../src/client/types.js';
import { EvSource } from '../../../src/components/source/source.js';
import { clientContext } from '../../../src/context/client-context.js';
import { EvSelectEvent } from '../../../src/events/ev-select.js';
import { defineStrings, registerTranslation, setTranslation } from '../../../src/i18n/translation.js';
import { t } from '../../../src/styles/token.js';
import { FakeClient } from '../../fixtures/fake-client.js';

declare module '../../../src/i18n/translation.js' {
  interface Translation {
    probe: { hello: string; count: (n: number) => string };
  }
}
defineStrings('probe', { hello: 'Hello', count: (n) => (n === 1 ? '1 event' : `${n} events`) });

/** A consumer like every component: reads the client from context and shows what it got. */
class TestConsumer extends EvElement {
  static override styles = [
    EvElement.styles,
    css`
      .swatch {
        background: ${t('color-bg')};
        color: ${t('color-text')};
      }
    `,
  ];
  @consume({ context: clientContext, subscribe: true })
  @state()
  client?: EventsClient;

  override render() {
    return litHtml`<p class="swatch">${this.client ? 'connected' : this.i18n.common.noClient}</p>
      <p class="hello">${this.i18n.probe.hello} — ${this.i18n.probe.count(2)}</p>`;
  }
}
customElements.define('test-consumer', TestConsumer);

/** An element that puts a consumer inside its own shadow root. */
class TestWrapper extends LitElement {
  override render() {
    return litHtml`<test-consumer></test-consumer>`;
  }
}
customElements.define('test-wrapper', TestWrapper);

describe('foundation', () => {
  afterEach(() => setTranslation({}));

  describe('<ev-source>', () => {
    it('provides its client to descendants, including inside other shadow roots', async () => {
      const client = new FakeClient();
      const el = await fixture<EvSource>(html`
        <ev-source .client=${client}>
          <test-consumer id="direct"></test-consumer>
          <test-wrapper></test-wrapper>
        </ev-source>
      `);
      const direct = el.querySelector<TestConsumer>('#direct')!;
      const nested = el.querySelector('test-wrapper')!.shadowRoot!.querySelector<TestConsumer>('test-consumer')!;
      await direct.updateComplete;
      await nested.updateComplete;
      expect(direct.client).to.equal(client);
      expect(nested.client).to.equal(client);
      expect(nested.shadowRoot!.textContent).to.contain('connected');
      await expect(el).to.be.accessible();
    });

    it('pushes a replaced client to existing consumers', async () => {
      const first = new FakeClient();
      const second = new FakeClient();
      const el = await fixture<EvSource>(html`<ev-source .client=${first}><test-consumer></test-consumer></ev-source>`);
      const consumer = el.querySelector<TestConsumer>('test-consumer')!;
      expect(consumer.client).to.equal(first);
      el.client = second;
      await el.updateComplete;
      await consumer.updateComplete;
      expect(consumer.client).to.equal(second);
    });

    it('reaches consumers that were upgraded before the provider was defined', async () => {
      const client = new FakeClient();
      const host = await fixture(html`<test-late-source><test-consumer></test-consumer></test-late-source>`);
      const consumer = host.querySelector<TestConsumer>('test-consumer')!;
      expect(consumer.client).to.equal(undefined);
      (host as EvSource).client = client;
      class LateSource extends EvSource {}
      customElements.define('test-late-source', LateSource);
      await (host as EvSource).updateComplete;
      await consumer.updateComplete;
      expect(consumer.client).to.equal(client);
    });

    it('says so, in text, when no source is connected', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
      expect(el.shadowRoot!.textContent).to.contain('No events source is connected');
      await expect(el).to.be.accessible();
    });
  });

  describe('define()', () => {
    it('warns and keeps the first class when a tag is defined twice; never throws', () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        class Other extends HTMLElement {}
        expect(() => define('ev-source', Other)).not.to.throw();
        expect(() => define('ev-source', EvSource)).not.to.throw();
      } finally {
        console.warn = original;
      }
      expect(customElements.get('ev-source')).to.equal(EvSource);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('<ev-source> is already defined');
    });
  });

  describe('EvElement', () => {
    it('inherits lang and dir across shadow roots', async () => {
      const el = await fixture(html`<div lang="de-AT" dir="rtl"><test-wrapper></test-wrapper></div>`);
      const consumer = el.querySelector('test-wrapper')!.shadowRoot!.querySelector<TestConsumer>('test-consumer')!;
      expect(consumer.effectiveLang).to.equal('de-AT');
      expect(consumer.effectiveDir).to.equal('rtl');
    });

    it('resolves strings: English defaults, a registered language by primary subtag, per-element overrides', async () => {
      registerTranslation('de', { probe: { hello: 'Hallo', count: (n: number) => `${n} Ereignisse` } });
      const el = await fixture(html`<div>
        <test-consumer id="en" lang="en"></test-consumer>
        <test-consumer id="de" lang="de-CH"></test-consumer>
        <test-consumer id="own" lang="de" .strings=${{ probe: { hello: 'Servus' } }}></test-consumer>
      </div>`);
      const text = (id: string) => el.querySelector(`#${id}`)!.shadowRoot!.querySelector('.hello')!.textContent;
      expect(text('en')).to.equal('Hello — 2 events');
      expect(text('de')).to.equal('Hallo — 2 Ereignisse');
      expect(text('own')).to.equal('Servus — 2 Ereignisse');
    });

    it('re-renders when the global translation changes', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer lang="en"></test-consumer>`);
      setTranslation({ probe: { hello: 'Howdy' } });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.hello')!.textContent).to.contain('Howdy');
    });

    it('applies light and dark tokens, the theme override, and page token overrides', async () => {
      const el = await fixture<TestConsumer>(html`<test-consumer theme="light"></test-consumer>`);
      const swatch = () => getComputedStyle(el.shadowRoot!.querySelector('.swatch')!).backgroundColor;
      expect(swatch()).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(swatch()).to.equal('rgb(22, 24, 29)');
      el.style.setProperty('--ev-color-bg', 'rgb(1, 2, 3)');
      expect(swatch()).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('typed events', () => {
    it('bubble out of shadow roots with a typed detail and can be cancelled', async () => {
      const el = await fixture(html`<div><test-wrapper></test-wrapper></div>`);
      const inner = el.querySelector('test-wrapper')!.shadowRoot!.querySelector('test-consumer')!;
      const event = { pk: '1' } as never;
      setTimeout(() => inner.dispatchEvent(new EvSelectEvent({ event })));
      const received = await oneEvent(el, 'ev-select');
      expect(received).to.be.instanceOf(EvSelectEvent);
      expect(received.detail.event).to.equal(event);
      expect(received.composed && received.bubbles && received.cancelable).to.equal(true);
    });
  });

  describe('axe', () => {
    it('really runs (negative control: an unlabeled button fails)', async () => {
      const el = await fixture(html`<div><button></button></div>`);
      let failed = false;
      try {
        await expect(el).to.be.accessible();
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
    });
  });
});
