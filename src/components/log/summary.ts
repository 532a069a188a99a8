/**
 * The expanded row's content: `<ev-detail>` when that element is registered on the page,
 * otherwise a compact summary of the event built here (text bindings only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import { isolateText } from '../../format/bidi.js';
import { eventTime } from '../../format/event-time.js';
import { formatDateTimeUnambiguous, formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { markedOffsets, markedSlice, type ShownPart, shownName, shownSentence } from '../../format/invisible.js';
import { cutEnd } from '../../format/clip.js';
import { actionParts, clip } from './columns.js';
import { nameView } from '../../base/name-view.js';
import { scrollFocus } from './scroll-focus.js';

/** Longer values are cut (the summary is a glance; `<ev-detail>` shows everything). */
const MAX_CONTEXT_CHARS = 20_000;
/** A cut Context ends at the last line end within this many characters of the limit, if there is one. */
const LINE_SLACK = 2_000;
const MAX_VALUE_CHARS = 2_000;
const v = (value: unknown): string => clip(String(value), MAX_VALUE_CHARS);
/** One value of the event set apart from the text around it: its overrides end with it. */
const part = (value: unknown): string => isolateText(v(value));

const details = new WeakMap<EventRecord, HTMLElement>();

/** An `<ev-detail>` for the event when the element is defined, else undefined. */
export function detailElement(event: EventRecord): HTMLElement | undefined {
  if (typeof customElements === 'undefined' || !customElements.get('ev-detail')) return undefined;
  let el = details.get(event);
  if (!el) {
    el = document.createElement('ev-detail');
    (el as HTMLElement & { event?: EventRecord }).event = event;
    el.setAttribute('part', 'ev-detail');
    details.set(event, el);
  }
  return el;
}

/** The context as pretty JSON, whole (what "Copy whole context" copies). */
function contextJson(event: EventRecord): string {
  try {
    return JSON.stringify(event.context ?? {}, null, 2);
  } catch {
    return '';
  }
}

/**
 * Where a context longer than `max` is cut: at the end of a line when one is near (no value's
 * text broken off), else at `max`, never between the halves of a surrogate pair nor inside an
 * escape (`\"`, `\u00`).
 */
function contextCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const line = text.lastIndexOf('\n', max);
  if (line !== -1 && line >= max - LINE_SLACK) return line;
  let end = cutEnd(text, max);
  const escape = /\\(?:u[0-9a-fA-F]{0,3})?$/.exec(text.slice(Math.max(0, end - 5), end));
  if (escape) {
    let slashes = 0;
    for (let i = end - escape[0].length - 1; i >= 0 && text.charCodeAt(i) === 92; i--) slashes++;
    // An even run of backslashes before it: this one starts an escape that the cut would split.
    if (slashes % 2 === 0) end -= escape[0].length;
  }
  return end;
}

