/**
 * One language for the whole page: all five elements rendered in German (one `lang` on a
 * container), in their busiest state — chart and map with data, a selected row, the detail
 * open, the bell's panel open — show no English string of the translation anywhere: text,
 * `aria-label`, `title`, `placeholder`. Then `dir="rtl"` on the same container mirrors them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { resolveTranslation } from '../../../src/i18n/translation.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

/** Every text node and label attribute under `root`, through shadow roots. */
function visibleStrings(root: Node, out: string[] = []): string[] {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text && !(node.parentElement && ['STYLE', 'SCRIPT'].includes(node.parentElement.tagName))) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** The translation's fixed strings (not functions), by path. */
function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

describe('language and direction across all five elements', () => {
  it('in German no English string of the translation is shown; right to left mirrors every element', async () => {
    const events = makeEvents({ count: 300, now: Date.now() - 60_000, gapMs: 20 * 60_000 });
    // The fixture's link label is data ("Show event"), the same words as a translated string.
    const notifications = makeNotifications(8, 2, Date.now()).map((n) => ({ ...n, hyperlink_label: n.hyperlink_label && 'Zum Ereignis' }));
    const client = createMemoryClient({ events, notifications });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <ev-source .client=${client}>
        <ev-notification-bell></ev-notification-bell>
        <ev-volume-chart range="7d"></ev-volume-chart>
        <ev-map style="--ev-map-height: 260px" top-locations="3"></ev-map>
        <ev-log no-expand style="height: 500px"></ev-log>
        <ev-detail follow-selection></ev-detail>
      </ev-source>
    </div>`);
    const source = wrapper.querySelector<EvSource>('ev-source')!;
    const [bell, chart, map, log, detail] = ['ev-notification-bell', 'ev-volume-chart', 'ev-map', 'ev-log', 'ev-detail'].map((s) => source.querySelector(s)!);
    const ready = (el: Element) => el.matches(':state(ready)');
    await waitUntil(() => ready(chart!) && ready(map!) && ready(log!), 'the views load', { timeout: 8000 });
    // The busiest state: a selected event (detail, chart mark, map ring) and the bell's panel.
    source.selection = events.find((e) => e.context.geo)!.pk;
    await waitUntil(() => ready(detail!), 'the detail loads', { timeout: 8000 });
    bell!.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    await waitUntil(() => bell!.shadowRoot!.querySelector('[part="panel"]'), 'the bell opens');
    await new Promise((r) => setTimeout(r, 100));

    const english = leaves(resolveTranslation('en'));
    const german = leaves(resolveTranslation('de'));
    const shown = new Set(visibleStrings(wrapper));
    const leaked = [...english]
      .filter(([path, text]) => text.length > 3 && german.get(path) !== text && /[a-z]/.test(text))
      .filter(([, text]) => shown.has(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(leaked, 'English strings in a German page').to.deep.equal([]);
    // And German is there (the check above would pass on an empty page).
    expect(visibleStrings(log!).join(' ')).to.match(/Ereignisse/);
    expect(visibleStrings(bell!).join(' ')).to.match(/Benachrichtigungen|gelesen/);
    expect(visibleStrings(map!).join(' ')).to.match(/Bereich|Orte/);

    // Right to left: one attribute on the container mirrors every element.
    wrapper.dir = 'rtl';
    await Promise.all([bell, chart, map, log, detail].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    for (const el of [bell, chart, map, log, detail]) expect(getComputedStyle(el!).direction, el!.localName).to.equal('rtl');
    const headers = log!.shadowRoot!.querySelectorAll('[role="columnheader"]');
    expect(headers[0]!.getBoundingClientRect().left, 'the first column is on the right').to.be.greaterThan(headers[1]!.getBoundingClientRect().left);
    await expect(wrapper).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });
});
