/**
 * The shared loading spinner (every data element's loading view) in forced colours (Windows High
 * Contrast): the forced palette paints every border the same colour, so a ring whose arc is only
 * a different colour becomes a plain circle and shows no progress. The arc must stay apart from
 * the ring, in system colours, and both must be drawn against what is behind them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

/** An `<ev-detail>` whose event never arrives: it shows the loading view with the spinner. */
async function loading(): Promise<{ el: EvDetail; spinner: HTMLElement }> {
  const memory = createMemoryClient();
  const client: EventsClient = { ...memory, getEvent: () => new Promise(() => undefined) };
  const el = await fixture<EvDetail>(html`<ev-detail lang="en" event-id="e1" .client=${client}></ev-detail>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.ev-spinner'), 'the loading spinner', { timeout: 5000 });
  return { el, spinner: el.shadowRoot!.querySelector<HTMLElement>('.ev-spinner')! };
}

describe('the loading spinner in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('its arc is drawn in another colour than its ring, both visible against the page, next to the loading text', async () => {
    const { el, spinner } = await loading();
    const behind = getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : getComputedStyle(el).backgroundColor;
    const s = getComputedStyle(spinner);
    const box = spinner.getBoundingClientRect();
    expect(box.width, 'the spinner has a size').to.be.greaterThan(4);
    expect([s.borderTopStyle, s.borderRightStyle], 'arc and ring are solid borders').to.deep.equal(['solid', 'solid']);
    expect(parseFloat(s.borderTopWidth), 'arc width').to.be.at.least(2);
    expect(drawn(s.borderTopColor, behind), `the arc (${s.borderTopColor}) is drawn`).to.equal(true);
    expect(drawn(s.borderRightColor, behind), `the ring (${s.borderRightColor}) is drawn`).to.equal(true);
    expect(s.borderTopColor, 'the arc stands apart from the ring').to.not.equal(s.borderRightColor);
    // The ring is the same colour all round: only the arc differs.
    expect([s.borderBottomColor, s.borderLeftColor]).to.deep.equal([s.borderRightColor, s.borderRightColor]);
    expect(el.shadowRoot!.querySelector('[part=loading]')!.textContent!.trim()).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });
});
