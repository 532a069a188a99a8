/**
 * How the log looks under the user's display settings: forced colours (Windows High Contrast),
 * a 320 px wide viewport (WCAG 1.4.10 reflow), reduced motion and the page's text at 200 %
 * (WCAG 1.4.4). Asserted is what the user sees: outlines and borders that are drawn, boxes inside
 * the viewport, text that is not cut off, nothing that moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, grid, misconfiguredLiveClient, settle, shadow, waitFor } from './helpers.js';

const LONG = 'x'.repeat(300);

/** 30 events; the first with a 300-character user name, app and brand without a space. */
function hostileEvents(): EventRecord[] {
  const events = makeEvents({ count: 30 });
  const e = events[0]!;
  events[0] = { ...e, app: LONG, user: { ...e.user, username: LONG }, brand: { ...e.brand, name: LONG } } as EventRecord;
  return events;
}

async function logOf(options: { width?: string; attrs?: { noExpand?: boolean }; client?: EventsClient } = {}): Promise<EvLog> {
  const client = options.client ?? createMemoryClient({ events: hostileEvents() });
  const el = await fixture<EvLog>(
    html`<ev-log lang="en" mode="pages" page-size="20" style="height: 480px; width: ${options.width ?? 'auto'}" ?no-expand=${options.attrs?.noExpand ?? false} .client=${client}></ev-log>`,
  );
  await waitFor(() => dataRows(el).some((r) => !r.classList.contains('loading')) && !!shadow(el).querySelector('[part=pager]'), 'the rows and the pager');
  await settle(el);
  return el;
}

