/**
 * The action multi-select's panel: a 10,000-character custom action name (event data is hostile)
 * stays inside the log instead of widening the page, and keyboard focus leaving the panel closes
 * it (as the columns menu does), so it does not stay open over the content.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

const LONG = 'x'.repeat(10_000);

function panel(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=actions-panel]')!;
}

function actionsButton(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=actions-button]')!;
}

describe('<ev-log> actions panel', () => {
  it('a 10,000-character action name stays within the log; the page does not scroll sideways', async () => {
    const events = makeEvents({ count: 5 }).map((e, i) => (i === 0 ? { ...e, action: `custom_${LONG}` } : e));
    const el = await mountLog({ events });
    el.style.width = '600px';
    actionsButton(el).click();
    await settle(el);
    const box = panel(el).getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.width, 'panel shown').to.be.greaterThan(0);
    expect(box.right, 'the panel ends within the log').to.be.at.most(host.right + 1);
    expect(document.documentElement.scrollWidth, 'no sideways scroll of the page').to.be.at.most(innerWidth);
    // The long option is still there, named by the start of its action.
    const labels = [...panel(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
    const long = labels.find((l) => l.includes('xxxxxxxx'));
    expect(long, 'the long action is an option').to.not.equal(undefined);
    expect(long!.length, 'its label is cut').to.be.below(1000);
    await expect(el).to.be.accessible();
  });

  it('Tab past the last option closes the panel; focus stays where it went', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    actionsButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(el).querySelectorAll('input').length > 0, 'options');
    const boxes = panel(el).querySelectorAll<HTMLInputElement>('input');
    boxes[boxes.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel(el).hidden, 'panel closed').to.equal(true);
    expect(actionsButton(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement?.getAttribute('name'), 'focus on the next field').to.equal('username');
  });

  it('Shift+Tab from the actions button back out closes it too; Tab into the panel keeps it open', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    actionsButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(el).querySelectorAll('input').length > 0, 'options');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(panel(el).hidden, 'open while focus is in it').to.equal(false);
    expect(panel(el).contains(shadow(el).activeElement)).to.equal(true);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(el);
    expect(shadow(el).activeElement).to.equal(actionsButton(el));
    expect(panel(el).hidden, 'open while focus is on its button').to.equal(false);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(el);
    expect(panel(el).hidden, 'closed once focus left the field').to.equal(true);
  });
});
