/**
 * How the detail card (and the <ev-json-diff> in it) looks under the user's display settings:
 * forced colours (Windows High Contrast), a 320 px wide viewport (WCAG 1.4.10 reflow) with
 * 300-character unbroken values, reduced motion and the page's text at 200 % (WCAG 1.4.4).
 * Asserted is what the user sees: marks that are drawn, boxes inside the viewport, text that is
 * not cut off, nothing that moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, JsonObject } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { detailEvent, modelUpdatedEvent, policyExceptionEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, detailOf, text } from './helpers.js';

const LONG = 'x'.repeat(300);
const URL_LONG = `https://example.com/${LONG}`;
const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: LONG };

/** A model update whose user, request path, context keys and values are 300 characters without a space. */
function hostile(over: Partial<EventRecord> = {}): EventRecord {
  const context: JsonObject = {
    model: MODEL,
    http_request: { method: 'GET', path: `/${LONG}`, args: { [LONG]: LONG }, request_id: LONG },
    diff: { [LONG]: { previous_value: LONG, new_value: URL_LONG }, name: { previous_value: { [LONG]: 1 }, new_value: { [LONG]: 2 } } },
    [LONG]: { url: URL_LONG },
  };
  return detailEvent('model_updated', context, { user: { pk: 7, username: LONG, email: `${LONG}@example.com` }, ...over });
}

const box = (e: Element) => e.getBoundingClientRect();

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

/** The node or one of its descendants draws `line` (underline / line-through) or is an ins / del. */
function marked(node: Element, line: 'underline' | 'line-through'): boolean {
  return [node, ...node.querySelectorAll('*')].some((n) => getComputedStyle(n).textDecorationLine.includes(line));
}

async function openAll(el: EvDetail): Promise<void> {
  for (const name of ['Context', 'Raw JSON']) {
    const b = buttonOf(el, new RegExp(`^${name}`));
    if (b && b.getAttribute('aria-expanded') === 'false') b.click();
    await el.updateComplete;
  }
  // Every collapsed tree node in the card.
  for (let i = 0; i < 3; i++) {
    for (const t of $$(el, 'button.toggle[aria-expanded=false]')) t.click();
    await el.updateComplete;
  }
}

describe('<ev-detail> in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('previous values are struck through and new values underlined, not marked by their background alone', async () => {
    const el = await detailOf(modelUpdatedEvent());
    const before = $$(el, '.changes td.before');
    const after = $$(el, '.changes td.after');
    expect(before.length).to.be.greaterThan(3);
    for (const td of before) expect(marked(td, 'line-through'), `previous "${text(td)}"`).to.equal(true);
    for (const td of after) expect(marked(td, 'underline'), `new "${text(td)}"`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the action dot is drawn next to the action\u2019s name; the card border and a focus ring are drawn', async () => {
    const el = await detailOf(policyExceptionEvent());
    const bg = getComputedStyle($(el, '.base')!).backgroundColor;
    const dot = $(el, '.dot')!;
    expect(drawn(getComputedStyle(dot).backgroundColor, bg), 'action dot').to.equal(true);
    expect(text(dot.parentElement).length).to.be.greaterThan(0);
    const card = getComputedStyle($(el, '.base')!);
    expect([card.borderTopStyle, drawn(card.borderTopColor, getComputedStyle(document.body).backgroundColor)]).to.deep.equal(['solid', true]);
    const disclosure = $(el, '[part=disclosure]')!;
    disclosure.focus({ focusVisible: true } as FocusOptions);
    const ring = getComputedStyle(disclosure);
    expect([ring.outlineStyle, drawn(ring.outlineColor, bg)], 'focus ring').to.deep.equal(['solid', true]);
  });

  for (const mode of ['inline', 'side'] as const) {
    it(`<ev-json-diff mode=${mode}>: added and removed values carry a marker or a line, not only a background`, async () => {
      const el = await fixture<EvJsonDiff>(
        html`<ev-json-diff mode=${mode} .oldValue=${{ a: 1, gone: 'old', list: [1, 2] }} .newValue=${{ a: 2, added: 'new', list: [1, 2, 3] }}></ev-json-diff>`,
      );
      await el.updateComplete;
      const root = el.shadowRoot!;
      const removed = [...root.querySelectorAll('.row-removed, .row-replace')];
      const added = [...root.querySelectorAll('.row-added, .row-replace')];
      expect(removed.length).to.be.greaterThan(0);
      expect(added.length).to.be.greaterThan(0);
      for (const row of removed) {
        const cell = row.querySelector('td.before') ?? row;
        expect(marked(cell, 'line-through') || /^[−-]$/.test(text(row.querySelector('.marker'))), `removed: ${text(row)}`).to.equal(true);
      }
      for (const row of added) {
        const cell = row.querySelector('td.after') ?? row;
        expect(marked(cell, 'underline') || /^\+$/.test(text(row.querySelector('.marker'))), `added: ${text(row)}`).to.equal(true);
      }
    });
  }
});

