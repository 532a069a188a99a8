/**
 * `heading-level` fits the card's headings into the page's outline. A value that is no heading
 * level (empty, 0, negative, a word, a fraction) keeps the default 3 (a fraction is rounded down)
 * instead of giving every heading an invalid `aria-level` (which drops them from screen readers'
 * heading lists).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/detail/ev-detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$ } from './helpers.js';

const levels = (el: EvDetail) => [...new Set($$(el, '[role=heading]').map((h) => h.getAttribute('aria-level')))];

describe('<ev-detail heading-level>', () => {
  for (const [value, expected] of [['2', '2'], ['6', '6'], ['0', '3'], ['-1', '3'], ['abc', '3'], ['', '3'], ['4.7', '4']] as const) {
    it(`"${value}" gives headings of level ${expected}`, async () => {
      const el = await fixture<EvDetail>(html`<ev-detail heading-level=${value} .event=${detailEvent('login', { auth_method: 'password' })}></ev-detail>`);
      await el.updateComplete;
      expect(levels(el)).to.deep.equal([expected]);
      await expect(el).to.be.accessible();
    });
  }
});
