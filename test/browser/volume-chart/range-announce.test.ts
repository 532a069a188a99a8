/**
 * Choosing another window (a preset or the custom form) reloads the bars away from the focus: the
 * live region then says the new summary ("N events from … to …"), or that there are none, so a
 * screen-reader user hears what the choice did. The first load says nothing (the page just opened).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, parts, recentEvents } from './helpers.js';

const live = (el: EvVolumeChart) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
const summary = (el: EvVolumeChart) => parts(el, 'summary')[0]?.textContent!.trim() ?? '';

async function settled(el: EvVolumeChart): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !el.matches(':state(loading)') && parts(el, 'refreshing').length === 0, 'the answer is shown', { timeout: 5000 });
  await el.updateComplete;
}

function preset(el: EvVolumeChart, label: string): HTMLButtonElement {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=range] button')].find((b) => b.textContent!.trim() === label)!;
}

describe('<ev-volume-chart> another window chosen', () => {
  it('says the new summary; the first load says nothing', async () => {
    const client = createMemoryClient({ events: [...recentEvents(40, 2 * DAY, ['login', 'logout']), ...recentEvents(30, 25 * DAY, ['login_failed'], Date.now() - 3 * DAY)] });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client} range="24h"></ev-volume-chart>`);
    await settled(el);
    expect(live(el), 'nothing on the first load').to.equal('');
    const before = summary(el);

    const button = preset(el, '30 d');
    button.focus();
    button.click();
    await settled(el);
    expect(summary(el)).to.match(/^\d+ events/);
    expect(summary(el), 'the 30 days have more events').not.to.equal(before);
    expect(live(el)).to.equal(summary(el));
    expect(el.shadowRoot!.activeElement, 'focus stays on the preset').to.equal(button);
  });

  it('a window without events says so', async () => {
    const client = createMemoryClient({ events: recentEvents(10, 20 * DAY, ['login'], Date.now() - 10 * DAY) });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client} range="30d"></ev-volume-chart>`);
    await settled(el);
    preset(el, '24 h').click();
    await settled(el);
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(live(el)).to.equal('No events in this time range.');
    await expect(el).to.be.accessible();
  });
});
