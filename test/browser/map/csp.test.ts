// Runs in its own page: the policy below stays for the whole file.
import { expect, fixture, html } from '@open-wc/testing';
import type { EvMap } from '../../../src/components/map/map.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { $$, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

describe('<ev-map> under a strict CSP with Trusted Types', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html event-elements";
    document.head.append(meta);
  });

  it('enforces Trusted Types here (control)', () => {
    expect(() => {
      // eslint-disable-next-line no-restricted-syntax -- the control: this assignment must be refused
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('loads Leaflet, draws, and clusters in a worker through the event-elements policy', async () => {
    await import('../../../src/components/map/ev-map.js');
    const events = [...eventsAt(4, { ...BERLIN, city: hostileStrings[0]! }), ...eventsAt(2, TOKYO)];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(el.clustering).to.equal('worker');
    expect($$(el, '[part=location]').map(text)).to.deep.equal([`${hostileStrings[0]}, Germany 4 events`, 'Tokyo, Japan 2 events']);
    $$(el, '[part=location]')[0]!.click();
    await el.rendered;
    expect(pwned()).to.equal(false);
    // The innerHTML setter is the browser's own again after Leaflet loaded.
    expect(String(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set)).to.contain('[native code]');
  });
});
