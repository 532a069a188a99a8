/**
 * The user cell's second line ("on behalf of …", "as …") sets a hidden character in the other
 * user's name apart in a dotted box, as the username above it does: "on behalf of ad⟨U+200B⟩min"
 * does not look like a name typed as "ad⟨U+200B⟩min". Names of only visible characters read as before.
 *
 * Only <ev-log> is defined here (not src/define.js).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';

async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

async function mount(events: EventRecord[], strings?: EvLog['strings']): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 600px; width: 1000px" .strings=${strings} .events=${events}></ev-log>`);
  await settle(el);
  return el;
}

const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
const subLine = (row: HTMLElement) => row.querySelectorAll('[role="gridcell"]')[1]!.querySelector('.l2')!;
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);
const subOf = (el: EvLog, user: string) => subLine(dataRows(el).find((r) => r.querySelectorAll('[role="gridcell"]')[1]!.querySelector('.l1')!.textContent === user)!);

function users(list: Array<EventRecord['user']>): EventRecord[] {
  return makeEvents({ count: list.length }).map((e, i) => ({ ...e, pk: `pk-${i}`, user: list[i]! }));
}

describe('<ev-log> "on behalf of" and "as" names with hidden characters', () => {
  it('the mark in the other user’s name is set apart in a dotted box', async () => {
    const el = await mount(
      users([
        { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' } },
        { pk: 3, username: 'eve', authenticated_as: { pk: 4, username: '\u200B' } },
      ]),
    );
    const obo = subOf(el, 'bob');
    expect(obo.textContent).to.equal('on behalf of ad⟨U+200B⟩min');
    expect(marks(obo)).to.deep.equal(['⟨U+200B⟩']);
    const mark = obo.querySelector<HTMLElement>('[part~="invisible-mark"]')!;
    expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');
    const as = subOf(el, 'eve');
    expect(as.textContent).to.equal('as (invisible name: U+200B)');
    expect(marks(as)).to.deep.equal(['(invisible name: U+200B)']);
    await expect(el).to.be.accessible();
  });

  it('a name typed as "ad⟨U+200B⟩min" has no box; visible names read as before', async () => {
    const el = await mount(
      users([
        { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad⟨U+200B⟩min' } },
        { pk: 3, username: 'eve', authenticated_as: { pk: 4, username: 'alice' } },
        { pk: 5, username: 'carol' },
      ]),
    );
    expect(subOf(el, 'bob').textContent).to.equal('on behalf of ad⟨U+200B⟩min');
    expect(subOf(el, 'eve').textContent).to.equal('as alice');
    expect(subOf(el, 'carol').textContent).to.equal('');
    for (const user of ['bob', 'eve', 'carol']) expect(marks(subOf(el, user)), user).to.deep.equal([]);
  });

  it('a translation that puts the name first, or twice, keeps its words and boxes each mark', async () => {
    const el = await mount(users([{ pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' } }]), {
      log: { onBehalfOf: (name: string) => `${name} (delegated, ${name})` },
    });
    const obo = subOf(el, 'bob');
    expect(obo.textContent).to.equal('ad⟨U+200B⟩min (delegated, ad⟨U+200B⟩min)');
    expect(marks(obo)).to.deep.equal(['⟨U+200B⟩', '⟨U+200B⟩']);
  });
});
