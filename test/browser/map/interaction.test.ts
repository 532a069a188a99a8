import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { $, $$, BERLIN, POTSDAM, SAO_PAULO, TOKYO, drawn, eventsAt, project, text } from './helpers.js';

async function click(point: { x: number; y: number }): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
}

function popup(el: EvMap): HTMLElement | null {
  return $(el, '[part=popup]');
}

/** The focused element inside the map's shadow root. */
function focused(el: EvMap): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<ev-map> interaction', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('zooms into a cluster when it is clicked', async () => {
    const events = [...eventsAt(10, BERLIN, 1), ...eventsAt(10, POTSDAM, 2), ...eventsAt(10, TOKYO, 3)];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    // Berlin and Potsdam (25 km apart) form one cluster at the world view.
    expect(el.view!.zoom).to.be.below(6);
    const before = el.view!.zoom;
    const cluster = project(el, (BERLIN.lat + POTSDAM.lat) / 2, (BERLIN.long + POTSDAM.long) / 2);
    await click(cluster);
    await waitUntil(() => el.view!.zoom > before, 'the cluster click did not zoom');
    await el.rendered;
    expect(popup(el)).to.equal(null);
    // Zoomed in far enough, both places are separate points.
    const berlin = project(el, BERLIN.lat, BERLIN.long);
    await click(berlin);
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Berlin, Germany');
  });

  it('opens a popup built from text: action, user, time in the shared zone, place, link and ev-select', async () => {
    const hostile = eventsAt(3, { ...SAO_PAULO, city: hostileStrings[0]! }).map((e, i) => ({
      ...e,
      pk: `pk-${i}`,
      action: i === 0 ? 'login_failed' : 'custom_report',
      user: { username: hostileStrings[2]! },
      created: `2026-11-20T12:0${i}:00.000Z`,
    }));
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC"
      ><ev-map .events=${hostile} event-href="/events/{pk}?x=<b>"></ev-map
    ></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    await click(project(el, SAO_PAULO.lat, SAO_PAULO.long));
    await waitUntil(() => popup(el) !== null, 'no popup');
    const p = popup(el)!;
    expect(text(p.querySelector('.popup-place'))).to.equal(`${hostileStrings[0]}, Brazil`);
    expect(text(p.querySelector('.popup-count'))).to.equal('3 events');
    const first = p.querySelector('.popup-event')!;
    expect(text(first.querySelector('.popup-action'))).to.equal('Custom: Report');
    expect(text(first.querySelector('.popup-user'))).to.equal(hostileStrings[2]);
    expect(text(first.querySelector('time'))).to.equal('Nov 20, 2026, 12:02:00 PM');
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/events/pk-2?x=<b>');
    expect(p.querySelectorAll('img, script, svg').length).to.equal(0);
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();

    setTimeout(() => first.querySelector<HTMLButtonElement>('[part=popup-button]')!.click());
    const selected = await oneEvent(el, 'ev-select');
    expect(selected.detail.event.pk).to.equal('pk-2');
    expect(source.selection).to.equal('pk-2');
  });

  it('links only to safe URLs, and a cancelled ev-select leaves the selection alone', async () => {
    const el = await fixture<EvMap>(html`<ev-map event-href="javascript:alert('{pk}')" .events=${eventsAt(1, TOKYO)}></ev-map>`);
    await drawn(el);
    await click(project(el, TOKYO.lat, TOKYO.long));
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popup(el)!.querySelector('a')).to.equal(null);
    el.addEventListener('ev-select', (e) => e.preventDefault());
    popup(el)!.querySelector<HTMLButtonElement>('[part=popup-button]')!.click();
    expect(el.store.selection).to.equal(null);
  });

  it('"Filter to this area" sets the shared filter; the map and the source follow; clearing restores', async () => {
    const events = [...eventsAt(10, BERLIN, 1), ...eventsAt(6, TOKYO, 2), ...eventsAt(4, SAO_PAULO, 3)];
    const client = createMemoryClient({ events });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('20 events at 3 places');
    await el.updateComplete;
    // Zoom to Tokyo through the list of top locations, then filter to what is visible.
    $$(el, '[part=location]').find((b) => text(b).startsWith('Tokyo'))!.click();
    await waitUntil(() => el.view!.zoom >= 6);
    await sendKeys({ press: 'Escape' });
    const changed = oneEvent(source, 'ev-filter-change');
    const areaButton = $$(el, '[part=area-button]').find((b) => text(b) === 'Filter to this area')!;
    areaButton.click();
    const { detail } = await changed;
    const area = detail.filter.area!;
    expect(area.south).to.be.below(TOKYO.lat);
    expect(area.north).to.be.above(TOKYO.lat);
    expect(area.west).to.be.below(TOKYO.long);
    expect(area.east).to.be.above(TOKYO.long);
    await waitUntil(() => text($(el, '[part=summary]')) === '6 events at 1 place', 'the map did not follow the area filter');
    expect((await client.listEvents({ ...source.filter, pageSize: 100 })).total).to.equal(6);
    await expect(el).to.be.accessible();
    $$(el, '[part=area-button]').find((b) => text(b) === 'Clear area filter')!.click();
    expect(source.filter.area).to.equal(undefined);
    await waitUntil(() => text($(el, '[part=summary]')) === '20 events at 3 places');
  });

  it('is keyboard operable: arrows pan, + and − zoom, the zoom buttons work', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(3, BERLIN), ...eventsAt(3, TOKYO)]}></ev-map>`);
    await drawn(el);
    const map = $(el, '[part=map]')!;
    expect(map.getAttribute('role')).to.equal('application');
    expect(map.getAttribute('aria-label')).to.equal('Map of events');
    expect(text(el.shadowRoot!.getElementById(map.getAttribute('aria-describedby')!))).to.contain('Arrow keys pan the map');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused(el) === map, 'Tab does not reach the map');
    const { zoom, center } = el.view!;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.view!.center[1] > center[1] + 1, 'ArrowRight did not pan east');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => el.view!.center[0] > center[0] + 1, 'ArrowUp did not pan north');
    await sendKeys({ press: '+' });
    await waitUntil(() => el.view!.zoom > zoom, '+ did not zoom in');
    const zoomedIn = el.view!.zoom;
    await sendKeys({ press: '-' });
    await waitUntil(() => el.view!.zoom < zoomedIn, '− did not zoom out');
    const now = el.view!.zoom;
    $(el, '[part=zoom-in]')!.click();
    await waitUntil(() => el.view!.zoom === now + 1);
    $(el, '[part=zoom-out]')!.click();
    await waitUntil(() => el.view!.zoom === now);
    await expect(el).to.be.accessible();
  });

  it('a zoom button at its limit says it does nothing more, and keeps the focus', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${eventsAt(3, BERLIN)}></ev-map>`);
    await drawn(el);
    const zoomIn = $(el, '[part=zoom-in]')!;
    const zoomOut = $(el, '[part=zoom-out]')!;
    expect([zoomIn.getAttribute('aria-disabled'), zoomOut.getAttribute('aria-disabled')]).to.deep.equal(['false', 'false']);
    await el.setView([BERLIN.lat, BERLIN.long], 17);
    zoomIn.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view!.zoom === 18, 'Zoom in did not zoom to 18');
    await el.updateComplete;
    // Was: an enabled "Zoom in" button that did nothing, with nothing said.
    expect(zoomIn.getAttribute('aria-disabled'), 'zoom in at the deepest zoom').to.equal('true');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
    expect(focused(el)).to.equal(zoomIn);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.view!.zoom).to.equal(18);
    await el.setView([BERLIN.lat, BERLIN.long], 1);
    await el.updateComplete;
    expect(el.view!.zoom).to.equal(1);
    expect([zoomIn.getAttribute('aria-disabled'), zoomOut.getAttribute('aria-disabled')], 'at the widest zoom').to.deep.equal(['false', 'true']);
    await expect(el).to.be.accessible();
  });

  it('"Zoom out" is dimmed exactly where pressing it stops zooming out, reached by presses, in wide, narrow and tall maps', async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (const style of ['', 'width: 1600px; --ev-map-height: 160px', 'width: 220px; --ev-map-height: 900px']) {
      const el = await fixture<EvMap>(html`<ev-map style=${style} .events=${[...eventsAt(3, BERLIN), ...eventsAt(3, TOKYO)]}></ev-map>`);
      await drawn(el);
      await el.setView([BERLIN.lat, BERLIN.long], 4);
      const zoomOut = $(el, '[part=zoom-out]')!;
      $(el, '[part=map]')!.focus();
      // Out by keys (Shift+− zooms out three levels), then by the button, until a press changes nothing.
      const steps: string[] = [];
      for (const press of [() => sendKeys({ press: 'Shift+Minus' }), () => zoomOut.click(), () => zoomOut.click(), () => zoomOut.click()]) {
        const before = el.view!.zoom;
        const dimmed = zoomOut.getAttribute('aria-disabled') === 'true';
        await press();
        await sleep(500);
        await el.rendered;
        steps.push(`zoom ${before}: ${dimmed ? 'dimmed' : 'not dimmed'}, a press ${el.view!.zoom === before ? 'did nothing' : `zoomed to ${el.view!.zoom}`}`);
      }
      const disagreeing = steps.filter((step) => step.includes('not dimmed, a press did nothing') || /: dimmed, a press zoomed/.test(step));
      expect(disagreeing, `${style || 'default size'}: ${steps.join('; ')}`).to.deep.equal([]);
      expect(zoomOut.getAttribute('aria-disabled'), `${style || 'default size'}: at the floor`).to.equal('true');
      el.remove();
    }
  });

  it('removing the map during a zoom animation throws nothing later (Leaflet#9575)', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error ?? e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(3, BERLIN), ...eventsAt(3, TOKYO)]}></ev-map>`);
      await drawn(el);
      $(el, '[part=zoom-in]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-zoom-anim'), 'the zoom animation to start', { interval: 5 });
      el.remove();
      // Leaflet ends a zoom animation 250 ms after it starts, removed map or not.
      await new Promise((r) => setTimeout(r, 400));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('the list of top locations opens a place: focus moves into the popup and Escape returns it', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map>`);
    await drawn(el);
    const button = $$(el, '[part=location]')[1]!;
    expect(text(button)).to.equal('Tokyo, Japan 2 events');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(el.view!.center[1]).to.be.closeTo(TOKYO.long, 0.01);
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Tokyo, Japan');
    expect(popup(el)!.contains(focused(el))).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popup(el) === null, 'Escape did not close the popup');
    expect(focused(el)).to.equal(button);
  });

  it('cuts huge attacker-controlled users and actions in popups and the legend (they froze the tab for 20–30 s)', async () => {
    const huge = 'A'.repeat(100_000);
    const events = eventsAt(3, TOKYO).map((e) => ({ ...e, action: `custom_${huge}`, user: { username: huge } }));
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    $$(el, '[part=location]')[0]!.click();
    await waitUntil(() => popup(el) !== null, 'no popup');
    const user = text(popup(el)!.querySelector('.popup-user'));
    expect(user.length).to.be.within(100, 201);
    expect(user.startsWith('AAAA') && user.endsWith('…')).to.equal(true);
    const action = text(popup(el)!.querySelector('.popup-action'));
    expect(action.length).to.be.within(100, 201);
    expect(action.endsWith('…')).to.equal(true);
    const legend = text($(el, '.legend-label'));
    expect(legend.length).to.be.within(100, 201);
    await expect(el).to.be.accessible();
  });

  it('switches to a tile server with tile-url and shows the page\'s attribution', async () => {
    // A data: URL: Leaflet fills in nothing, and no request leaves the page.
    const tile = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
    const el = await fixture<EvMap>(html`<ev-map tile-url=${tile} .events=${eventsAt(2, BERLIN)}
      ><span slot="attribution">© Test tiles</span></ev-map
    >`);
    await drawn(el);
    await waitUntil(() => $$(el, 'img.leaflet-tile').length > 0, 'no tiles requested');
    expect($$(el, 'img.leaflet-tile')[0]!.getAttribute('src')).to.equal(tile);
    expect($(el, '.leaflet-evBase-pane canvas')?.getBoundingClientRect().width ?? 0).to.equal(0);
    const slot = $(el, 'slot[name=attribution]') as HTMLSlotElement;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['© Test tiles']);
  });

  it('lays out for right-to-left pages', async () => {
    const wrapper = await fixture(html`<div dir="rtl"><ev-map .events=${eventsAt(2, BERLIN)}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await drawn(el);
    const stage = $(el, '.stage')!.getBoundingClientRect();
    const zoom = $(el, '[part=zoom-in]')!.getBoundingClientRect();
    expect(stage.right - zoom.right).to.be.below(20);
    expect($(el, '[part=map]')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});
