/**
 * Small renderers for recurring event shapes: users, model references, scopes, links, plain
 * text. Event data is hostile: text bindings only, links only through `safeUrl()`. Every string
 * from data is shown as names are (`shownName`: marks for what draws nothing); copy, raw JSON and
 * a link's address keep it as it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventUser, JsonValue, ModelRef } from '../../client/types.js';
import type { DeepPartial, Translation } from '../../i18n/translation.js';
import { isJsonObject } from '../../diff/equal.js';
import { isExternalUrl, safeUrl } from '../../format/url.js';
import type { JsonDiffStrings } from '../json-diff/json-diff.strings.js';
import { renderTree } from '../json-diff/json-tree.js';
import { isContainer, renderValue } from '../json-diff/value.js';
import type { ViewState } from '../json-diff/view-state.js';
import type { DetailStrings } from './detail.strings.js';
import { MAX_TEXT, clip } from '../../format/clip.js';
import { type ShownPart, shownName, shownSentence } from '../../format/invisible.js';
import { nameView } from '../../base/name-view.js';

export interface RenderContext {
  d: DetailStrings;
  j: JsonDiffStrings;
  state: ViewState;
  dir: 'ltr' | 'rtl';
  /** The host's forced theme, handed to nested elements (color-scheme does not inherit into them). */
  theme?: 'light' | 'dark';
  /** The host's own strings (`.strings`), handed to nested elements so they speak them too. */
  strings?: DeepPartial<Translation>;
}

/** The most chips a list shows; the rest are counted ("+12 more"). */
export const MAX_CHIPS = 100;

/**
 * The items of a chip list worth rendering: at most `MAX_CHIPS`, and no more than `MAX_TEXT`
 * characters of strings in all (each string cut on its own too); `more` counts the rest.
 */
export function chipItems<T>(values: readonly T[]): { items: T[]; more: number } {
  const items: T[] = [];
  let chars = 0;
  for (const value of values) {
    if (items.length >= MAX_CHIPS || chars >= MAX_TEXT) break;
    chars += typeof value === 'string' ? Math.min(value.length, MAX_TEXT) : 1;
    items.push(value);
  }
  return { items, more: values.length - items.length };
}

function chips<T>(values: readonly T[], ctx: RenderContext, one: (value: T) => TemplateResult): TemplateResult {
  const { items, more } = chipItems(values);
  return html`<ul class="chips" part="chips">
    ${items.map((v) => html`<li class="chip" part="chip">${one(v)}</li>`)}${more ? html`<li class="chip more" part="chip">${ctx.d.moreItems(more)}</li>` : nothing}
  </ul>`;
}

/** A name from data as shown (display only): its marks in their dotted box; nothing visible is "(invisible name: U+200B)". */
function shownNameView(value: string, d: DetailStrings): TemplateResult {
  return nameView(shownName(clip(value), d.invisibleName));
}

/** A value from data that is no name (text, a list item, a path) as shown; nothing visible is "(invisible value: U+200B)". */
export function shownValueView(value: string, d: DetailStrings): TemplateResult {
  return nameView(shownName(clip(value), d.invisibleValue));
}

/** Any JSON value: scalars exactly, containers as a collapsed tree. */
export function jsonValue(value: JsonValue | undefined, path: string, ctx: RenderContext, openDepth = 0): TemplateResult {
  if (value === undefined) return html``;
  if (isContainer(value)) {
    return html`<span class="inline-tree">${renderTree(value, path, null, { state: ctx.state, t: ctx.j, dir: ctx.dir, openDepth, rootLabel: null })}</span>`;
  }
  return renderValue(value, { t: ctx.j, state: ctx.state, path });
}

/** Plain text from data (strings as they are, anything else exactly). */
export function text(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  if (typeof value === 'string' && value !== '') return html`<bdi class="text">${shownValueView(value, ctx.d)}</bdi>`;
  return jsonValue(value, path, ctx);
}

/**
 * Multi-line text (messages, e-mail bodies, reasons, policy code) with its marks: an override or
 * isolate (Trojan Source) is a mark, so each line reads in the order it is stored.
 */
export function preText(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  if (typeof value === 'string' && value !== '') return html`<pre class="pre" part="pre">${shownValueView(value, ctx.d)}</pre>`;
  return jsonValue(value, path, ctx);
}

export function isModelRef(value: unknown): value is ModelRef {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => ['pk', 'app', 'name', 'model_name'].includes(k)) && ('name' in value || 'pk' in value);
}

