/**
 * Action labels in <ev-map>'s legend and popups come from event data (custom and unknown actions):
 * "custom_ac\u200Bme_sync" reads "Custom: Ac⟨U+200B⟩me sync", the mark set apart in a dotted box, so
 * it does not pass for "Custom: Acme sync"; the popup's "Show event" button is named with the same
 * text. Labels of only visible characters, and a joining script (Persian with ZWNJ), read as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt } from './helpers.js';

const PERSIAN = 'می\u200Cخواهم';
/** Action → as shown; the first is the most frequent (legend order). */
const ACTIONS: Array<[string, string, number]> = [
  ['custom_ac\u200Bme_sync', 'Custom: Ac⟨U+200B⟩me sync', 4],
  ['custom_acme_sync', 'Custom: Acme sync', 3],
  [`custom_${PERSIAN}`, `Custom: ${PERSIAN}`, 2],
  ['login', 'Login', 1],
];

const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')];

async function mapOf(): Promise<EvMap> {
  const actions = ACTIONS.flatMap(([action, , n]) => Array<string>(n).fill(action));
  const events = eventsAt(actions.length, BERLIN, 1).map((e, i) => ({ ...e, pk: `pk-${i}`, action: actions[i]!, user: { pk: 1, username: 'alice' } }));
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang="en"><ev-map .events=${events}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  return el;
}

describe('<ev-map> action labels that look like another', () => {
  it('the legend reads "Custom: Ac⟨U+200B⟩me sync", the mark in a dotted box; visible labels and Persian as written', async () => {
    const el = await mapOf();
    const labels = $$(el, '[part=legend] .legend-label');
    expect(labels.map((l) => l.textContent)).to.deep.equal(ACTIONS.map(([, shown]) => shown));
    expect(marks(labels[0]!).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(marks(labels[0]!)[0]!).borderTopStyle).to.equal('dotted');
    for (const label of labels.slice(1)) expect(marks(label)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a popup reads the same, and names its "Show event" buttons with that text', async () => {
    const el = await mapOf();
    $$(el, '[part=location]')[0]!.click();
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
    const labels = $$(el, '.popup-action-label');
    const shown = labels.map((l) => l.textContent);
    // The popup lists the place's newest events: the look-alike's among them.
    expect(shown.every((s) => ACTIONS.some(([, want]) => want === s)), shown.join(' | ')).to.equal(true);
    const lookalike = labels.find((l) => l.textContent === 'Custom: Ac⟨U+200B⟩me sync')!;
    expect(marks(lookalike).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    for (const label of labels) expect(marks(label).length > 0).to.equal(label.textContent === 'Custom: Ac⟨U+200B⟩me sync');
    const buttons = $$(el, '[part=popup-button]').map((b) => b.getAttribute('aria-label')!);
    expect(buttons.some((b) => b.startsWith('Show event: Custom: Ac⟨U+200B⟩me sync by alice, '))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
