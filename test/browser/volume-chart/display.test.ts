/**
 * How the volume chart looks under the user's display settings: forced colours (Windows High
 * Contrast), a 320 px wide viewport (WCAG 1.4.10 reflow), reduced motion, and the page's text at
 * 200 % (WCAG 1.4.4). The canvas content is exempt from forced colours; what is drawn in DOM is not.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/volume-chart/ev-volume-chart.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, canvasOf, chartOf, parts, recentEvents } from './helpers.js';

const LONG = 'x'.repeat(300);
const ACTIONS = ['login', 'logout', LONG, 'model_created', 'model_updated', 'authorize_application'];

/** A chart over a client (so with its range toolbar): 120 events in the last day over six actions, one of them 300 characters without a space. */
async function chart(): Promise<EvVolumeChart> {
  const client = createMemoryClient({ events: recentEvents(120, DAY, ACTIONS) });
  const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
  await waitUntil(() => parts(el, 'legend-item').length === ACTIONS.length && canvasOf(el), 'the chart and its legend', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const box = (e: Element) => e.getBoundingClientRect();

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

const pageBg = () => getComputedStyle(document.body).backgroundColor;

/** Nothing in the chart is wider than its box, no text is cut off sideways, the page does not scroll sideways. */
function expectNothingClippedSideways(el: EvVolumeChart, what: string): void {
  const outer = box(el);
  for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>('[part=toolbar] button, [part=legend] button, .legend-label, [part=summary], [part=selection-bar] *')) {
    const name = `${what}: ${c.getAttribute('part') ?? c.className ?? c.localName} "${(c.textContent ?? '').trim().slice(0, 20)}"`;
    const b = box(c);
    expect(b.left, `${name} starts in the chart`).to.be.at.least(outer.left - 1);
    expect(b.right, `${name} ends in the chart`).to.be.at.most(outer.right + 1);
    expect(c.scrollWidth, `${name}: its text fits it sideways`).to.be.at.most(c.clientWidth + 1);
    expect(c.scrollHeight, `${name}: its text fits it downwards`).to.be.at.most(c.clientHeight + 1);
  }
  expect(document.documentElement.scrollWidth, `${what}: the page does not scroll sideways`).to.be.at.most(innerWidth);
}

describe('<ev-volume-chart> in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('the focus rings on the canvas and on the focused bar stay visible', async () => {
    const el = await chart();
    const canvas = canvasOf(el);
    canvas.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const ring = getComputedStyle(canvas);
    expect([ring.outlineStyle, parseFloat(ring.outlineWidth) >= 2, drawn(ring.outlineColor, pageBg())], 'focus ring on the canvas').to.deep.equal(['solid', true, true]);
    // The focused bar: drawn in DOM over the canvas, so it must show in the system colours.
    const [cursor] = parts(el, 'cursor');
    expect(cursor, 'the focused bar marker').to.exist;
    const m = getComputedStyle(cursor!);
    const edge = [m.outlineStyle === 'solid' && drawn(m.outlineColor, pageBg()), m.borderInlineStartStyle === 'solid' && parseFloat(m.borderInlineStartWidth) >= 2 && drawn(m.borderInlineStartColor, pageBg())];
    expect(edge.includes(true), `the focused bar is outlined (outline ${m.outlineStyle} ${m.outlineColor}, border ${m.borderInlineStartStyle} ${m.borderInlineStartColor})`).to.equal(true);
    // Down moves to a segment: its marker too.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const [segment] = parts(el, 'segment-focus');
    expect(segment, 'the focused segment marker').to.exist;
    const sm = getComputedStyle(segment!);
    expect([sm.outlineStyle, drawn(sm.outlineColor, pageBg())], 'focused segment marker').to.deep.equal(['solid', true]);
    await expect(el).to.be.accessible();
  });

  it('a hidden action is marked by more than colour, the chosen range by more than its background', async () => {
    const el = await chart();
    const [first, second] = parts(el, 'legend-item');
    second!.click();
    await el.updateComplete;
    expect([first!.getAttribute('aria-pressed'), second!.getAttribute('aria-pressed')]).to.deep.equal(['true', 'false']);
    const on = getComputedStyle(first!);
    const off = getComputedStyle(second!);
    expect(on.textDecorationLine, 'shown action').to.equal('none');
    expect(off.textDecorationLine, 'hidden action is struck through').to.equal('line-through');
    const swatchOff = getComputedStyle(second!.querySelector('.swatch')!);
    expect([swatchOff.outlineStyle, drawn(swatchOff.outlineColor, off.backgroundColor)], 'the hidden action swatch is an outline').to.deep.equal(['solid', true]);
    // Legend buttons keep their borders.
    expect([on.borderTopStyle, drawn(on.borderTopColor, pageBg())], 'legend button border').to.deep.equal(['solid', true]);

    const range = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=range] button')];
    const pressed = range.find((b) => b.getAttribute('aria-pressed') === 'true')!;
    const other = range.find((b) => b.getAttribute('aria-pressed') === 'false')!;
    const p = getComputedStyle(pressed);
    const o = getComputedStyle(other);
    const look = (s: CSSStyleDeclaration) => [s.backgroundColor, s.color, s.borderTopWidth, s.textDecorationLine, s.outlineStyle].join(' ');
    expect(look(p), 'the chosen range looks different from the others').not.to.equal(look(o));
    expect(drawn(p.backgroundColor, o.backgroundColor) && drawn(p.color, p.backgroundColor), 'the chosen range is in the system highlight colours').to.equal(true);
  });
});

