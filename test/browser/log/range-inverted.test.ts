/**
 * A custom range whose "To" is not after its "From" matches no time at all: the fields say so
 * (the "To" field invalid and described by a visible message, in English and German) instead of
 * leaving only "No events match these filters." A range in order has no message.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

function field(el: EvLog, name: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
}

async function setInput(el: EvLog, name: string, value: string): Promise<void> {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await settle(el, 1);
}

function description(el: EvLog, input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/** Picks "Custom range" and sets From after To. */
async function invert(el: EvLog): Promise<void> {
  el.store.update({ timeZone: 'UTC' });
  const range = shadow(el).querySelector<HTMLSelectElement>('[part="range-select"]')!;
  range.value = 'custom';
  range.dispatchEvent(new Event('change'));
  await settle(el, 1);
  await setInput(el, 'since', '2026-11-20T10:00');
  await setInput(el, 'until', '2026-11-10T10:00');
  await waitFor(() => el.matches(':state(empty)'), 'nothing matches');
}

describe('<ev-log> custom range with "To" before "From"', () => {
  it('marks "To" invalid with a message; in order again, the message goes', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    await invert(el);
    const until = field(el, 'until');
    expect(until.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, until)).to.equal('“To” is not after “From”: no time matches.');
    const message = shadow(el).querySelector<HTMLElement>('[part="range-error"]')!;
    expect(message.textContent!.trim()).to.equal('“To” is not after “From”: no time matches.');
    expect(message.getBoundingClientRect().height, 'shown').to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await setInput(el, 'until', '2026-11-21T10:00');
    expect(field(el, 'until').hasAttribute('aria-invalid')).to.equal(false);
    expect(shadow(el).querySelector('[part="range-error"]')).to.equal(null);
  });

  it('in German', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await fixture<EvLog>(html`<ev-log lang="de" style="height: 480px; width: 1000px" .events=${makeEvents({ count: 20 })}></ev-log>`);
    await settle(el);
    await invert(el);
    expect(description(el, field(el, 'until'))).to.equal('„Bis“ liegt nicht nach „Von“: kein Zeitpunkt passt.');
  });
});
