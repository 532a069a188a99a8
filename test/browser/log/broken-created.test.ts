/**
 * An event whose `created` is no time (null, a number) from an unvalidated source (`.events`, a
 * memory client) is listed like any other: its time cells show what it holds, nothing throws.
 * Before, formatRelative handed the non-string back and the row's text cut threw a TypeError.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';

describe('<ev-log>: events whose created is no time', () => {
  it('lists them with the good ones and throws nothing', async () => {
    const [good, a, b] = makeEvents({ count: 3 });
    const broken = [
      { ...a, pk: 'broken-null', created: null },
      { ...b, pk: 'broken-number', created: 1_700_000_000_000 },
    ] as unknown as EventRecord[];
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 480px; width: 1000px" .events=${[good!, ...broken]}></ev-log>`);
      for (let i = 0; i < 3; i++) {
        await el.updateComplete;
        await nextFrame();
      }
      const rows = el.shadowRoot!.querySelectorAll('.data-row');
      expect(rows.length, 'rows listed').to.equal(3);
      expect(el.matches(':state(error)'), 'the log shows an error').to.equal(false);
      // Each row opened in turn: the detail shows the broken time as text.
      for (let i = 0; i < 3; i++) {
        const cell = el.shadowRoot!.querySelectorAll('.data-row')[i]!.querySelector<HTMLElement>('[role="gridcell"]')!;
        cell.click();
        for (let j = 0; j < 3; j++) {
          await el.updateComplete;
          await nextFrame();
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors.map(String)).to.deep.equal([]);
  });
});
