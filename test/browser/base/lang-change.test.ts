/**
 * A change of `lang` or `dir` after an element has rendered re-renders it: on the element itself,
 * on any ancestor, on `<html>`, and on an ancestor inside a shadow root around it. Before, only
 * `<html>` was watched, so `el.setAttribute('lang', 'de')` left the strings in English (and a
 * changed `dir` left the arrow keys the old way round) until something else re-rendered.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvBaseElement } from '../../../src/base/ev-element.js';
import { makeEvents } from '../../fixtures/events.js';

/** Lets the attribute change reach the element, and its update run. */
async function settle(el: EvBaseElement): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

const refresh = (el: EvLog) => el.shadowRoot!.querySelector('[part="refresh-button"]')!.textContent!.trim();
const headers = (el: EvLog) => [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
const rowTexts = (el: EvLog) => [...el.shadowRoot!.querySelectorAll('.data-row')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
const bellLabel = (el: EvNotificationBell) => el.shadowRoot!.querySelector('button.bell')!.getAttribute('aria-label');

describe('a change of lang / dir after the first render', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('<ev-log>: lang set on the element itself switches "Refresh" to German and back', async () => {
    const events = makeEvents({ count: 5 });
    const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 300px" .events=${events}></ev-log>`);
    await settle(el);
    expect(refresh(el)).to.equal('Refresh');
    const english = rowTexts(el);
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(refresh(el)).to.equal('Aktualisieren');
    // The grid too: its headers and the rows' place names (country names in the language).
    expect(headers(el)).to.include('Aktion');
    const german = await fixture<EvLog>(html`<ev-log lang="de" style="height: 300px" .events=${events}></ev-log>`);
    await settle(german);
    expect(rowTexts(german)).to.not.deep.equal(english);
    expect(rowTexts(el)).to.deep.equal(rowTexts(german));
    el.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await settle(el);
    expect(refresh(el)).to.equal('Refresh');
  });

  it('<ev-log>: lang changed on an ancestor switches the strings', async () => {
    const box = await fixture<HTMLElement>(html`<section lang="en"><div><ev-log style="height: 300px" .events=${makeEvents({ count: 5 })}></ev-log></div></section>`);
    const el = box.querySelector<EvLog>('ev-log')!;
    await settle(el);
    expect(refresh(el)).to.equal('Refresh');
    box.setAttribute('lang', 'de');
    await settle(el);
    expect(refresh(el)).to.equal('Aktualisieren');
  });

  it('<ev-log>: a closer lang wins; a change farther up leaves it as it is', async () => {
    const box = await fixture<HTMLElement>(html`<section lang="en"><div lang="de"><ev-log style="height: 300px" .events=${makeEvents({ count: 5 })}></ev-log></div></section>`);
    const el = box.querySelector<EvLog>('ev-log')!;
    await settle(el);
    expect(refresh(el)).to.equal('Aktualisieren');
    box.setAttribute('lang', 'fr');
    await settle(el);
    expect(refresh(el)).to.equal('Aktualisieren');
    box.querySelector('div')!.removeAttribute('lang');
    await settle(el);
    // French has no strings: English, from the section's lang.
    expect(refresh(el)).to.equal('Refresh');
  });

  it('<ev-log>: moved from an English box into a German one, it speaks German', async () => {
    const box = await fixture<HTMLElement>(html`<div><section lang="en"><ev-log style="height: 300px" .events=${makeEvents({ count: 5 })}></ev-log></section><section lang="de"></section></div>`);
    const el = box.querySelector<EvLog>('ev-log')!;
    await settle(el);
    expect(refresh(el)).to.equal('Refresh');
    box.querySelector('[lang="de"]')!.append(el);
    await settle(el);
    expect(refresh(el)).to.equal('Aktualisieren');
  });

  it('<ev-notification-bell>: lang on the bell, then on an ancestor, then on <html>', async () => {
    const client = createMemoryClient({ notifications: [] });
    const box = await fixture<HTMLElement>(html`<div><ev-notification-bell lang="en" .client=${client}></ev-notification-bell></div>`);
    const el = box.querySelector<EvNotificationBell>('ev-notification-bell')!;
    await settle(el);
    expect(bellLabel(el)).to.equal('Notifications');
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(bellLabel(el)).to.equal('Benachrichtigungen');
    el.removeAttribute('lang');
    box.setAttribute('lang', 'en');
    await settle(el);
    expect(bellLabel(el)).to.equal('Notifications');
    box.removeAttribute('lang');
    document.documentElement.lang = 'de';
    await settle(el);
    expect(bellLabel(el)).to.equal('Benachrichtigungen');
  });

  it('<ev-notification-bell> in a shadow root: lang changed on an ancestor inside that shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = document.createElement('ev-notification-bell') as EvNotificationBell;
    el.client = createMemoryClient({ notifications: [] });
    wrapper.append(el);
    root.append(wrapper);
    await settle(el);
    expect(bellLabel(el)).to.equal('Notifications');
    wrapper.lang = 'de';
    await settle(el);
    expect(bellLabel(el)).to.equal('Benachrichtigungen');
    // Moved out and back in: it still follows.
    wrapper.remove();
    root.append(wrapper);
    wrapper.lang = 'en';
    await settle(el);
    expect(bellLabel(el)).to.equal('Notifications');
  });

  it('<ev-notification-bell> and <ev-json-diff>: moved from an English box into a German one, they speak German', async () => {
    const client = createMemoryClient({ notifications: [] });
    const box = await fixture<HTMLElement>(
      html`<div><section lang="en"><ev-notification-bell .client=${client}></ev-notification-bell><ev-json-diff .oldValue=${{ a: 1 }} .newValue=${{ a: 2 }}></ev-json-diff></section><section lang="de"></section></div>`,
    );
    const bell = box.querySelector<EvNotificationBell>('ev-notification-bell')!;
    const diff = box.querySelector<EvJsonDiff>('ev-json-diff')!;
    await settle(bell);
    await settle(diff);
    const diffText = () => diff.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(diffText()).to.contain('Side by side');
    expect(bellLabel(bell)).to.equal('Notifications');
    box.querySelector('[lang="de"]')!.append(bell, diff);
    await settle(bell);
    await settle(diff);
    expect(bellLabel(bell)).to.equal('Benachrichtigungen');
    expect(diffText()).to.contain('Nebeneinander');
  });

  it('<ev-json-diff>: dir changed to rtl on an ancestor, ArrowLeft opens a closed node', async () => {
    const box = await fixture<HTMLElement>(html`<div dir="ltr"><ev-json-diff .oldValue=${{ a: { b: 1 } }} .newValue=${{ a: { b: 2 } }}></ev-json-diff></div>`);
    const el = box.querySelector<EvJsonDiff>('ev-json-diff')!;
    await settle(el);
    const toggle = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find((b) => b.querySelector('.chevron'))!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    toggle().focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(toggle().getAttribute('aria-expanded'), 'ltr: ArrowLeft closes').to.equal('false');
    box.dir = 'rtl';
    await settle(el);
    toggle().focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(toggle().getAttribute('aria-expanded'), 'rtl: ArrowLeft opens').to.equal('true');
  });
});
