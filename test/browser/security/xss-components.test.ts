/**
 * The XSS corpus in every other component, in every mode: <ev-detail> (summary, action
 * sections, diff, traceback, raw JSON, everything opened), <ev-json-diff> (inline and side by
 * side, unchanged shown, payloads as keys and values), <ev-map> (every place's popup, the list
 * of places, links from `event-href`), <ev-volume-chart> (legend, every bar's tooltip, the data
 * table, the summary and announcements) and <ev-notification-bell> (bodies, links and their
 * labels, linked events, both tabs). Payloads are batched: one render holds many of them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { JsonObject } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { keyText } from '../../../src/components/json-diff/value.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { shownActionText } from '../../../src/format/action-parts.js';
import { shownNameText } from '../../../src/format/invisible.js';
import { englishMapStrings } from '../../../src/components/map/map.strings.js';
import { resolveTranslation } from '../../../src/i18n/translation.js';
import { Findings, missingText } from './checks.js';
import { isSafeLink } from './inspect.js';
import { type PageWatch, clearSentinel, composed, deepText, openEverything, settled, waitFor, watchPage } from './harness.js';
import { N, PAYLOADS, hostileBuckets, hostileEvents, hostileNotification, p } from './hostile-data.js';

const sr = (el: Element) => el.shadowRoot!;

/** Never click what leaves the page or changes the data under test. */
const skipLinks = (el: Element) => el instanceof HTMLAnchorElement || /copy|compare/i.test(el.getAttribute('part') ?? '');

