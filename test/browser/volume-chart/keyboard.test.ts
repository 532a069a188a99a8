import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { HOUR, announced, canvasOf, hourly, parts, tabbedChart } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const BUCKETS = hourly(T0, ['login', 'logout'], [[4, 2], [1, 0], [0, 0], [3, 3], [0, 0]]);

const focused = (dir = 'ltr') => tabbedChart(BUCKETS, { dir });

describe('<ev-volume-chart> keyboard', () => {
  it('focus lands on the latest bar with events and announces time, total and top actions', async () => {
    const { el } = await focused();
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('aria-label')).to.equal('Event volume by action');
    expect(announced(el)).to.equal('11/1/26, 3:00 – 4:00 AM: 6 events. Login 3, Logout 3.');
    expect(parts(el, 'tooltip')[0]!.textContent).to.contain('6 events');
    expect(parts(el, 'cursor')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('arrows, Home, End and Page keys move between bars', async () => {
    const { el } = await focused();
    await sendKeys({ press: 'ArrowLeft' });
    expect(announced(el)).to.equal('11/1/26, 2:00 – 3:00 AM: 0 events.');
    await sendKeys({ press: 'ArrowLeft' });
    expect(announced(el)).to.equal('11/1/26, 1:00 – 2:00 AM: 1 event. Login 1.');
    await sendKeys({ press: 'Home' });
    expect(announced(el)).to.equal('11/1/26, 12:00 – 1:00 AM: 6 events. Login 4, Logout 2.');
    await sendKeys({ press: 'ArrowLeft' });
    expect(announced(el)).to.contain('12:00 – 1:00 AM');
    await sendKeys({ press: 'End' });
    expect(announced(el)).to.equal('11/1/26, 4:00 – 5:00 AM: 0 events.');
    await sendKeys({ press: 'PageUp' });
    expect(announced(el)).to.contain('3:00 – 4:00 AM');
  });

  it('Up and Down move between the actions of a bar; Enter selects that bar and action', async () => {
    const { source, el } = await focused();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    expect(announced(el)).to.equal('Login: 4 events, 11/1/26, 12:00 – 1:00 AM.');
    await sendKeys({ press: 'ArrowUp' });
    expect(announced(el)).to.equal('Logout: 2 events, 11/1/26, 12:00 – 1:00 AM.');
    await el.updateComplete;
    expect(parts(el, 'segment-focus')).to.have.length(1);
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'ev-range-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ since: new Date(T0).toISOString(), until: new Date(T0 + HOUR).toISOString(), action: 'logout', trigger: 'keyboard' });
    expect(source.store.filter.actions).to.deep.equal(['logout']);
  });

  it('Enter confirms the selection in the live region; a cancelled selection announces nothing', async () => {
    const { el } = await focused();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(announced(el)).to.equal('Selected: 11/1/26, 12:00 – 1:00 AM, Logout');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(announced(el)).to.equal('Selected: 11/1/26, 1:00 – 3:00 AM, Logout');
    await sendKeys({ press: 'ArrowRight' });
    const before = announced(el);
    el.addEventListener('ev-range-select', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(announced(el)).to.equal(before);
  });

  it('Shift + arrows extend a range, Enter selects it, Escape cancels', async () => {
    const { source, el } = await focused();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    expect(announced(el)).to.equal('Range 11/1/26, 12:00 – 3:00 AM. Press Enter to select it.');
    await el.updateComplete;
    expect(parts(el, 'selection').filter((p) => p.classList.contains('pending'))).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el, 'selection'), 'pending cleared').to.have.length(0);
    expect(source.store.filter).to.deep.equal({});
    // Focus stayed on the bar the range reached; a new range starts there.
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(source.store.filter).to.deep.equal({ since: new Date(T0 + 2 * HOUR).toISOString(), until: new Date(T0 + 4 * HOUR).toISOString() });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el, 'tooltip'), 'tooltip hidden').to.have.length(0);
  });

  it('after Escape hides the bar, the next arrow goes on from that bar (not from the start)', async () => {
    const { el } = await focused();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    expect(announced(el)).to.contain('1:00 – 2:00 AM');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el, 'tooltip'), 'tooltip hidden').to.have.length(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announced(el)).to.equal('11/1/26, 2:00 – 3:00 AM: 0 events.');
  });

  it('in right-to-left layouts Left moves forward in time', async () => {
    const { el } = await focused('rtl');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(announced(el)).to.contain('1:00 – 2:00 AM');
    await sendKeys({ press: 'ArrowRight' });
    expect(announced(el)).to.contain('12:00 – 1:00 AM');
  });

  it('pointer focus does not start keyboard navigation', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${BUCKETS}></ev-volume-chart>`);
    canvasOf(el).dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(announced(el)).to.equal('');
  });
});
