/**
 * The expanded row's content: `<ev-detail>` when that element is registered on the page,
 * otherwise a compact summary of the event built here (text bindings only).
 */
import { html, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import { isolateText } from '../../format/bidi.js';
import { eventTime } from '../../format/event-time.js';
import { formatDateTimeUnambiguous } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { markedOffsets, markedSlice, type ShownPart, shownName, shownSentence } from '../../format/invisible.js';
import { actionParts, clip } from './columns.js';
import { nameView } from '../../base/name-view.js';

/** Longer values are cut (the summary is a glance; `<ev-detail>` shows everything). */
const MAX_CONTEXT_CHARS = 20_000;
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

function contextText(event: EventRecord): string {
  let text: string;
  try {
    text = JSON.stringify(event.context ?? {}, null, 2);
  } catch {
    text = '';
  }
  return clip(text, MAX_CONTEXT_CHARS);
}

/**
 * The context as JSON people copy: what draws nothing (`shownName`) written as its JSON escape in
 * a mark's dotted box (`"sync\u202Edone"`), not as `⟨U+202E⟩`, which would change the value when
 * copied. JSON.stringify writes such characters only inside strings, so the text stays valid JSON
 * of the very same values, and no override acts on the lines around it.
 */
function contextView(event: EventRecord): TemplateResult {
  const text = contextText(event);
  return nameView(markedSlice(text, 0, text, markedOffsets(text)));
}

/** A value as stored (the action's code, app, client IP, ID): a string as names are shown (marks for what draws nothing), anything else as its text. */
function named(value: unknown, t: Translation): unknown {
  return typeof value === 'string' && value !== '' ? nameView(shownName(v(value), t.log.invisibleName)) : part(value);
}

export function summary(event: EventRecord, t: Translation, lang: string, timeZone: string): TemplateResult {
  const s = t.log.summary;
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
  return html`<section class="summary" part="summary" aria-label=${s.label}>
    <dl>
      <div><dt>${s.pk}</dt><dd class="mono"><bdi>${named(event.pk, t)}</bdi></dd></div>
      <div><dt>${s.created}</dt><dd>${at ? v(formatDateTimeUnambiguous(at.ms, lang, timeZone)) : t.log.timeUnknown}</dd></div>
      <div><dt>${t.log.columns.action}</dt><dd><bdi>${nameView(actionParts(String(event.action), t, MAX_VALUE_CHARS))}</bdi> <span class="muted mono"><bdi>${named(event.action, t)}</bdi></span></dd></div>
      <div><dt>${s.app}</dt><dd class="mono"><bdi>${named(event.app, t)}</bdi></dd></div>
      <div><dt>${s.user}</dt><dd><bdi>${username ? nameView(username) : part(user.username ?? t.log.none)}</bdi>${extra.length ? html` (<bdi>${nameView(extra)}</bdi>)` : ''}</dd></div>
      <div><dt>${s.clientIp}</dt><dd class="mono"><bdi>${named(event.client_ip ?? t.log.none, t)}</bdi></dd></div>
      ${place.length
        ? html`<div><dt>${s.location}</dt><dd>${place.map((p, i) => html`${i ? ', ' : ''}<bdi>${named(p, t)}</bdi>`)}</dd></div>`
        : ''}
      <div><dt>${s.brand}</dt><dd>${typeof brand === 'string' && brand !== '' ? html`<bdi>${named(brand, t)}</bdi>` : v(brand ?? t.log.none)}</dd></div>
    </dl>
    <h4 class="context-title">${s.context}</h4>
    <pre class="context mono" part="context" tabindex="0" aria-label=${s.context}>${contextView(event)}</pre>
  </section>`;
}