describe('security: the XSS corpus in every component', function () {
  this.timeout(120_000);
  let watch: PageWatch;
  beforeEach(() => {
    clearSentinel();
    watch = watchPage();
  });
  afterEach(() => watch.stop());
  // No payload may break a component either: no uncaught error or rejection.
  afterEach(() => expect(watch.errors, 'uncaught errors').to.deep.equal([]));

  it(`<ev-detail>: ${N} hostile events with diff, traceback and raw JSON, everything opened`, async () => {
    const events = hostileEvents();
    const findings = new Findings();
    let text = '';
    let opened = 0;
    // 25 details at a time: opening rounds (and the frames they wait for) are shared.
    for (let at = 0; at < events.length; at += 25) {
      const batch = events.slice(at, at + 25);
      const box = await fixture<HTMLElement>(html`<div style="width: 900px">${batch.map((e) => html`<ev-detail .event=${e}></ev-detail>`)}</div>`);
      await settled(box);
      opened += await openEverything(box, { maxRounds: 4, skip: skipLinks });
      findings.scan(box, 'details');
      text += deepText(box);
      expect(box.querySelectorAll<EvDetail>('ev-detail').length).to.equal(batch.length);
    }
    // Every user, diff key and traceback payload reached the screen as text.
    expect(missingText(text, events.map((e) => e.user.username!)), 'usernames').to.deep.equal([]);
    expect(missingText(text, PAYLOADS.slice(0, 40)), 'payloads').to.deep.equal([]);
    expect(opened, 'disclosures opened').to.be.greaterThan(N);
    await findings.expectNone();
    console.log(`[security] ev-detail: ${N} payloads in ${events.length} events, ${opened} disclosures opened, ${findings.checks} scans`);
  });

  it('<ev-json-diff>: payloads as keys, values and text diffs, inline and side by side', async () => {
    const before: JsonObject = {};
    const after: JsonObject = {};
    PAYLOADS.forEach((payload, i) => {
      // Changed, added, removed and unchanged keys; nested objects and arrays with payload keys.
      if (i % 4 === 0) [before[payload], after[payload]] = [`${p(i + 1)} and then some words`, `${p(i + 1)} and then other words ${p(i + 2)}`];
      else if (i % 4 === 1) after[payload] = { [p(i + 3)]: [p(i + 4), { [p(i + 5)]: p(i + 6) }] };
      else if (i % 4 === 2) before[payload] = [p(i + 7), { href: p(i + 8) }];
      else [before[payload], after[payload]] = [{ keep: p(i + 9), [p(i + 10)]: 1 }, { keep: p(i + 9), [p(i + 10)]: 2 }];
    });
    const findings = new Findings();
    for (const mode of ['inline', 'side-by-side'] as const) {
      const el = await fixture<EvJsonDiff>(
        html`<ev-json-diff style="width: 1000px" mode=${mode} show-unchanged old-label=${p(0)} new-label=${p(1)} .oldValue=${before} .newValue=${after}></ev-json-diff>`,
      );
      await settled(el);
      const opened = await openEverything(el, { maxRounds: 6, skip: skipLinks });
      findings.scan(el, `json-diff ${mode}`);
      const text = deepText(sr(el));
      // A key shows the characters that draw nothing or turn text around as their JSON escapes
      // (`keyText`: "admin\u202E…" in a dotted box), so a payload counts as shown in that form
      // (compared without the white space between elements).
      const squeezed = text.replace(/\s+/g, '');
      const notShown = PAYLOADS.filter((key) => !text.includes(key) && !squeezed.includes(keyText(key).replace(/\s+/g, '')));
      expect(notShown, `every payload shown as a key (${mode})`).to.deep.equal([]);
      console.log(`[security] ev-json-diff ${mode}: ${N} payloads as keys, ${opened} disclosures opened`);
    }
    await findings.expectNone();
  });

  it(`<ev-map>: ${N} places with hostile names, every popup opened, links from event-href`, async () => {
    const events = hostileEvents();
    const el = await fixture<EvMap>(
      html`<ev-map style="width: 900px" top-locations=${N} event-href="https://admin.example/events/{pk}/" .events=${events}></ev-map>`,
    );
    await el.updateComplete;
    await waitFor(() => el.view !== undefined, 'the map');
    await el.rendered;
    await settled(el);
    const findings = new Findings();
    findings.scan(el, 'map and places');
    const places = [...sr(el).querySelectorAll<HTMLButtonElement>('[part~="location"]')];
    expect(places.length, 'places listed').to.equal(N);
    let popupText = '';
    let links = 0;
    for (const place of places) {
      place.click();
      await el.rendered;
      await waitFor(() => sr(el).querySelector('[part~="popup"]'), 'a popup');
      const popup = sr(el).querySelector('[part~="popup"]')!;
      findings.scan(popup, 'popup');
      popupText += deepText(popup);
      for (const a of popup.querySelectorAll<HTMLAnchorElement>('a[part~="popup-link"]')) {
        links++;
        expect(a.href.startsWith('https://admin.example/events/'), a.href).to.equal(true);
      }
    }
    // The map names users and places as shown: characters that draw nothing as marks ("ad⟨U+200B⟩min"),
    // each in its own element (compared without the white space between elements).
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const notShown = (text: string, names: string[]) => names.filter((name) => !text.includes(name) && !squeeze(text).includes(squeeze(shownNameText(name, englishMapStrings.invisibleName))));
    expect(notShown(popupText, events.map((e) => e.user.username!)), 'usernames in popups').to.deep.equal([]);
    expect(links, 'one safe link per event').to.equal(N);
    const listText = deepText(sr(el).querySelector('[part~="locations"]')!);
    expect(notShown(listText, events.map((e) => String((e.context.geo as JsonObject).city))), 'cities listed').to.deep.equal([]);
    await findings.expectNone();
    console.log(`[security] ev-map: ${N} payloads as city, country, action and user; ${places.length} popups opened`);
  });

  it('<ev-volume-chart>: hostile actions in the legend, every bar tooltip, the table and the summary', async () => {
    const { buckets, actions, bars, bucketMs } = hostileBuckets();
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 900px" bucket-ms=${bucketMs} .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    await settled(el);
    const findings = new Findings();
    findings.scan(el, 'chart, legend and table');
    // Shown under their labels ("Custom: <name>", unknown names humanised), as text, with marks for
    // what draws nothing, as the log and the map show them. More than 11 actions: the 10 most
    // frequent are series, the rest one "Other actions (N)" group; every action keeps its own
    // total in the per-action table.
    const en = resolveTranslation('en');
    const unnamed = en.volumeChart.unnamedAction;
    const labels = actions.map((a) => shownActionText(a, en, { invisibleName: () => unnamed, max: 300, unnamed }));
    expect(missingText(deepText(sr(el).querySelector('[part~="action-table"]')!), labels), 'every action in the per-action table').to.deep.equal([]);
    expect(deepText(sr(el).querySelector('[part~="table"]')!), 'the group in the data table').to.contain('Other actions (');
    sr(el).querySelector<HTMLCanvasElement>('canvas')!.focus({ focusVisible: true } as FocusOptions);
    await sendKeys({ press: 'Home' });
    let tips = '';
    for (let bar = 0; bar < bars; bar++) {
      if (bar > 0) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const tooltip = sr(el).querySelector('[part~="tooltip"]');
      expect(tooltip, `tooltip of bar ${bar}`).to.not.equal(null);
      findings.scan(el, `tooltip of bar ${bar}`);
      tips += deepText(tooltip!);
    }
    const inTips = labels.filter((label) => tips.includes(label)).length;
    // The 10 drawn actions, and the grouped actions the group's entry lists (at most 3 a bar), as text.
    expect(inTips, 'the drawn actions and the grouped ones listed in tooltips').to.be.greaterThan(10);
    expect(tips, 'the group in tooltips').to.contain('Other actions (');
    expect(deepText(sr(el).querySelector('[part~="summary"]')!).length).to.be.greaterThan(0);
    await findings.expectNone();
    console.log(`[security] ev-volume-chart: ${actions.length} hostile actions over ${bars} bars, ${bars} tooltips`);
  });

  it(`<ev-notification-bell>: ${N} hostile notifications (body, link, label, event) in both tabs`, async () => {
    const notifications = Array.from({ length: N }, (_, i) => hostileNotification(i, i % 5 === 0));
    const client = createMemoryClient({ notifications });
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell page-size="200" .client=${client}></ev-notification-bell>`);
    const findings = new Findings();
    let text = '';
    let links = 0;
    const unread = notifications.filter((n) => !n.seen).length;
    for (const [tab, count] of [['unread', unread], ['all', N]] as const) {
      el.tab = tab;
      el.show();
      const items = () => sr(el).querySelectorAll('[part~="item"]').length;
      await waitFor(() => items() > 0, `the ${tab} tab`);
      // The list renders a step at a time as it scrolls: scroll to the end until all are there.
      for (let guard = 0; guard < 100 && items() < count; guard++) {
        const list = sr(el).querySelector<HTMLElement>('[part~="list"]')!;
        list.scrollTop = list.scrollHeight;
        await settled(el);
        findings.scan(el, `bell ${tab}`);
      }
      expect(items(), `items in the ${tab} tab`).to.equal(count);
      await settled(el);
      findings.scan(el, `bell ${tab}`);
      text += deepText(sr(el));
      const hrefs = composed(sr(el)).filter((e) => e instanceof HTMLAnchorElement && e.hasAttribute('href')).map((a) => a.getAttribute('href')!);
      links += hrefs.length;
      expect(hrefs.filter((h) => !isSafeLink(h)), 'links other than http(s) or relative').to.deep.equal([]);
    }
    expect(missingText(text, notifications.map((n) => n.hyperlink_label!)), 'link labels').to.deep.equal([]);
    // A body is shown as text (JSON-looking ones pretty-printed, so compare without whitespace).
    const flat = text.replace(/\s+/g, '');
    const bodies = notifications.map((n) => n.body).filter((b) => !b.trimStart().startsWith('{') && !b.trimStart().startsWith('['));
    expect(missingText(flat, bodies.map((b) => b.replace(/\s+/g, ''))), 'bodies').to.deep.equal([]);
    await findings.expectNone();
    expect(links, 'the http(s) payloads stay links').to.be.greaterThan(0);
    console.log(`[security] ev-notification-bell: ${N} payloads as body, link, label and event, ${links} links (all http/https), ${findings.checks} scans`);
  });
});
