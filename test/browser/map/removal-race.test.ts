// <ev-map> taken off the page in the middle of a zoom and a data change (a tab switch, a route
// change): nothing may throw on the page afterwards.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { BERLIN, TOKYO, drawn, eventsAt } from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<ev-map> removed mid-redraw', () => {
  it('removed 0–160 ms into an animated zoom plus new data, put back and removed again: no uncaught error', async function () {
    this.timeout(60_000);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String((e.error as Error | undefined)?.stack ?? e.message));
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Leaflet's own canvas error would also fail the test through mocha's global handler: keep it in `errors`.
    const mochaOnError = window.onerror;
    window.onerror = null;
    try {
      for (let delay = 0; delay <= 160; delay += 8) {
        const wrap = await fixture<HTMLDivElement>(html`<div><ev-map .events=${[...eventsAt(50, BERLIN), ...eventsAt(50, TOKYO, 3)]}></ev-map></div>`);
        const el = wrap.querySelector<EvMap>('ev-map')!;
        await drawn(el);
        void el.setView([TOKYO.lat, TOKYO.long], 6).catch(() => undefined);
        el.events = eventsAt(20, TOKYO, 9);
        await pause(delay);
        el.remove();
        await pause(300);
        wrap.append(el);
        await pause(50);
        el.remove();
        await pause(300);
        expect(errors, `removed ${delay} ms in`).to.deep.equal([]);
      }
    } finally {
      window.onerror = mochaOnError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
