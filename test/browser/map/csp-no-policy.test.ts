// Runs in its own page: the policy below stays for the whole file.
import { expect, fixture, html } from '@open-wc/testing';
import type { EvMap } from '../../../src/components/map/map.js';
import { BERLIN, TOKYO, drawn, eventsAt, text, $ } from './helpers.js';

describe('<ev-map> when the page refuses its Trusted Types policy', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
  });

  it('clusters on the main thread instead, with the same result', async () => {
    await import('../../../src/components/map/ev-map.js');
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(4, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map>`);
    await drawn(el);
    expect(el.clustering).to.equal('main');
    expect(text($(el, '[part=summary]'))).to.equal('6 events at 2 places');
  });
});
