// Users and action labels in <ev-map>'s popups and legend come from event data: a right-to-left
// name, or one with bidi controls of its own (a stray pop-isolate, then an override), must not
// reorder the time, the count or anything else shown next to it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, readsLeftToRight, text } from './helpers.js';

const HEBREW = '\u05e9\u05dc\u05d5\u05dd';
const ACTIONS = [`custom_${HEBREW}`, 'custom_x\u2069\u202E', 'login'];
const USERS = [HEBREW, 'bob\u2069\u202E', 'carol\u202E'];

async function mapWith(dir: 'ltr' | 'rtl'): Promise<EvMap> {
  const events = eventsAt(12, BERLIN, 1).map((e, i) => ({ ...e, action: ACTIONS[i % 3]!, user: { ...e.user, username: USERS[i % 3]! } }));
  const source = await fixture<EvSource>(html`<ev-source lang="en" dir=${dir}><ev-map .events=${events}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  return el;
}

for (const dir of ['ltr', 'rtl'] as const) {
  describe(`<ev-map> users and action labels from the data (${dir})`, () => {
    it('in a popup, the time after a user or action with bidi controls reads in order', async () => {
      const el = await mapWith(dir);
      $$(el, '[part=location]')[0]!.click();
      await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
      const items = $$(el, '.popup-event');
      expect(items.length).to.be.greaterThan(2);
      for (const item of items) {
        const time = item.querySelector('time')!;
        const user = text(item.querySelector('.popup-user'));
        expect(readsLeftToRight(time, 'Nov'), `the month after "${user}"`).to.equal(true);
        expect(readsLeftToRight(time, '2026'), `the year after "${user}"`).to.equal(true);
      }
      // The user's and a custom action's own controls are shown as marks (as <ev-log> shows them), so none acts.
      const users = items.map((i) => text(i.querySelector('.popup-user')));
      expect(users).to.include('bob⟨U+2069⟩⟨U+202E⟩');
      expect(users).to.include('carol⟨U+202E⟩');
      expect(users).to.include(HEBREW);
      expect(items.map((i) => text(i.querySelector('.popup-action')))).to.include('Custom: X⟨U+2069⟩⟨U+202E⟩');
      await expect(el).to.be.accessible();
    });

    it('in the legend, each count stays after its action label', async () => {
      const el = await mapWith(dir);
      const rows = $$(el, '[part=legend] li');
      expect(rows.length).to.equal(3);
      for (const li of rows) {
        const label = li.querySelector('.legend-label')!.getBoundingClientRect();
        const count = li.querySelector('.legend-count')!;
        const box = count.getBoundingClientRect();
        expect(dir === 'ltr' ? box.left >= label.right : box.right <= label.left, `the count after "${text(li)}"`).to.equal(true);
        expect(text(count)).to.equal('4');
      }
      expect(rows.map((li) => text(li.querySelector('.legend-label')))).to.include('Custom: X⟨U+2069⟩⟨U+202E⟩');
    });
  });
}
