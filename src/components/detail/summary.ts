/**
 * The summary card: when, who (and on whose behalf), from where (IP, geo, ASN), which app and
 * brand, and the HTTP request — for every action. Names, the app, the client IP and the request's
 * method and path are shown as names are (`shownName`: marks for what draws nothing).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord, JsonValue } from '../../client/types.js';
import { isJsonObject } from '../../diff/equal.js';
import { countryName, formatDateTime, formatNumber, formatRelative, zoneLabel } from '../../format/time.js';
import { clip, MAX_TEXT } from '../../format/clip.js';
import { eventTime } from '../../format/event-time.js';
import { isBlankName, shownName } from '../../format/invisible.js';
import { filledSentence, slot } from '../../format/sentence.js';
import { nameView } from '../../base/name-view.js';
import { shownValueView, text, user, type RenderContext } from './values.js';

/** Context keys the summary shows (the per-action section leaves them out). */
export const SUMMARY_KEYS = ['http_request', 'geo', 'asn'];

export interface SummaryContext extends RenderContext {
  lang: string;
  timeZone: string;
}

function row(label: string, value: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (value === nothing) return nothing;
  return html`<div class="field" part="field"><dt part="field-label">${label}</dt><dd part="field-value">${value}</dd></div>`;
}

/**
 * A time with its zone's short name at that instant after it: a DST-repeated time (02:30 GMT+2 /
 * GMT+1) is unambiguous already. No time (`eventTime`) reads "Time unknown"; `none` is what an
 * empty value means (an expiry that never comes).
 */
function when(value: string | null, ctx: SummaryContext, none?: string): TemplateResult {
  if (!value && none) return html`<span class="muted">${none}</span>`;
  const at = eventTime(value);
  if (!at) return html`<span class="muted">${ctx.d.timeUnknown}</span>`;
  return html`<time datetime=${at.iso}>${formatDateTime(at.ms, ctx.lang, ctx.timeZone)}</time> <span class="muted">${zoneLabel(ctx.lang, ctx.timeZone, at.ms)} · ${formatRelative(at.ms, ctx.lang)}</span>`;
}

function str(value: JsonValue | undefined): string {
  return typeof value === 'string' ? clip(value) : typeof value === 'number' ? String(value) : '';
}

/**
 * The place: city, country and continent as names are shown (`shownName`: "Ber⟨U+200B⟩lin" does not
 * pass for "Berlin"). A piece that shows nothing is no name where another piece or the coordinates
 * stand for it (as on the map); alone it reads "(invisible name: U+200B)".
 */
function location(geo: JsonValue | undefined, ctx: SummaryContext): TemplateResult | typeof nothing {
  if (!isJsonObject(geo)) return geo === undefined ? nothing : text(geo, '/geo', ctx);
  const country = str(geo.country);
  const pieces = [str(geo.city), country ? countryName(country, ctx.lang) : '', str(geo.continent)].filter(Boolean);
  const named = pieces.filter((p) => !isBlankName(p));
  const lat = typeof geo.lat === 'number' ? geo.lat : null;
  const long = typeof geo.long === 'number' ? geo.long : null;
  const coords = lat !== null && long !== null ? `${formatNumber(lat, ctx.lang, { maximumFractionDigits: 3 })}, ${formatNumber(long, ctx.lang, { maximumFractionDigits: 3 })}` : '';
  const shown = named.length > 0 || coords ? named : pieces.slice(0, 1);
  if (shown.length === 0 && !coords) return nothing;
  const parts = shown.flatMap((p, i) => [...(i > 0 ? [{ text: ', ', mark: false }] : []), ...shownName(p, ctx.d.invisibleName)]);
  return html`${parts.length > 0 ? html`<bdi>${nameView(parts)}</bdi>` : nothing}${coords ? html`${parts.length > 0 ? ' ' : ''}<span class="muted">(${coords})</span>` : nothing}`;
}

/**
 * The ASN, its organisation and network as names are shown (`shownName`): "Ex⟨U+200B⟩ample" does
 * not pass for "Example"; only the number and the organisation are split into marks, never the
 * translation's words.
 */
function network(asn: JsonValue | undefined, ctx: SummaryContext): TemplateResult | typeof nothing {
  if (!isJsonObject(asn)) return asn === undefined ? nothing : text(asn, '/asn', ctx);
  const number = shownName(str(asn.asn), ctx.d.invisibleName);
  const org = shownName(str(asn.as_org), ctx.d.invisibleName);
  const label = number.length > 0 ? filledSentence(ctx.d.asn(slot(0), org.length > 0 ? slot(1) : ''), [number, org]) : org;
  const net = shownName(str(asn.network), ctx.d.invisibleName);
  if (label.length === 0 && net.length === 0) return nothing;
  return html`<bdi>${nameView(label)}</bdi>${net.length > 0 ? html` <span class="muted mono"><bdi>${nameView(net)}</bdi></span>` : nothing}`;
}

/** The query string, built only as far as it is shown (`MAX_TEXT`); the raw JSON has it whole. */
function query(args: JsonValue | undefined): string {
  if (typeof args === 'string') return args;
  if (!isJsonObject(args)) return '';
  let out = '';
  for (const key of Object.keys(args)) {
    if (out.length > MAX_TEXT) break;
    const v = args[key]!;
    out += `${out ? '&' : ''}${clip(key)}=${typeof v === 'string' ? clip(v) : clip(JSON.stringify(v))}`;
  }
  return out;
}

function request(req: JsonValue | undefined, ctx: SummaryContext): TemplateResult | typeof nothing {
  if (!isJsonObject(req)) return req === undefined ? nothing : text(req, '/http_request', ctx);
  const method = str(req.method);
  const path = str(req.path);
  const q = query(req.args);
  if (!method && !path && !q) return nothing;
  return html`<code class="request" part="request"
    >${method ? html`<span class="method"><bdi>${nameView(shownName(method, ctx.d.invisibleName))}</bdi></span> ` : nothing}<bdi>${shownValueView(q ? `${path}?${q}` : path, ctx.d)}</bdi></code
  >`;
}

export function renderSummary(event: EventRecord, ctx: SummaryContext): TemplateResult {
  const { d } = ctx;
  const c = isJsonObject(event.context) ? event.context : {};
  const brand = event.brand && typeof event.brand === 'object' ? event.brand : null;
  // An event handed in through `.event` is not validated: its brand name may be any JSON value.
  const brandName = brand ? str(typeof brand.name === 'string' ? brand.name : ((brand.pk ?? brand.name) as JsonValue | undefined)) : '';
  return html`<dl class="fields summary" part="summary">
    ${row(d.created, when(event.created, ctx))} ${row(d.expires, when(event.expires, ctx, d.neverExpires))} ${row(d.user, user(event.user, '/user', ctx))}
    ${row(d.app, event.app ? html`<code><bdi>${nameView(shownName(clip(event.app), d.invisibleName))}</bdi></code>` : nothing)}
    ${row(d.clientIp, event.client_ip ? html`<code><bdi>${nameView(shownName(clip(event.client_ip), d.invisibleName))}</bdi></code>` : nothing)}
    ${row(d.location, location(c.geo, ctx))}
    ${row(d.network, network(c.asn, ctx))} ${row(d.brand, brand ? html`<bdi>${nameView(shownName(brandName, d.invisibleName))}</bdi>` : nothing)}
    ${row(d.request, request(c.http_request, ctx))}
  </dl>`;
}
