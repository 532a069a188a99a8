/**
 * The expanded row's summary (the log's own, when `<ev-detail>` is not defined) shows at most
 * 2,000 characters of each value (ID, action, app, user, on behalf of, client IP, place, brand).
 * A longer one ended in "…" with no sign how much was missing. Now a cut value still ends in "…"
 * (never after half a surrogate pair), and under it, always in view (the value scrolls in its box,
 * the note does not), the field says how many characters are not shown, as the Context does
 * ("48,000 more characters not shown.", numbers in the page's language, characters as a reader
 * counts them: an emoji is one). The value's scroll box is reachable from the keyboard and
 * described by the note; invisible characters in the shown part are still marks. Values within the
 * limit read as before, with no note.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect } from '@open-wc/testing';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { expandedSummary } from './summary-helpers.js';

const MAX = 2_000;
const LONG = 50_000;

async function expanded(event: EventRecord, lang = 'en'): Promise<{ el: EvLog; dd: (label: string) => HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { lang, height: 700 });
  const dd = (label: string) => [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector<HTMLElement>('dd')!;
  return { el, dd };
}

const note = (dd: HTMLElement) => dd.querySelector<HTMLElement>('[part~="value-cut"]');

/** The note is drawn, inside the field's box (not scrolled away with the value). */
function expectNoteInView(dd: HTMLElement, what: string): HTMLElement {
  const n = note(dd);
  expect(n, `${what}: a note says the value is cut`).to.not.equal(null);
  const b = n!.getBoundingClientRect();
  const box = dd.getBoundingClientRect();
  expect(b.height, `${what}: the note is drawn`).to.be.greaterThan(0);
  expect(b.top, `${what}: the note is in the field's box`).to.be.at.least(box.top - 1);
  expect(b.bottom, `${what}: the note is in the field's box`).to.be.at.most(box.bottom + 1);
  return n!;
}

/** The value's text as shown (the note and its "Copy whole value" button left out). */
function valueText(dd: HTMLElement): string {
  const copy = dd.cloneNode(true) as HTMLElement;
  copy.querySelector('[part~="value-cut"]')?.remove();
  copy.querySelector('button')?.remove();
  return copy.textContent!.trim();
}

describe('<ev-log> summary: long values cut honestly', () => {
  it('a 50,000-character username, app, client IP, brand, ID and place: "48,000 more characters not shown." under each, in view', async () => {
    const [e] = makeEvents({ count: 1 });
    const long = (c: string) => c.repeat(LONG);
    const event: EventRecord = {
      ...e!,
      pk: long('p'),
      app: long('a'),
      client_ip: long('1'),
      brand: { ...(e!.brand ?? {}), name: long('b') } as EventRecord['brand'],
      user: { ...(e!.user ?? {}), username: long('u') },
      context: { ...(e!.context ?? {}), geo: { city: long('c'), country: 'DE' } },
    };
    const { el, dd } = await expanded(event);
    for (const label of ['ID', 'App', 'User', 'Client IP', 'Brand', 'Location']) {
      const field = dd(label);
      const n = expectNoteInView(field, label);
      expect(n.textContent!.trim(), label).to.equal(`${(LONG - MAX).toLocaleString('en')} more characters not shown.`);
      const text = valueText(field);
      expect(text, `${label}: the shown part ends in "…"`).to.match(/…(,\s*DE)?$/);
      expect(text.length, `${label}: at most the limit shown`).to.be.at.most(MAX + 10);
    }
    await expect(el).to.be.accessible();
  });

  it('the value scrolls in a box the keyboard reaches, described by the note', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await expanded({ ...e!, app: 'x'.repeat(LONG) });
    const box = dd('App').querySelector<HTMLElement>('[tabindex="0"]');
    expect(box, 'a focusable box around the value').to.not.equal(null);
    expect(box!.scrollHeight, 'the value scrolls').to.be.greaterThan(box!.clientHeight);
    const described = box!.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(described)).to.equal(note(dd('App')));
  });

  it('a custom action of 50,000 characters says how many are not shown', async () => {
    const [e] = makeEvents({ count: 1 });
    const { dd } = await expanded({ ...e!, action: `custom_${'z'.repeat(LONG)}` });
    const n = expectNoteInView(dd('Action'), 'Action');
    expect(n.textContent!.trim()).to.equal(`${(LONG + 7 - MAX).toLocaleString('en')} more characters not shown.`);
  });

  it('on behalf of a 50,000-character user: the note under it', async () => {
    const [e] = makeEvents({ count: 1 });
    const { dd } = await expanded({ ...e!, user: { username: 'alice', on_behalf_of: { username: 'o'.repeat(LONG) } } as EventRecord['user'] });
    const n = expectNoteInView(dd('User'), 'User');
    expect(n.textContent!.trim()).to.equal(`${(LONG - MAX).toLocaleString('en')} more characters not shown.`);
    expect(valueText(dd('User'))).to.match(/^alice \(on behalf of o+…\)$/);
  });

  it('emoji: never half a surrogate pair; an emoji counts as one character; German numbers; marks kept', async () => {
    const [e] = makeEvents({ count: 1 });
    // x, a, U+202E, then emoji: code unit 1,999 (the last one shown) is the first half of one.
    const shifted = `xa\u202E${'😀'.repeat(25_000)}`;
    expect(/[\uD800-\uDBFF]/.test(shifted.charAt(MAX - 1))).to.equal(true);
    const { el, dd } = await expanded({ ...e!, user: { username: shifted } as EventRecord['user'] }, 'de');
    const field = dd('Benutzer');
    const text = valueText(field);
    expect(text.endsWith('…')).to.equal(true);
    expect(/[\uD800-\uDBFF]…$/.test(text), 'no half of an emoji before "…"').to.equal(false);
    expect([...field.querySelectorAll('[part~="invisible-mark"]')].length, 'the override is a mark').to.equal(1);
    // Shown: x, a, U+202E and 998 emoji (1,999 code units); not shown: 25,000 − 998 emoji.
    const hidden = 25_000 - 998;
    const n = expectNoteInView(field, 'Benutzer');
    expect(n.textContent!.trim()).to.equal(`${hidden.toLocaleString('de')} weitere Zeichen werden nicht angezeigt.`);
    await expect(el).to.be.accessible();
  });

  it('values within the limit: as before, no note', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await expanded({ ...e!, app: 'a'.repeat(MAX), user: { username: 'alice' } as EventRecord['user'] });
    expect(valueText(dd('App'))).to.equal('a'.repeat(MAX));
    expect(el.shadowRoot!.querySelector('[part~="value-cut"]')).to.equal(null);
  });
});
