import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $$, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

const areaButtons = (el: EvMap) => $$(el, '[part=area-button]').map(text);
const focusedText = (el: EvMap) => (el.shadowRoot!.activeElement ? text(el.shadowRoot!.activeElement) : `nothing in the map (${document.activeElement?.tagName ?? 'none'})`);

describe('<ev-map> area filter buttons by keyboard', () => {
  it('"Clear area filter" pressed with Enter hands focus to "Filter to this area" instead of dropping it on the page', async () => {
    const client = createMemoryClient({ events: [...eventsAt(2, BERLIN, 1), ...eventsAt(3, TOKYO, 2)] });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    $$(el, '[part=area-button]').find((b) => text(b) === 'Filter to this area')!.click();
    await waitUntil(() => areaButtons(el).length === 2, 'no "Clear area filter" after filtering to the area');
    await drawn(el);
    const clear = $$(el, '[part=area-button]').find((b) => text(b) === 'Clear area filter')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => areaButtons(el).length === 1, '"Clear area filter" stayed');
    await drawn(el);
    expect(areaButtons(el)).to.deep.equal(['Filter to this area']);
    expect(focusedText(el)).to.equal('Filter to this area');
    await expect(el).to.be.accessible();
  });

  it('"Clear area filter" clicked while focus is elsewhere on the page leaves that focus alone', async () => {
    const client = createMemoryClient({ events: [...eventsAt(2, BERLIN, 1), ...eventsAt(3, TOKYO, 2)] });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><input aria-label="elsewhere" /><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    $$(el, '[part=area-button]').find((b) => text(b) === 'Filter to this area')!.click();
    await waitUntil(() => areaButtons(el).length === 2, 'no "Clear area filter" after filtering to the area');
    await drawn(el);
    const input = source.querySelector('input')!;
    input.focus();
    $$(el, '[part=area-button]').find((b) => text(b) === 'Clear area filter')!.click();
    await waitUntil(() => areaButtons(el).length === 1, '"Clear area filter" stayed');
    await drawn(el);
    expect(document.activeElement).to.equal(input);
  });
});
