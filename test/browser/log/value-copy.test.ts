/**
 * The expanded row's summary (the log's own, when `<ev-detail>` is not defined) cuts a value after
 * 2,000 characters and says how many are not shown, but there was no way to get the rest from
 * the summary. Now, like the Context's "Copy whole context", each cut value has a "Copy whole
 * value" button (named with its field: "Copy whole value (App)") that copies the field's whole
 * text, as stored (no marks for invisible characters, no "…"), and the log says "Value copied"
 * (or that it could not be copied). A value within the limit has no such button.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect } from '@open-wc/testing';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { announced, copied, expandedSummary, waitFor } from './summary-helpers.js';

const LONG = 50_000;

async function expanded(event: EventRecord, lang = 'en'): Promise<{ el: EvLog; summary: HTMLElement; dd: (label: string) => HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { lang, height: 700 });
  const dd = (label: string) => [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector<HTMLElement>('dd')!;
  return { el, summary, dd };
}

const button = (dd: HTMLElement, text: string) => [...dd.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

describe('<ev-log> summary: copy a cut value whole', () => {
  it('each cut value copies whole, as stored, and "Value copied" is said', async () => {
    const [e] = makeEvents({ count: 1 });
    const app = `app-${'a'.repeat(LONG)}`;
    const city = `c\u202E${'😀'.repeat(LONG / 2)}`;
    const onBehalf = 'o'.repeat(LONG);
    const event: EventRecord = {
      ...e!,
      app,
      user: { username: 'alice', on_behalf_of: { username: onBehalf } } as EventRecord['user'],
      context: { ...(e!.context ?? {}), geo: { city, country: 'DE' } },
    };
    const { el, dd } = await expanded(event);
    const wanted: [string, string][] = [
      ['App', app],
      ['User', `alice (on behalf of ${onBehalf})`],
      ['Location', `${city}, DE`],
    ];
    for (const [label, whole] of wanted) {
      const copy = button(dd(label), 'Copy whole value');
      expect(copy, `${label}: a button copies the whole value`).to.not.equal(undefined);
      expect(copy!.getAttribute('aria-label'), `${label}: the button says which value`).to.equal(`Copy whole value (${label})`);
      expect(await copied(copy!), `${label}: the whole value`).to.equal(whole);
      await waitFor(() => announced(el) === 'Value copied', `${label}: "Value copied" said`);
    }
    for (const label of ['ID', 'Created', 'Action', 'Client IP', 'Brand']) {
      expect(dd(label).querySelector('button'), `${label} is not cut: no copy button`).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('a clipboard that refuses: "The value could not be copied." is said', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await expanded({ ...e!, client_ip: '1'.repeat(LONG) });
    expect(await copied(button(dd('Client IP'), 'Copy whole value')!, { refuse: true })).to.equal('');
    await waitFor(() => announced(el) === 'The value could not be copied.', 'the failure said');
  });

  it('German: "Gesamten Wert kopieren", "Wert kopiert"', async () => {
    const [e] = makeEvents({ count: 1 });
    const pk = `pk-${'p'.repeat(LONG)}`;
    const { el, dd } = await expanded({ ...e!, pk }, 'de');
    const copy = button(dd('ID'), 'Gesamten Wert kopieren');
    expect(copy).to.not.equal(undefined);
    expect(copy!.getAttribute('aria-label')).to.equal('Gesamten Wert kopieren (ID)');
    expect(await copied(copy!)).to.equal(pk);
    await waitFor(() => announced(el) === 'Wert kopiert', '"Wert kopiert" said');
    await expect(el).to.be.accessible();
  });
});
