/**
 * The columns of the log: authentik's Events > Logs list (action with app, user with
 * "on behalf of", created, client IP with location, brand). Cells are text bindings only; the
 * per-event strings are memoised so re-rendering a row that scrolled by costs nothing.
 */
import { html, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import { actionSlot } from '../../format/actions.js';
import { shownActionParts, shownActionText } from '../../format/action-parts.js';
import { eventTime } from '../../format/event-time.js';
import { countryName, formatDateTimeUnambiguous, formatRelative, zoneLabel } from '../../format/time.js';
import { type Translation, translationVersion } from '../../i18n/translation.js';
import type { LogColumnId } from './log.strings.js';
import { clipText } from '../../format/clip.js';
import { type ShownPart, isBlankName, shownName, shownSentence } from '../../format/invisible.js';
import { nameView } from '../../base/name-view.js';

export interface ColumnDef {
  id: LogColumnId;
  /** The server's ordering field, when the column is sortable. */
  ordering: string;
  /** CSS grid track. */
  track: string;
  /** Minimum width in rem (the sum sets the table's minimum width). */
  minRem: number;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'action', ordering: 'action', track: 'minmax(11rem, 1.6fr)', minRem: 11 },
  { id: 'user', ordering: 'user', track: 'minmax(9rem, 1.3fr)', minRem: 9 },
  { id: 'created', ordering: 'created', track: 'minmax(9.5rem, 1fr)', minRem: 9.5 },
  { id: 'client_ip', ordering: 'client_ip', track: 'minmax(9rem, 1.2fr)', minRem: 9 },
  { id: 'brand', ordering: 'brand', track: 'minmax(7rem, 1fr)', minRem: 7 },
];

export const COLUMN_IDS: readonly LogColumnId[] = COLUMNS.map((c) => c.id);

export function isColumnId(value: unknown): value is LogColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}

/** Everything a cell needs besides its event; `key` changes whenever any of it does. */
export interface CellContext {
  lang: string;
  timeZone: string;
  /** "Now" for relative times, rounded so it only changes every few seconds. */
  now: number;
  i18n: Translation;
  key: string;
}

interface CellText {
  key: string;
  /** The action's label as shown (see `actionParts`). */
  action: readonly ShownPart[];
  /** The app as shown: invisible characters as marks (see `shownName`). */
  app: readonly ShownPart[];
  slot: number;
  /** The username as shown: invisible characters as marks (see `shownName`). */
  user: readonly ShownPart[];
  /** "on behalf of …" / "as …", the name's marks as marks (see `shownSentence`), or no parts. */
  userSub: readonly ShownPart[];
  /** The relative time, or "Time unknown" when `created` is no time. */
  relative: string;
  /** The date (the tooltip), or empty when `created` is no time. */
  absolute: string;
  /** `created` for `<time datetime>`, or empty when it is no time. */
  created: string;
  /** The client IP as shown (marks for what draws nothing), or "None". */
  ip: readonly ShownPart[];
  /** City and country as names are shown (marks for what draws nothing), or nothing. */
  place: readonly ShownPart[];
  /** The brand name as shown, or "None". */
  brand: readonly ShownPart[];
}

const memo = new WeakMap<EventRecord, CellText>();
const countries = new Map<string, string>();

function country(code: string, lang: string): string {
  const key = `${lang}|${code}`;
  let name = countries.get(key);
  if (name === undefined) {
    name = countryName(code, lang);
    if (countries.size > 2000) countries.clear();
    countries.set(key, name);
  }
  return name;
}

/** Longest text a cell holds: a cell shows a few dozen characters; megabyte values must not reach layout. */
export const CELL_MAX_CHARS = 300;

/** `text` cut to `max` UTF-16 units (never splitting a surrogate pair), with an ellipsis. */
export const clip = (text: string, max = CELL_MAX_CHARS): string => clipText(text, max);

/** An action's label as the log shows it, in parts (`shownActionParts`: marks for what a custom or unknown one hides). */
export function actionParts(action: string, t: Translation, max = CELL_MAX_CHARS): ShownPart[] {
  return shownActionParts(action, t, { invisibleName: t.log.invisibleName, max });
}

/** `actionParts` as one string (accessible names): the marks' text in place. */
export function actionText(action: string, t: Translation): string {
  return shownActionText(action, t, { invisibleName: t.log.invisibleName, max: CELL_MAX_CHARS });
}

