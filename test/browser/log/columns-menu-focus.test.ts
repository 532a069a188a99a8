// The columns menu is a `<details>` popover over the content: when keyboard focus leaves it
// (Tab past the last checkbox, Shift+Tab past its button) it closes, and focus goes where the
// key sent it (nothing is stolen back).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow } from './helpers.js';

describe('<ev-log> columns menu closes when focus leaves it', () => {
  it('Tab from the last checkbox closes it and focus moves on to the next control', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
    menu.querySelector('summary')!.click();
    await settle(el, 1);
    expect(menu.open).to.equal(true);
    const boxes = menu.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[boxes.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el, 1);
    expect(menu.open, 'closed after Tab out').to.equal(false);
    const active = shadow(el).activeElement as HTMLElement;
    expect(active.getAttribute('part')).to.equal('export-button');
    expect(active.dataset.format).to.equal('csv');
  });

  it('Shift+Tab from its button closes it; Tab between its own controls keeps it open', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
    const summary = menu.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el, 1);
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await settle(el, 1);
    expect(menu.open, 'open while focus is inside').to.equal(true);
    expect(shadow(el).activeElement).to.equal(menu.querySelector('input[type="checkbox"]'));
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    await settle(el, 1);
    expect(menu.open, 'closed after Shift+Tab out').to.equal(false);
    expect(shadow(el).activeElement!.getAttribute('part')).to.equal('refresh-button');
  });
});