/** `Team wiki (authentik_core.application · 42)`, name, app, model name and pk with their marks; anything else as JSON. */
export function modelRef(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  if (!isModelRef(value)) return jsonValue(value, path, ctx);
  const kind = [value.app, value.model_name].filter((p) => typeof p === 'string' && p).join('.');
  const pk = value.pk === undefined || value.pk === null ? '' : String(value.pk);
  const meta = [kind, pk].filter(Boolean).join(' · ');
  return html`<span class="model" part="model"
    ><bdi class="model-name">${shownNameView(typeof value.name === 'string' && value.name ? value.name : pk, ctx.d)}</bdi>${meta
      ? html` <span class="muted">(<bdi>${shownNameView(meta, ctx.d)}</bdi>)</span>`
      : nothing}</span
  >`;
}

/**
 * A user's name as shown (display only: copy and raw JSON keep it): characters that draw nothing
 * as marks (`ad⟨U+200B⟩min`), a name with nothing visible as "(invisible name: U+200B)"; the pk
 * when there is no name.
 */
function userName(user: EventUser, d: DetailStrings): ShownPart[] {
  if (typeof user.username === 'string' && user.username) return shownName(clip(user.username), d.invisibleName);
  return user.pk !== undefined ? shownName(clip(String(user.pk)), d.invisibleName) : [];
}

/** A sentence with a user's name in it ("on behalf of ad⟨U+200B⟩min"), in parts: the name's marks as marks (`shownSentence`). */
function userSentence(sentence: (name: string) => string, user: EventUser, d: DetailStrings): TemplateResult {
  const name = userName(user, d);
  return nameView(name.length > 0 ? shownSentence(sentence, name) : [{ text: sentence(''), mark: false }]);
}

/** A username from data (a failed login's): marked as in `user`; anything but a string as `text`. */
export function username(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  if (typeof value !== 'string' || value === '') return text(value, path, ctx);
  return html`<bdi class="text username">${nameView(shownName(clip(value), ctx.d.invisibleName))}</bdi>`;
}

export function isUser(value: unknown): value is EventUser {
  return isJsonObject(value) && ('username' in value || 'pk' in value);
}

/** A user with e-mail, and who they acted for or as. */
export function user(value: unknown, path: string, ctx: RenderContext): TemplateResult {
  if (!isUser(value)) {
    const none = value === undefined || value === null || (isJsonObject(value) && Object.keys(value).length === 0);
    return none ? html`<span class="muted">${ctx.d.noUser}</span>` : jsonValue(value as JsonValue, path, ctx);
  }
  const { d } = ctx;
  const email = typeof value.email === 'string' ? value.email : '';
  return html`<span class="user" part="user"
    ><bdi class="username">${nameView(userName(value, d))}</bdi>${email ? html` <span class="muted">&lt;<bdi>${shownNameView(email, d)}</bdi>&gt;</span>` : nothing}${value.pk !== undefined
      ? html` <span class="muted">#<bdi>${shownNameView(String(value.pk), d)}</bdi></span>`
      : nothing}${value.is_anonymous === true ? html` <span class="badge" part="badge">${d.anonymous}</span>` : nothing}${isUser(value.on_behalf_of)
      ? html` <span class="badge warn" part="badge">${userSentence(d.onBehalfOf, value.on_behalf_of, d)}</span>`
      : nothing}${isUser(value.authenticated_as)
      ? html` <span class="badge" part="badge">${userSentence(d.authenticatedAs, value.authenticated_as, d)}</span>`
      : nothing}</span
  >`;
}

/** OAuth scopes: a space-separated string or a list, as chips. */
export function scopes(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  const list = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (!list) return jsonValue(value, path, ctx);
  return chips(list, ctx, (s) => html`<bdi>${shownNameView(s, ctx.d)}</bdi>`);
}

/** A list of scalars as chips; anything else as JSON. */
export function list(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v === 'object' && v !== null)) return text(value, path, ctx);
  return chips(value, ctx, (v) => (typeof v === 'string' ? html`<bdi>${shownValueView(v, ctx.d)}</bdi>` : renderValue(v, { t: ctx.j })));
}

/** A link when the value is a safe http(s) or relative URL, text otherwise. */
export function link(value: JsonValue | undefined, path: string, ctx: RenderContext): TemplateResult {
  const href = safeUrl(value);
  if (!href || typeof value !== 'string') return text(value, path, ctx);
  const external = isExternalUrl(href);
  // A link to another site opens a new tab, and says so to assistive technology.
  return html`<a part="link" href=${href} target=${external ? '_blank' : '_self'} rel=${external ? 'noopener noreferrer' : nothing}
    ><bdi>${shownValueView(value, ctx.d)}</bdi>${external ? html`<span class="visually-hidden"> ${ctx.d.opensInNewTab}</span>` : nothing}</a
  >`;
}
