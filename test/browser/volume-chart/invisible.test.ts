// A custom or unknown action's name is event data: a zero-width space makes "Custom: Ac\u200Bme"
// a second action that looks exactly like "Custom: Acme", and a right-to-left override hides
// what a name says. The log and the map show such characters as marks (`⟨U+200B⟩`); the chart
// names actions the same way wherever it names them.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, parts, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
/** Characters that draw nothing (format characters, bidi controls). */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const shown = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('<ev-volume-chart> with invisible characters in action names', () => {
  it('the legend, the summary, the tooltip, the announcement and the table show them as marks', async () => {
    const actions = ['custom_acme', 'custom_ac\u200Bme', 'custom_\u202Eevil'];
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${hourly(T0, actions, [[3, 2, 1]])}></ev-volume-chart>`);
    await el.tableComplete;
    const legend = parts(el, 'legend-item');
    expect(legend.map((b) => shown(b.textContent!))).to.deep.equal(['Custom: Acme (3)', 'Custom: Ac⟨U+200B⟩me (2)', 'Custom: ⟨U+202E⟩evil (1)']);
    expect(legend.map((b) => b.title)).to.deep.equal(['Custom: Acme', 'Custom: Ac⟨U+200B⟩me', 'Custom: ⟨U+202E⟩evil']);
    const summary = text(el, '[part=summary]');
    expect(summary).to.contain('Custom: Ac⟨U+200B⟩me (2)');
    expect(summary).to.contain('Custom: ⟨U+202E⟩evil (1)');
    expect(summary).not.to.match(HIDDEN);
    const table = text(el, '[part=table]');
    expect(table).to.contain('Custom: Ac⟨U+200B⟩me 2');
    expect(table).not.to.match(HIDDEN);

    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const tooltip = text(el, '[part=tooltip]');
    expect(tooltip).to.contain('Custom: Ac⟨U+200B⟩me');
    expect(tooltip).not.to.match(HIDDEN);
    const live = el.shadowRoot!.querySelector('[aria-live]')!.textContent!;
    expect(live).to.contain('Custom: Ac⟨U+200B⟩me 2');
    expect(live).not.to.match(HIDDEN);
    await expect(el).to.be.accessible();
  });

  it('the per-action table of grouped actions marks them too', async () => {
    const many = Array.from({ length: 12 }, (_, i) => `custom_a${i}`);
    const actions = [...many, 'custom_ad\u2060min'];
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${hourly(T0, actions, [actions.map((_, i) => 20 - i)])}></ev-volume-chart>`);
    await el.tableComplete;
    const names = [...el.shadowRoot!.querySelectorAll('[part=action-table] tbody th')].map((th) => th.textContent!);
    expect(names).to.include('Custom: Ad⟨U+2060⟩min');
    expect(names.join('\n')).not.to.match(HIDDEN);
  });
});
