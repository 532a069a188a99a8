/**
 * The expanded row's content: `<ev-detail>` when that element is registered on the page,
 * otherwise a compact summary of the event built here (text bindings only).
 */
import { html, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import { actionLabel } from '../../format/actions.js';
import { formatDateTimeUnambiguous } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { clip } from './columns.js';

/** Longer values are cut (the summary is a glance; `<ev-detail>` shows everything). */
const MAX_CONTEXT_CHARS = 20_000;
const MAX_VALUE_CHARS = 2_000;
const v = (value: unknown): string => clip(String(value), MAX_VALUE_CHARS);

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

export function summary(event: EventRecord, t: Translation, lang: string, timeZone: string): TemplateResult {
  const s = t.log.summary;
  const user = event.user ?? {};
  const geo = event.context?.geo;
  const place =
    typeof geo === 'object' && geo !== null && !Array.isArray(geo)
      ? [geo.city, geo.country].filter((v) => typeof v === 'string' && v).join(', ')
      : '';
  const extra = user.on_behalf_of?.username
    ? ` (${t.log.onBehalfOf(String(user.on_behalf_of.username))})`
    : user.authenticated_as?.username
      ? ` (${t.log.authenticatedAs(String(user.authenticated_as.username))})`
      : '';
  return html`<section class="summary" part="summary" aria-label=${s.label}>
    <dl>
      <div><dt>${s.pk}</dt><dd class="mono">${v(event.pk)}</dd></div>
      <div><dt>${s.created}</dt><dd>${v(formatDateTimeUnambiguous(event.created, lang, timeZone))}</dd></div>
      <div><dt>${t.log.columns.action}</dt><dd>${v(actionLabel(String(event.action), t))} <span class="muted mono">${v(event.action)}</span></dd></div>
      <div><dt>${s.app}</dt><dd class="mono">${v(event.app)}</dd></div>
      <div><dt>${s.user}</dt><dd>${v(`${String(user.username ?? t.log.none)}${extra}`)}</dd></div>
      <div><dt>${s.clientIp}</dt><dd class="mono">${v(event.client_ip ?? t.log.none)}</dd></div>
      ${place ? html`<div><dt>${s.location}</dt><dd>${v(place)}</dd></div>` : ''}
      <div><dt>${s.brand}</dt><dd>${v(event.brand?.name ?? t.log.none)}</dd></div>
    </dl>
    <h4 class="context-title">${s.context}</h4>
    <pre class="context mono" part="context" tabindex="0" aria-label=${s.context}>${contextText(event)}</pre>
  </section>`;
}
