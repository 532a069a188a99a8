/**
 * A model_updated event whose previous and new values are two megabyte texts differing in
 * thousands of places: diffing them takes several hundred milliseconds, which used to run inside
 * the render that opened the event (a frozen tab, and event data is attacker-controlled). Now the
 * event opens at once with both values and "Comparing…", other tasks keep running while the diff
 * is computed in slices, and then the row shows the same text diff an ordinary text gets. No
 * timing is asserted (the bench's detail-render page measures the long tasks).
 */
import { expect } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import { textDiffsComputed } from '../../../src/components/detail/changes-view.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/detail/ev-detail.js';
import { diffText } from '../../../src/diff/text.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, changeRows, text } from './helpers.js';

/** About 1 MB of distinct words, and a copy with every 40th word edited (~3,300 edits). */
function megabyteTexts(): { before: string; after: string } {
  const words: string[] = [];
  for (let size = 0, i = 0; size < 1_000_000; i++) {
    words.push(`word${i}`);
    size += words.at(-1)!.length + 1;
  }
  return { before: words.join(' '), after: words.map((w, i) => (i % 40 === 7 ? `${w}x` : w)).join(' ') };
}

function updateOf(before: string, after: string): EventRecord {
  return detailEvent('model_updated', {
    model: { pk: '7', app: 'authentik_core', model_name: 'application', name: 'Wiki' },
    diff: { description: { previous_value: before, new_value: after }, name: { previous_value: 'Wiki', new_value: 'Team wiki' } },
  });
}

/** Mounts without waiting for `updateComplete` (which also waits for the text diff). */
async function open(event: EventRecord): Promise<EvDetail> {
  const el = document.createElement('ev-detail');
  el.event = event;
  document.body.append(el);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return el;
}

const computing = (el: EvDetail) => $(el, '[part~="changes-computing"]');

describe('<ev-detail> diffs megabyte texts without freezing the page', function () {
  this.timeout(60_000);
  const mounted: EvDetail[] = [];
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('opens at once with both values and "Comparing…", other tasks run meanwhile, then shows the text diff', async () => {
    const { before, after } = megabyteTexts();
    const el = await open(updateOf(before, after));
    mounted.push(el);
    // The event is on screen before the diff: the row shows both values (cut) and says it compares.
    expect(text($(el, '[part="action"]'))).to.equal('Model updated');
    expect(text(computing(el))).to.equal('Comparing…');
    expect(computing(el)!.getAttribute('role')).to.equal('status');
    const row = changeRows(el).find((r) => r[0] === 'description')!;
    expect(row[1]).to.contain('word0 word1 word2');
    expect(row[2]).to.contain('word0 word1 word2');
    expect($$(el, '[part="changes-table"] ins, [part="changes-table"] del')).to.have.length(0);
    // The other change of the event is shown whole already.
    expect(changeRows(el).find((r) => r[0] === 'name')!.slice(1)).to.deep.equal(['"Wiki"', '"Team wiki"']);

    // Other tasks (timers, input) get turns while the diff is computed.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await el.updateComplete;
    clearInterval(timer);
    expect(ticks, 'timer tasks ran during the diff').to.be.greaterThan(3);

    // Then the row shows the diff exactly as a render of the finished diff does: its first page of changes.
    expect(computing(el)).to.equal(null);
    const expected = diffText(before, after).segments.filter((s) => s.op === 'insert').slice(0, 200).map((s) => s.text);
    const inserted = $$(el, '[part="changes-new"] ins').map((n) => text(n).replace(/^inserted text: /, ''));
    expect(inserted).to.deep.equal(expected);
    expect($$(el, '[part="changes-previous"] del').map((n) => text(n).replace(/^deleted text: /, ''))).to.deep.equal(
      diffText(before, after).segments.filter((s) => s.op === 'delete').slice(0, 200).map((s) => s.text),
    );
    await expect(el).to.be.accessible();
  });

  it('another event shown while the diff runs: the old diff stops, the new event is diffed and shown', async () => {
    const { before, after } = megabyteTexts();
    const el = await open(updateOf(before, after));
    mounted.push(el);
    expect(computing(el)).not.to.equal(null);
    const computed = textDiffsComputed();
    el.event = updateOf('The wiki of the team, kept by the docs group.', 'The wiki of the whole team, kept by the docs group.');
    await el.updateComplete;
    expect(computing(el)).to.equal(null);
    expect(text($(el, '[part="changes-new"] ins'))).to.equal('inserted text: whole');
    // Only the new event's (short) text was diffed; the abandoned one never finished.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(textDiffsComputed()).to.equal(computed + 1);
  });

  it('removed while computing, then added back: the diff starts again and is shown', async () => {
    const { before, after } = megabyteTexts();
    const el = await open(updateOf(before, after));
    mounted.push(el);
    expect(computing(el)).not.to.equal(null);
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(computing(el)).to.equal(null);
    expect($$(el, '[part="changes-new"] ins').length).to.equal(200);
  });
});