const $ = (el: EvLog, selector: string) => shadow(el).querySelector<HTMLElement>(selector)!;
const $$ = (el: EvLog, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const box = (e: Element) => e.getBoundingClientRect();
const pageBg = () => getComputedStyle(document.body).backgroundColor;

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

const ring = (node: HTMLElement, behind: string) => {
  const s = getComputedStyle(node);
  return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && drawn(s.outlineColor, behind);
};

describe('<ev-log> in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('the live status dot stays visible and its states differ by shape (filled, ring, square), next to the status text', async () => {
    /** How the dot looks: its box, whether its inside is filled, its edge, its corners. */
    const look = (el: EvLog) => {
      const status = $(el, '[part=live-status]');
      const dot = status.querySelector<HTMLElement>('.dot')!;
      const s = getComputedStyle(dot);
      const behind = getComputedStyle(el).backgroundColor;
      const b = box(dot);
      const border = parseFloat(s.borderTopWidth);
      const edge = s.borderTopStyle === 'solid' && border >= 1 && drawn(s.borderTopColor, behind);
      // Filled: a drawn background, or a border that covers the whole box.
      const filled = drawn(s.backgroundColor, behind) || (edge && border * 2 >= Math.min(b.width, b.height) - 0.5);
      return { text: status.textContent!.trim(), size: Math.min(b.width, b.height), visible: filled || edge, filled, round: parseFloat(s.borderTopLeftRadius) >= b.width / 2 - 0.5 };
    };
    const client = createMemoryClient({ events: hostileEvents() });
    const el = await fixture<EvLog>(html`<ev-log lang="en" live style="height: 480px; width: 1000px" .client=${client} .pollInterval=${50}></ev-log>`);
    await waitFor(() => look(el).text === 'Live', 'the live status');
    const open = look(el);
    $(el, '[part=pause-button]').click();
    await waitFor(() => look(el).text === 'Paused', 'paused');
    const paused = look(el);
    const { client: broken } = misconfiguredLiveClient();
    const stopped = await fixture<EvLog>(html`<ev-log lang="en" live style="height: 480px; width: 1000px" .client=${broken} .pollInterval=${50}></ev-log>`);
    await waitFor(() => look(stopped).text === 'Live updates stopped', 'live stopped');
    const closed = look(stopped);
    for (const [name, l] of Object.entries({ open, paused, closed })) {
      expect(l.size, `${name}: the dot has a size`).to.be.at.least(6);
      expect(l.visible, `${name}: the dot is drawn`).to.equal(true);
    }
    const shape = (l: typeof open) => `${l.filled ? 'filled' : 'hollow'} ${l.round ? 'round' : 'square'}`;
    expect(new Set([open, paused, closed].map(shape)).size, `three states, three shapes: ${[open, paused, closed].map(shape).join(' / ')}`).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('focus rings on a cell and a sort button, the expanded row, the sort arrow and the filter chips are drawn', async () => {
    const el = await logOf({ width: '1000px' });
    const bg = getComputedStyle(grid(el)).backgroundColor;
    // Keyboard focus on the first cell, then on a header's sort button.
    const first = dataRows(el)[0]!.querySelector<HTMLElement>('[role=gridcell]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    const cell = shadow(el).activeElement as HTMLElement;
    expect(cell.getAttribute('role')).to.equal('gridcell');
    expect(ring(cell, bg), 'focus ring on a cell').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    const sort = shadow(el).activeElement as HTMLElement;
    expect(sort.getAttribute('part')).to.equal('sort-button');
    expect(ring(sort, bg), 'focus ring on a sort button').to.equal(true);

    // The sorted column shows an arrow (text, so it stays in forced colours).
    const sorted = $(el, '[aria-sort]');
    expect(sorted.querySelector('.arrow')!.textContent).to.match(/^[↑↓]$/);
    expect(drawn(getComputedStyle(sorted.querySelector('.arrow')!).color, bg), 'sort arrow').to.equal(true);

    // The expanded row is outlined; the others are not.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const rows = dataRows(el).filter((r) => !r.classList.contains('loading'));
    const expanded = rows.find((r) => r.classList.contains('expanded'))!;
    expect(expanded, 'a row expanded').to.not.equal(undefined);
    expect(ring(expanded, bg), 'outline of the expanded row').to.equal(true);
    expect(rows.filter((r) => r !== expanded).some((r) => ring(r, bg)), 'outline on another row').to.equal(false);

    // The action's colour dot is decorative: the action is written next to it.
    const action = dataRows(el)[1]!.querySelector('.l1')!;
    expect(action.querySelector('.chip')!.getAttribute('aria-hidden')).to.equal('true');
    expect(action.textContent!.trim().length).to.be.greaterThan(0);

    // A filter chip (also when nothing matches) has a drawn border, its remove button too.
    el.store.patchFilter({ brand_name: 'Acme' });
    await waitFor(() => !!shadow(el).querySelector('[part=filter-chip]'), 'the filter chip');
    const chip = $(el, '[part=filter-chip]');
    const cs = getComputedStyle(chip);
    expect([cs.borderTopStyle, drawn(cs.borderTopColor, pageBg())], 'filter chip border').to.deep.equal(['solid', true]);
    const remove = getComputedStyle(chip.querySelector('button')!);
    expect([remove.borderTopStyle, drawn(remove.borderTopColor, pageBg())], 'chip remove button border').to.deep.equal(['solid', true]);
    await expect(el).to.be.accessible();
  });

  it('the selected row (no-expand) is outlined, the others are not', async () => {
    const el = await logOf({ width: '1000px', attrs: { noExpand: true } });
    const bg = getComputedStyle(grid(el)).backgroundColor;
    dataRows(el)[2]!.querySelector<HTMLElement>('[role=gridcell]')!.click();
    await settle(el);
    const rows = dataRows(el).filter((r) => !r.classList.contains('loading'));
    const selected = rows.filter((r) => r.classList.contains('selected'));
    expect(selected.length).to.equal(1);
    expect(ring(selected[0]!, bg), 'outline of the selected row').to.equal(true);
    expect(rows.filter((r) => r !== selected[0]).some((r) => ring(r, bg))).to.equal(false);
  });
});

/** Everything in the toolbar, the filter bar and the pager lies within the log; the page does not scroll sideways. */
function expectReflowed(el: EvLog, what: string): void {
  const host = box(el);
  expect(host.right, `${what}: the log fits the viewport`).to.be.at.most(innerWidth + 1);
  const controls = $$(el, '[part=toolbar] > *, [part=filters] button, [part=filters] input, [part=filters] select, [part=filter-field], [part=filter-chip], [part=pager] > *');
  expect(controls.length).to.be.greaterThan(5);
  for (const c of controls) {
    if (c.offsetParent === null && getComputedStyle(c).position !== 'fixed') continue; // hidden
    const b = box(c);
    const name = `${what}: ${c.getAttribute('part') ?? c.className ?? c.localName}`;
    expect(b.left, `${name} starts in the log`).to.be.at.least(host.left - 1);
    expect(b.right, `${name} ends in the log`).to.be.at.most(host.right + 1);
  }
  expect(document.documentElement.scrollWidth, `${what}: the page does not scroll sideways`).to.be.at.most(innerWidth);
}

describe('<ev-log> at 320 × 480 (reflow)', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the toolbar, the filter bar (with a 300-character filter chip) and the pager wrap; only the grid scrolls sideways', async () => {
    const el = await logOf();
    el.store.patchFilter({ brand_name: LONG, username: LONG });
    await settle(el);
    expectReflowed(el, 'en');
    // The grid keeps its columns and scrolls inside its own box.
    const g = grid(el);
    expect(box(g).right).to.be.at.most(innerWidth + 1);
  });

  it('with the model filters open, an expanded row with 300-character values and German labels', async () => {
    const el = await logOf();
    el.lang = 'de';
    await settle(el);
    $(el, '[part=more-button]').click();
    await settle(el);
    dataRows(el)[0]!.querySelector<HTMLElement>('[role=gridcell]')!.click();
    await settle(el);
    expectReflowed(el, 'de');
  });
});

