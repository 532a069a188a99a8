// An action whose name is empty, blank or only invisible characters (a bad API, a custom action
// named by a script) still has a name where the chart lists actions.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { hourly, parts, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

describe('<ev-volume-chart> with blank action names', () => {
  it('the legend, the summary, the tooltip and the table name them "Unnamed action"', async () => {
    const buckets = hourly(T0, ['', '   ', '\u200B', 'login'], [[9, 5, 3, 1], [1, 0, 0, 0]]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    const legend = parts(el, 'legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(['Unnamed action (10)', 'Unnamed action (5)', 'Unnamed action (3)', 'Login (1)']);
    expect(text(el, '[part=summary]')).to.contain('Most frequent: Unnamed action (10), Unnamed action (5), Unnamed action (3).');
    expect(text(el, 'tbody')).to.contain('Unnamed action 9');
    el.shadowRoot!.querySelector('canvas')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(el, '[part=tooltip]')).to.contain('Unnamed action');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('Unnamed action 9');
    await expect(el).to.be.accessible();
  });

  it('an action is unnamed exactly when the log would show its name as invisible only (the shared rule): also a combining grapheme joiner or a Mongolian variation selector; an Arabic number sign is a name', async () => {
    // U+034F and U+180B draw nothing (the chart's own rule took them for a name); U+0600 draws a sign (the chart's own rule took it for nothing).
    const buckets = hourly(T0, ['\u034F', '\u180B', '\u0600', 'login'], [[4, 3, 2, 1]]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    const legend = parts(el, 'legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(['Unnamed action (4)', 'Unnamed action (3)', '\u2068\u0600\u2069 (2)', 'Login (1)']);
    expect(text(el, 'tbody')).to.contain('Unnamed action 4');
  });

  it('in German too', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" .buckets=${hourly(T0, ['', 'login'], [[2, 1]])}></ev-volume-chart>`);
    await el.updateComplete;
    expect(parts(el, 'legend-item')[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Unbenannte Aktion (2)');
  });
});