/** The card is inside the viewport, nothing in it is wider than it, the page does not scroll sideways. */
function expectReflowed(el: EvDetail, what: string): void {
  const card = box($(el, '.base')!);
  expect(card.left, `${what}: card left`).to.be.at.least(-1);
  expect(card.right, `${what}: card right`).to.be.at.most(innerWidth + 1);
  for (const node of $$(el, 'section, header, h2, h3, [role=heading], dt, dd, td, th, button, select, .raw, .code, pre')) {
    if (node.offsetParent === null) continue;
    const b = box(node);
    // A node inside a box that scrolls sideways (raw JSON, code) may be wider than the card.
    if (node.parentElement?.closest('.raw, .code')) continue;
    const name = `${what}: ${node.getAttribute('part') ?? node.className ?? node.localName} "${text(node).slice(0, 30)}"`;
    expect(b.right, `${name} ends in the card`).to.be.at.most(card.right + 1);
    expect(b.left, `${name} starts in the card`).to.be.at.least(card.left - 1);
  }
  expect(document.documentElement.scrollWidth, `${what}: the page does not scroll sideways`).to.be.at.most(innerWidth);
}

describe('<ev-detail> at 320 × 480 (reflow)', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('300-character user names, URLs and JSON keys wrap (or scroll in their own box) within the card', async () => {
    const el = await detailOf(hostile());
    await openAll(el);
    expectReflowed(el, 'hostile');
  });

  it('a traceback with long lines scrolls in its box', async () => {
    const el = await detailOf(policyExceptionEvent({ user: { pk: 1, username: LONG, email: '' } }));
    await openAll(el);
    for (const b of $$(el, '[part=frames-toggle]')) b.click();
    await el.updateComplete;
    expectReflowed(el, 'traceback');
  });

  it('"Compare versions": pickers naming a 300-character user fit the card', async () => {
    const a = hostile({ pk: 'v1', created: '2026-03-02T10:00:00Z' });
    const b = hostile({ pk: 'v2', created: '2026-03-03T10:00:00Z' });
    const el = await fixture<EvDetail>(html`<ev-detail lang="en" theme="light" .client=${createMemoryClient({ events: [a, b] })} .event=${b}></ev-detail>`);
    buttonOf(el, 'Compare versions of this object')!.click();
    for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    expect($$(el, '[part="compare-select"]').length).to.equal(2);
    expectReflowed(el, 'compare');
  });
});

describe('<ev-detail> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('opening the disclosures and the tree (chevrons) moves nothing', async () => {
    const el = await detailOf(hostile());
    await openAll(el);
    const diffs = $$(el, 'ev-json-diff').map((d) => d.shadowRoot!);
    for (const root of [el.shadowRoot!, ...diffs]) {
      for (const a of root.getAnimations()) {
        const timing = a.effect!.getComputedTiming();
        expect([timing.endTime, timing.iterations], (a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName).to.deep.equal([0.01, 1]);
      }
    }
    const chevron = el.shadowRoot!.querySelector('.chevron');
    if (chevron) expect(Math.max(...getComputedStyle(chevron, '::before').transitionDuration.split(',').map(parseFloat))).to.be.at.most(0.00001);
  });
});

describe('<ev-detail> with the page text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('at 1280 px: headings, buttons and the action are not cut off', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const event of [modelUpdatedEvent(), policyExceptionEvent()]) {
      const el = await detailOf(event);
      await openAll(el);
      const nodes = $$(el, 'h2, h3, [role=heading], .action, button, summary, select');
      expect(nodes.length).to.be.greaterThan(3);
      for (const n of nodes) {
        const name = `${n.getAttribute('part') ?? n.className ?? n.localName} "${text(n).slice(0, 30)}"`;
        expect(n.scrollWidth, `${name}: fits sideways`).to.be.at.most(n.clientWidth + 1);
        expect(n.scrollHeight, `${name}: fits`).to.be.at.most(n.clientHeight + 1);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    }
  });
});
