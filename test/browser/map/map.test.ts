import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/map/ev-map.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { makeEvents } from '../../fixtures/events.js';
import { $, $$, drawn } from './helpers.js';

describe('<ev-map>', () => {
  it('renders the base layer and clusters for given events', async () => {
    const events = makeEvents({ count: 300 });
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    console.log($(el, '.toolbar')!.textContent, el.view, $$(el, 'canvas').length, $(el, '.below')?.textContent?.replace(/\s+/g, ' '));
    await expect(el).to.be.accessible();
  });
});