describe('<ev-volume-chart> at 320 × 480 (reflow)', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the toolbar and the legend wrap, a 300-character action name wraps inside its button', async () => {
    const el = await chart();
    for (const part of ['toolbar', 'range', 'legend']) expect(box(parts(el, part)[0]!).right, `the ${part} ends in the viewport`).to.be.at.most(innerWidth);
    const long = parts(el, 'legend-item').find((b) => b.textContent!.includes(LONG.slice(1)))!;
    expect(long.textContent, 'the whole name is there').to.contain(LONG.slice(1));
    expect(box(long).height, 'the long name wraps to several lines').to.be.greaterThan(3 * parseFloat(getComputedStyle(long).fontSize));
    expectNothingClippedSideways(el, '320 px');
    // The tooltip of a bar with the long action names it in full, wrapped inside the tooltip.
    canvasOf(el).focus();
    // From the first bar: which bars hold the long action depends on the minute the test runs.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const longInTooltip = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=tooltip] .name')].find((n) => n.textContent!.includes(LONG.slice(1)));
    for (let i = 0; i < 30 && !longInTooltip(); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    const name = longInTooltip()!;
    expect(name, 'a tooltip with the long action').to.exist;
    const tip = box(parts(el, 'tooltip')[0]!);
    expect(tip.left, 'the tooltip starts in the viewport').to.be.at.least(0);
    expect(tip.right, 'the tooltip ends in the viewport').to.be.at.most(innerWidth);
    expect(name.scrollWidth, 'the long action fits its line sideways').to.be.at.most(name.clientWidth + 1);
    expect(box(name).right, 'the long action ends in the tooltip').to.be.at.most(tip.right);
    canvasOf(el).blur();
    // With a custom range and a selection, still nothing sideways.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=range] button:last-child')!.click();
    await el.updateComplete;
    expectNothingClippedSideways(el, '320 px, custom range');
  });
});

describe('<ev-volume-chart> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('Chart.js does not animate and nothing in the DOM transitions', async () => {
    const el = await chart();
    expect(chartOf(el).options.animation, 'Chart.js animation').to.equal(false);
    parts(el, 'legend-item')[0]!.click();
    await el.updateComplete;
    expect(chartOf(el).options.animation, 'Chart.js animation after an update').to.equal(false);
    for (const a of el.shadowRoot!.getAnimations()) expect(a.effect!.getComputedTiming().endTime, 'a running transition').to.be.at.most(0.01);
    for (const node of el.shadowRoot!.querySelectorAll('button, canvas, [part]')) {
      const s = getComputedStyle(node);
      expect(s.animationName).to.equal('none');
      expect(Math.max(...s.transitionDuration.split(',').map(parseFloat)), `${node.getAttribute('part') ?? node.localName} transition`).to.be.at.most(0.00001);
    }
  });
});

describe('<ev-volume-chart> with the page text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('at 1280 × 800 the toolbar, the legend and their buttons are not cut off', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await chart();
    expect(parseFloat(getComputedStyle(parts(el, 'legend-item')[0]!).fontSize), 'the text did grow').to.be.greaterThan(20);
    expectNothingClippedSideways(el, '200 %');
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
      expect(b.scrollHeight, `"${b.textContent!.trim().slice(0, 20)}" fits its height`).to.be.at.most(b.clientHeight + 1);
    }
    expect(box(canvasOf(el)).height, 'the plot grew with the text').to.be.greaterThan(14 * 16);
  });
});