function str(value: unknown): string {
  return clip(typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
}

/** The display strings of an event's cells (memoised per event and context). */
export function cellText(event: EventRecord, ctx: CellContext): CellText {
  const cached = memo.get(event);
  if (cached && cached.key === ctx.key) return cached;
  const t = ctx.i18n.log;
  const user = event.user ?? {};
  // Display only: names, the app and the client IP with invisible characters show them as marks (filters and export keep the value).
  const obo = shownName(str(user.on_behalf_of?.username), t.invisibleName);
  const as = shownName(str(user.authenticated_as?.username), t.invisibleName);
  const name = shownName(str(user.username), t.invisibleName);
  const geo = event.context?.geo;
  const at = eventTime(event.created);
  let place: ShownPart[] = [];
  if (typeof geo === 'object' && geo !== null && !Array.isArray(geo)) {
    const city = str(geo.city);
    const code = str(geo.country);
    // As names are shown (as <ev-detail> and <ev-map> show places): "Ber⟨U+200B⟩lin"; a piece that shows
    // nothing is no name beside another. Bidi controls are marks: an override in the city cannot reverse the country.
    const pieces = [city, code ? country(code, ctx.lang) : ''].filter(Boolean);
    const named = pieces.filter((p) => !isBlankName(p));
    place = (named.length > 0 ? named : pieces).flatMap((p, i) => [...(i > 0 ? [{ text: ', ', mark: false }] : []), ...shownName(p, t.invisibleName)]);
  }
  const brand = shownName(str(event.brand?.name), t.invisibleName);
  const ip = shownName(str(event.client_ip), t.invisibleName);
  const text: CellText = {
    key: ctx.key,
    action: actionParts(String(event.action), ctx.i18n),
    app: shownName(str(event.app), t.invisibleName),
    slot: actionSlot(String(event.action)),
    user: name.length ? name : [{ text: t.none, mark: false }],
    userSub: obo.length ? shownSentence((n) => t.onBehalfOf(n), obo) : shownSentence((n) => t.authenticatedAs(n), as),
    // No time (a number, words, null from an unvalidated source): said so, no date made of it.
    relative: at ? clip(formatRelative(at.ms, ctx.lang, ctx.now)) : t.timeUnknown,
    absolute: at ? clip(formatDateTimeUnambiguous(at.ms, ctx.lang, ctx.timeZone)) : '',
    created: at ? clip(at.iso) : '',
    ip: ip.length ? ip : [{ text: t.none, mark: false }],
    place,
    brand: brand.length ? brand : [{ text: t.none, mark: false }],
  };
  memo.set(event, text);
  return text;
}

/** The content of one cell. */
export function cellContent(column: LogColumnId, event: EventRecord, ctx: CellContext): TemplateResult {
  const c = cellText(event, ctx);
  switch (column) {
    case 'action':
      return html`<span class="l1"><span class="chip s${c.slot}" aria-hidden="true"></span>${nameView(c.action)}</span><span class="l2">${nameView(c.app)}</span>`;
    case 'user':
      return html`<span class="l1">${nameView(c.user)}</span><span class="l2">${nameView(c.userSub)}</span>`;
    case 'created':
      return c.created
        ? html`<time class="l1" datetime=${c.created} title=${c.absolute}>${c.relative}<span class="visually-hidden">, ${c.absolute}</span></time>`
        : html`<span class="l1">${c.relative}</span>`;
    case 'client_ip':
      return html`<span class="l1 mono">${nameView(c.ip)}</span><span class="l2">${nameView(c.place)}</span>`;
    case 'brand':
      return html`<span class="l1">${nameView(c.brand)}</span>`;
  }
}

/** Placeholder bars while a row's page loads. */
export const skeletonCell = html`<span class="bone" aria-hidden="true"></span>`;

let zoneLabels = { key: '', label: '' };

/**
 * The cell context of one element, cached between its updates and clock ticks so scroll frames
 * reuse it (no DOM walk for `lang`, no new Intl formatter).
 */
export class CellContextCache {
  #ctx?: CellContext;
  #now = Date.now();
  #stringsVersion = 0;

  constructor(readonly read: () => { lang: string; timeZone: string; i18n: Translation }) {}

  /** Something the context depends on may have changed (an element update). */
  invalidate(stringsChanged = false): void {
    this.#ctx = undefined;
    if (stringsChanged) this.#stringsVersion++;
  }

  /** Time moved on (relative times). */
  tick(): void {
    this.#now = Date.now();
    this.#ctx = undefined;
  }

  get(): CellContext {
    if (this.#ctx) return this.#ctx;
    const { lang, timeZone, i18n } = this.read();
    const now = this.#now;
    this.#ctx = { lang, timeZone, now, i18n, key: `${lang}|${timeZone}|${now}|${translationVersion()}|${this.#stringsVersion}` };
    return this.#ctx;
  }

  /** The short zone name for the created header (cached per minute: an Intl formatter each time). */
  zoneLabel(lang: string, timeZone: string): string {
    const key = `${lang}|${timeZone}|${Math.floor(this.#now / 60_000)}`;
    if (zoneLabels.key !== key) zoneLabels = { key, label: zoneLabel(lang, timeZone, this.#now) };
    return zoneLabels.label;
  }
}