describe('<ev-log> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** Nothing moves: whatever runs is over within 0.01 ms, once (a repeating 0.01 ms animation flickers). */
  function still(el: EvLog, what: string): void {
    for (const a of shadow(el).getAnimations()) {
      const timing = a.effect!.getComputedTiming();
      expect([timing.endTime, timing.iterations], `${what}: ${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty}`).to.deep.equal([0.01, 1]);
    }
  }

  it('the loading skeleton does not shimmer, expanding a row moves nothing', async () => {
    let release!: () => void;
    const memory = createMemoryClient({ events: hostileEvents() });
    const gate = new Promise<void>((r) => (release = r));
    const client: EventsClient = { ...memory, listEvents: async (q, o) => (await gate, memory.listEvents(q, o)) };
    const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => $$(el, '.bone').length > 0, 'the skeleton');
    for (const bone of $$(el, '.bone').slice(0, 3)) expect(getComputedStyle(bone).animationName, 'shimmer').to.equal('none');
    still(el, 'loading');
    release();
    await waitFor(() => dataRows(el).some((r) => !r.classList.contains('loading')), 'the rows');
    await settle(el);
    dataRows(el)[0]!.querySelector<HTMLElement>('[role=gridcell]')!.click();
    await settle(el);
    still(el, 'expanded');
  });
});

describe('<ev-log> with the page text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('at 1280 px: toolbar, filter and pager buttons, headers and the rows\u2019 text are not cut off', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await logOf();
    el.style.height = '1200px';
    await settle(el);
    const controls = $$(el, '[part=toolbar] button, [part=columns-button], [part=filters] button, [part=pager] button, [part=count], .field-label');
    expect(controls.length).to.be.greaterThan(5);
    for (const c of controls) {
      const name = c.getAttribute('part') ?? c.className;
      expect(c.scrollWidth, `${name}: its text fits it sideways`).to.be.at.most(c.clientWidth + 1);
      expect(c.scrollHeight, `${name}: its text fits it`).to.be.at.most(c.clientHeight + 1);
    }
    // Both lines of a row's cells are within the row.
    const row = dataRows(el).find((r) => !r.classList.contains('loading') && !r.textContent!.includes(LONG))!;
    const rowBox = box(row);
    for (const line of row.querySelectorAll<HTMLElement>('.l1, .l2')) {
      if (!line.textContent!.trim()) continue;
      const b = box(line);
      expect(line.scrollHeight, `"${line.textContent}" is not cut off`).to.be.at.most(line.clientHeight + 1);
      expect(b.bottom, `"${line.textContent}" is within its row`).to.be.at.most(rowBox.bottom + 1);
      expect(b.top).to.be.at.least(rowBox.top - 1);
    }
    expectReflowed(el, '200 %');
  });
});

describe('<ev-log> when the page text size changes while it is on the page', () => {
  afterEach(() => (document.documentElement.style.fontSize = ''));

  it('the rows grow with the root font size at once (no scroll, no resize) and their second line is not cut off', async () => {
    // A bare table (no filter bar, the page hides the toolbar) in a box of fixed size: the text
    // size changes, the grid's box does not.
    const host = await fixture<HTMLElement>(
      html`<div>
        <style>
          .bare::part(toolbar) {
            display: none;
          }
        </style>
        <ev-log class="bare" lang="en" no-filters style="height: 480px; width: 1000px" .client=${createMemoryClient({ events: hostileEvents() })}></ev-log>
      </div>`,
    );
    const el = host.querySelector('ev-log')!;
    await waitFor(() => dataRows(el).some((r) => !r.classList.contains('loading')), 'the rows');
    await settle(el);
    const gridBox = box(grid(el));
    const row = () => dataRows(el).find((r) => !r.classList.contains('loading') && !r.textContent!.includes(LONG))!;
    const before = box(row()).height;
    const scrollTop = grid(el).scrollTop;
    document.documentElement.style.fontSize = '32px';
    await waitFor(() => box(row()).height >= before * 1.9, `the rows to grow from ${before} px`);
    expect(grid(el).scrollTop, 'nothing scrolled').to.equal(scrollTop);
    expect([box(grid(el)).width, box(grid(el)).height], 'the grid kept its size').to.deep.equal([gridBox.width, gridBox.height]);
    const r = row();
    const rowBox = box(r);
    const lines = [...r.querySelectorAll<HTMLElement>('.l1, .l2')].filter((line) => line.textContent!.trim());
    expect(lines.length).to.be.greaterThan(2);
    for (const line of lines) {
      const b = box(line);
      expect(line.scrollHeight, `"${line.textContent}" is not cut off`).to.be.at.most(line.clientHeight + 1);
      expect(b.bottom, `"${line.textContent}" is within its row`).to.be.at.most(rowBox.bottom + 1);
      expect(b.top).to.be.at.least(rowBox.top - 1);
    }
    // And back: the rows shrink again.
    document.documentElement.style.fontSize = '';
    await waitFor(() => Math.abs(box(row()).height - before) < 1, 'the rows to shrink back');
  });
});