/** Characters (code points: an emoji is one) in `text` from `start` on. */
function charsFrom(text: string, start: number): number {
  let n = 0;
  for (let i = start; i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * The context as JSON people copy: what draws nothing (`shownName`) written as its JSON escape in
 * a mark's dotted box (`"sync\u202Edone"`), not as `⟨U+202E⟩`, which would change the value when
 * copied. JSON.stringify writes such characters only inside strings, so the text stays valid JSON
 * of the very same values, and no override acts on the lines around it.
 */
function contextView(text: string): TemplateResult {
  return nameView(markedSlice(text, 0, text, markedOffsets(text)));
}

/** An event's Context JSON, whole and as shown, and how many characters are left out (0: none). */
interface Context {
  json: string;
  shown: string;
  hidden: number;
}
/** Per event: a re-render of the expanded row does not serialise and count a large context again. */
const contexts = new WeakMap<EventRecord, Context>();

function context(event: EventRecord): Context {
  let c = contexts.get(event);
  if (!c) {
    const json = contextJson(event);
    const end = contextCut(json, MAX_CONTEXT_CHARS);
    c = end < json.length ? { json, shown: json.slice(0, end), hidden: charsFrom(json, end) } : { json, shown: json, hidden: 0 };
    contexts.set(event, c);
  }
  return c;
}

/** Per event, per over-long value: how many characters its cut leaves out (counted once, not on every render). */
const hiddenCounts = new WeakMap<EventRecord, Map<string, number>>();

/** How many characters (code points) of `event`'s `value` a cut (`v`) leaves out: 0 when it is shown whole. */
function hiddenOf(event: EventRecord, value: unknown): number {
  const text = String(value);
  if (text.length <= MAX_VALUE_CHARS) return 0;
  let counts = hiddenCounts.get(event);
  if (!counts) hiddenCounts.set(event, (counts = new Map()));
  let n = counts.get(text);
  if (n === undefined) {
    n = charsFrom(text, cutEnd(text, MAX_VALUE_CHARS));
    counts.set(text, n);
  }
  return n;
}

/** Hands `text` to the clipboard, then says `done` (or `failed` when the clipboard refuses). */
export type Copy = (text: string, done: string, failed: string) => void;

/** What every field of one summary shares. */
interface Fields {
  t: Translation;
  lang: string;
  copy: Copy;
  /** What a re-render of a value box may show differently (it is measured again then). */
  deps: readonly unknown[];
}

/**
 * One field's value, in a box that scrolls when it is taller than 6rem: then it is a tab stop
 * named by the field's `term` (scroll-focus.ts). A value cut for length scrolls in a box of its own
 * (a group: a plain span may not be named) with a note under it, always in view, saying how many
 * characters are not shown, and a button that copies the `whole` text.
 */
function field(c: Fields, key: string, term: string, content: unknown, hidden: number, whole: () => string, mono = false): TemplateResult {
  if (!hidden) return html`<dd class=${mono ? 'mono' : ''} ${scrollFocus(term, ...c.deps)}>${content}</dd>`;
  const s = c.t.log.summary;
  const id = `cut-${key}`;
  return html`<dd class="cut">
    <span class="value ${mono ? 'mono' : ''}" role="group" aria-describedby=${id} ${scrollFocus(term, ...c.deps)}>${content}</span>
    <span class="value-cut muted" part="value-cut" id=${id}>${s.contextCut(formatNumber(hidden, c.lang), hidden)}</span>
    <button type="button" part="copy-value" aria-label=${s.copyValueOf(term)} @click=${() => c.copy(whole(), s.valueCopied, s.valueCopyFailed)}>${s.copyValue}</button>
  </dd>`;
}

/** A value as stored (the action's code, app, client IP, ID): a string as names are shown (marks for what draws nothing), anything else as its text. */
function named(value: unknown, t: Translation): unknown {
  return typeof value === 'string' && value !== '' ? nameView(shownName(v(value), t.log.invisibleName)) : part(value);
}

/**
 * The summary of `event`. A Context longer than `MAX_CONTEXT_CHARS` shows its first part, then a
 * note saying how many characters are not shown, with a button that hands the whole JSON to `copy`.
 * The Context scrolls in a box (a group: a plain `pre` may not be named) that is a tab stop named
 * "Context" only when it scrolls, as the values.
 */
export function summary(event: EventRecord, t: Translation, lang: string, timeZone: string, copy: Copy): TemplateResult {
  const s = t.log.summary;
  const { json, shown, hidden } = context(event);
  const user = event.user ?? {};
  const geo = event.context?.geo;
  const place =
    typeof geo === 'object' && geo !== null && !Array.isArray(geo)
      ? [geo.city, geo.country].filter((v): v is string => typeof v === 'string' && v !== '')
      : [];
  // Display only: invisible characters as marks, a name of nothing visible as "(invisible name: …)".
  const other = (name: unknown): ShownPart[] => (name ? shownName(v(name), t.log.invisibleName) : []);
  const obo = other(user.on_behalf_of?.username);
  const extra = obo.length ? shownSentence((n) => t.log.onBehalfOf(n), obo) : shownSentence((n) => t.log.authenticatedAs(n), other(user.authenticated_as?.username));
  const at = eventTime(event.created);
  const brand = event.brand?.name;
  const username = typeof user.username === 'string' && user.username !== '' ? shownName(v(user.username), t.log.invisibleName) : undefined;
  const extraName = obo.length ? user.on_behalf_of?.username : user.authenticated_as?.username;
  const c: Fields = { t, lang, copy, deps: [event, t, lang, timeZone] };
  const text = (value: unknown) => () => String(value ?? '');
  const cut = (value: unknown) => hiddenOf(event, value);
  const userText = () => {
    const name = String(user.username ?? t.log.none);
    if (!extra.length) return name;
    return `${name} (${(obo.length ? t.log.onBehalfOf : t.log.authenticatedAs)(String(extraName))})`;
  };
  return html`<section class="summary" part="summary" aria-label=${s.label}>
    <dl>
      <div><dt>${s.pk}</dt>${field(c, 'pk', s.pk, html`<bdi>${named(event.pk, t)}</bdi>`, cut(event.pk), text(event.pk), true)}</div>
      <div><dt>${s.created}</dt>${field(c, 'created', s.created, at ? v(formatDateTimeUnambiguous(at.ms, lang, timeZone)) : t.log.timeUnknown, 0, text(''))}</div>
      <div><dt>${t.log.columns.action}</dt>${field(
        c,
        'action',
        t.log.columns.action,
        html`<bdi>${nameView(actionParts(String(event.action), t, MAX_VALUE_CHARS))}</bdi> <span class="muted mono"><bdi>${named(event.action, t)}</bdi></span>`,
        cut(event.action),
        text(event.action),
      )}</div>
      <div><dt>${s.app}</dt>${field(c, 'app', s.app, html`<bdi>${named(event.app, t)}</bdi>`, cut(event.app ?? ''), text(event.app), true)}</div>
      <div><dt>${s.user}</dt>${field(
        c,
        'user',
        s.user,
        html`<bdi>${username ? nameView(username) : part(user.username ?? t.log.none)}</bdi>${extra.length ? html` (<bdi>${nameView(extra)}</bdi>)` : ''}`,
        cut(user.username ?? '') + (extra.length ? cut(extraName ?? '') : 0),
        userText,
      )}</div>
      <div><dt>${s.clientIp}</dt>${field(c, 'ip', s.clientIp, html`<bdi>${named(event.client_ip ?? t.log.none, t)}</bdi>`, cut(event.client_ip ?? ''), text(event.client_ip), true)}</div>
      ${place.length
        ? html`<div><dt>${s.location}</dt>${field(
            c,
            'place',
            s.location,
            place.map((p, i) => html`${i ? ', ' : ''}<bdi>${named(p, t)}</bdi>`),
            place.reduce((n, p) => n + cut(p), 0),
            () => place.join(', '),
          )}</div>`
        : ''}
      <div><dt>${s.brand}</dt>${field(
        c,
        'brand',
        s.brand,
        typeof brand === 'string' && brand !== '' ? html`<bdi>${named(brand, t)}</bdi>` : v(brand ?? t.log.none),
        cut(brand ?? ''),
        text(brand),
      )}</div>
    </dl>
    <h4 class="context-title">${s.context}</h4>
    <pre class="context mono" part="context" role="group" aria-describedby=${hidden ? 'context-cut' : nothing} ${scrollFocus(s.context, ...c.deps)}>${contextView(shown)}</pre>
    ${hidden
      ? html`<p class="context-cut" part="context-cut">
          <span id="context-cut">${s.contextCut(formatNumber(hidden, lang), hidden)}</span>
          <button type="button" part="copy-context" @click=${() => copy(json, s.contextCopied, s.contextCopyFailed)}>${s.copyContext}</button>
        </p>`
      : ''}
  </section>`;
}
