/**
 * Stories of single states show the state they are named after (axe then checks that state, in
 * the per-file story tests): the custom range whose "To" is not after "From", invisible and
 * look-alike usernames, an answer over the size cap, an unread count that never came, a
 * traceback of 1,000 frames, places at the poles and actions that are no name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as detailStories from '../../../stories/detail.stories.js';
import * as logStories from '../../../stories/log.stories.js';
import * as mapStories from '../../../stories/map.stories.js';
import * as bellStories from '../../../stories/notification-bell.stories.js';
import { composeStories } from './compose.js';
import { settle } from './settle.js';

/** Renders one story as the axe test does and waits until it has settled; returns its element. */
async function story(module: Record<string, unknown>, exportName: string, tag: string): Promise<HTMLElement> {
  const composed = composeStories(module).find((s) => s.exportName === exportName);
  expect(composed, `story ${exportName}`).to.exist;
  await composed!.load();
  const canvas = await fixture<HTMLDivElement>(html`<div id="storybook-root">${composed!.render()}</div>`);
  await settle(canvas);
  const el = canvas.querySelector<HTMLElement>(tag);
  expect(el, tag).to.exist;
  return el!;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('stories of single states show their state', () => {
  it('<ev-log> "To" before "From": no events, "To" invalid and described by the reason', async () => {
    const el = await story(logStories, 'EmptyRangeInverted', 'ev-log');
    expect(el.matches(':state(empty)')).to.equal(true);
    const until = el.shadowRoot!.querySelector('input[name="until"]')!;
    expect(until.getAttribute('aria-invalid')).to.equal('true');
    const reason = el.shadowRoot!.getElementById(until.getAttribute('aria-describedby')!);
    expect(reason?.getAttribute('part')).to.equal('range-error');
    expect(text(reason)).to.equal('“To” is not after “From”: no time matches.');
  });

  it('<ev-log> invisible and look-alike usernames read with marks', async () => {
    const el = await story(logStories, 'InvisibleUsernames', 'ev-log');
    const users = all(el, '.data-row').map((row) => text(row.querySelectorAll('[role="gridcell"]')[1]?.querySelector('.l1')));
    expect(users).to.include.members(['ad⟨U+200B⟩min', '(invisible name: U+200B)', 'admin']);
    expect(all(el, '[part~="invisible-mark"]').map(text)).to.include.members(['⟨U+200B⟩', '(invisible name: U+200B)']);
  });

  it('<ev-log> an answer over the size cap: the error says it was too large', async () => {
    const el = await story(logStories, 'ErrorTooLarge', 'ev-log');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('The answer from the events server was too large to read (more than 8 MiB).');
  });

  it('<ev-notification-bell> unread count unavailable: badge "!", named so', async () => {
    const el = await story(bellStories, 'ErrorCountUnavailable', 'ev-notification-bell');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="button"]')!.getAttribute('aria-label')).to.equal('Notifications, unread count unavailable');
    expect(text(el.shadowRoot!.querySelector('[part~="badge"]'))).to.equal('!');
  });

  it('<ev-detail> a traceback of 1,000 frames: the first and last 100, the middle a page at a time', async () => {
    const el = await story(detailStories, 'LongTraceback', 'ev-detail');
    expect(all(el, '[part~="frame"]')).to.have.length(200);
    expect(all(el, 'button').map(text)).to.include('Show 100 more frames (800 hidden)');
  });

  it('<ev-map> places at both poles and Berlin', async () => {
    const el = await story(mapStories, 'Poles', 'ev-map');
    expect(all(el, '[part~="location"]').map(text)).to.have.members(['Berlin, Germany 4 events', '-90, 180 3 events', 'North Pole 2 events']);
  });

  it('<ev-map> actions that are no name: "Unnamed action" in the legend', async () => {
    const el = await story(mapStories, 'UnnamedAction', 'ev-map');
    expect(all(el, '[part~="legend"] li').map(text)).to.deep.equal(['Unnamed action 8', 'Login 4']);
  });
});
