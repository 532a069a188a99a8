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
import { shownName, shownNameText } from '../../format/invisible.js';
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

/** The action's code as stored: a string as names are shown (marks for what draws nothing), anything else as its text. */
function actionCode(action: unknown, t: Translation): unknown {
  return typeof action === 'string' && action !== '' ? nameView(shownName(v(action), t.log.invisibleName)) : part(action);
}

export function summary(event: EventRecord, t: Translation, lang: string, timeZone: string): TemplateResult {
  const s = t.log.summary;
  const user = event.user ?? {};
  const geo = event.context?.geo;
  const place =
    typeof geo === 'object' && geo !== null && !Array.isArray(geo)
      ? [geo.city, geo.country].filter((v): v is string => typeof v === 'string' && v !== '')
      : [];
  const obo = user.on_behalf_of?.username;
  const as = user.authenticated_as?.username;
  // Display only: invisible characters as marks, a name of nothing visible as "(invisible name: …)".
  const shown = (name: string) => part(shownNameText(v(name), t.log.invisibleName));
  const extra = obo ? t.log.onBehalfOf(shown(obo)) : as ? t.log.authenticatedAs(shown(as)) : '';
  const at = eventTime(event.created);
  const brand = event.brand?.name;
  const username = typeof user.username === 'string' && user.username !== '' ? shownName(v(user.username), t.log.invisibleName) : undefined;
  return html`<section class="summary" part="summary" aria-label=${s.label}>
    <dl>
      <div><dt>${s.pk}</dt><dd class="mono">${v(event.pk)}</dd></div>
      <div><dt>${s.created}</dt><dd>${at ? v(formatDateTimeUnambiguous(at.ms, lang, timeZone)) : t.log.timeUnknown}</dd></div>
      <div><dt>${t.log.columns.action}</dt><dd><bdi>${nameView(actionParts(String(event.action), t, MAX_VALUE_CHARS))}</bdi> <span class="muted mono"><bdi>${actionCode(event.action, t)}</bdi></span></dd></div>
      <div><dt>${s.app}</dt><dd class="mono">${v(event.app)}</dd></div>
      <div><dt>${s.user}</dt><dd><bdi>${username ? nameView(username) : part(user.username ?? t.log.none)}</bdi>${extra ? html` (<bdi>${extra}</bdi>)` : ''}</dd></div>
      <div><dt>${s.clientIp}</dt><dd class="mono">${v(event.client_ip ?? t.log.none)}</dd></div>
      ${place.length
        ? html`<div><dt>${s.location}</dt><dd>${place.map((p, i) => html`${i ? ', ' : ''}<bdi>${nameView(shownName(v(p), t.log.invisibleName))}</bdi>`)}</dd></div>`
        : ''}
      <div><dt>${s.brand}</dt><dd>${typeof brand === 'string' && brand !== '' ? html`<bdi>${nameView(shownName(v(brand), t.log.invisibleName))}</bdi>` : v(brand ?? t.log.none)}</dd></div>
    </dl>
    <h4 class="context-title">${s.context}</h4>
    <pre class="context mono" part="context" tabindex="0" aria-label=${s.context}>${contextText(event)}</pre>
  </section>`;
}
