/** Set-up for <ev-log> on a phone (`height: 400px`; the tests set the 375 × 667 viewport). */
import { fixture, html } from '@open-wc/testing';
import type { EvLog } from '../../../src/components/log/log.js';
import { dataRows, manyEvents, settle, shadow } from './helpers.js';

/** Rows drawn whole inside the rows' viewport and the element's box. */
export function rowsShown(el: EvLog): number {
  const host = el.getBoundingClientRect();
  const view = shadow(el).querySelector('.window')!.getBoundingClientRect();
  return dataRows(el).filter((r) => {
    const b = r.getBoundingClientRect();
    return b.height > 0 && b.top >= Math.max(host.top, view.top) - 1 && b.bottom <= Math.min(host.bottom, view.bottom) + 1;
  }).length;
}

/** A 400px-high log of 50 events, settled. */
export async function phoneLog(lang = 'en'): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang=${lang} style="height: 400px" .events=${manyEvents(50)}></ev-log>`);
  await settle(el, 3);
  return el;
}
