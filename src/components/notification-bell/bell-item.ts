/**
 * One notification in the bell's feed: severity icon and colour, body as text (JSON-looking
 * bodies pretty-printed), relative time, the linked event's action and user, the link (only
 * through `safeUrl`), and "mark as read". Private to `<ev-notification-bell>`.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { EventNotification } from '../../client/types.js';
import type { ActionStrings } from '../../format/actions.js';
import { humanize } from '../../format/humanize.js';
import { BLANK, markHidden } from '../../format/invisible-marks.js';
import { formatRelative, formatZoned } from '../../format/time.js';
import { isExternalUrl, safeUrl } from '../../format/url.js';
import type { Translation } from '../../i18n/translation.js';
import { ms as createdMs } from './feed.js';

const icon = (d: string, part = 'icon') =>
  html`<svg part=${part} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d=${d} /></svg>`;

export const BELL =
  'M12 22a2.2 2.2 0 0 0 2.2-2.2H9.8A2.2 2.2 0 0 0 12 22m7-5.5V11a7 7 0 0 0-5.5-6.8V3.5a1.5 1.5 0 0 0-3 0v.7A7 7 0 0 0 5 11v5.5L3 18.5V19.5h18V18.5z';
const SEVERITY = {
  notice: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m1 15h-2v-6h2zm0-8h-2V7h2z',
  warning: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  alert: 'M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3zM13 17h-2v-2h2zm0-4h-2V7h2z',
} as const;
const CHECK = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z';

export const bellIcon = (): TemplateResult => icon(BELL);

/**
 * The action's label from the translation's action catalogue when a page registered one (the
 * full library or a locale does), else the action in words (`login_failed` → `Login failed`,
 * which is the English catalogue's label): the bell does not ship the catalogue itself.
 */
export function actionText(action: string, t: Translation): string {
  const a = (t as { actions?: Partial<ActionStrings> }).actions;
  const labels = a?.labels as Record<string, string> | undefined;
  // Own keys only: an action named `constructor` or `__proto__` is data, not a lookup.
  return (
    (labels && Object.hasOwn(labels, action) ? labels[action] : undefined) ??
    (action.startsWith('custom_') ? a?.custom?.(action.slice(7)) : a?.unknown?.(action)) ??
    humanize(action)
  );
}

const pretty = new Map<string, string | null>();

/** The body pretty-printed when it is a JSON object or array, else null. */
export function jsonBody(body: string): string | null {
  let out = pretty.get(body);
  if (out !== undefined) return out;
  out = null;
  const text = body.trim();
  if (/^[[{]/.test(text) && text.length < 200_000) {
    try {
      out = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      /* not JSON: shown as text */
    }
  }
  if (pretty.size > 500) pretty.clear();
  pretty.set(body, out);
  return out;
}

/**
 * `text`, or `fallback` when it has nothing to see or hear (as a username that reads "(invisible
 * name: …)"): empty, white space, only invisible format characters (zero-width space / joiners,
 * byte-order mark, bidi controls, soft hyphen: Unicode's default-ignorable code points), which
 * `trim()` keeps, control characters or the Braille blank. A blank link label reads "Open"; a
 * blank body reads as its severity ("Warning") instead of an empty item.
 */
export const orIfBlank = (text: string | null | undefined, fallback: string): string => (BLANK.test(text ?? '') ? fallback : text!);

/** `text` at most `n` characters: a cut one ends with "…", never in half a character (an emoji's high surrogate). */
export { cut as clip } from '../../client/http.js';

export interface ItemView {
  t: Translation;
  lang: string;
  timeZone: string;
  /** The time relative times count from; a later `created` (arrived since, or a server clock ahead) reads "now". */
  now: number;
  /** Position in the feed (0-based), the feed's size (-1 when unknown), the roving focus index. */
  index: number;
  size: number;
  focus: number;
  failed: boolean;
  onMark: (n: EventNotification) => void;
  onLink: (event: Event, n: EventNotification) => void;
  onEvent: (n: EventNotification) => void;
}

export function renderItem(n: EventNotification, v: ItemView): TemplateResult {
  const s = v.t.notificationBell;
  const url = safeUrl(n.hyperlink);
  const json = jsonBody(n.body);
  const id = `n${v.index}`;
  const event = n.event;
  // A `created` that is no time (a number, words, null from an unvalidated source, "5") is NaN (`ms !== ms`): said to be unknown,
  // as the feed orders it and never catches up from it.
  const ms = createdMs(n);
  // A link to another site opens a new tab, and says so to assistive technology.
  const external = url && isExternalUrl(url);
  return html`<article
    part="item${n.seen ? '' : ' item-unread'}"
    class="item"
    data-severity=${n.severity}
    ?data-unread=${!n.seen}
    tabindex=${v.index === v.focus ? 0 : -1}
    aria-posinset=${v.index + 1}
    aria-setsize=${v.size}
    aria-labelledby=${`${id}b`}
    aria-describedby=${`${id}s ${id}m`}
  >
    <span id=${`${id}s`} class="sev" part="severity-icon" role="img" aria-label=${s.severity[n.severity]} title=${s.severity[n.severity]}
      >${icon(SEVERITY[n.severity])}</span
    >
    <div class="main">
      ${json ? html`<pre id=${`${id}b`} part="body json" class="body" dir="ltr" tabindex="0">${json}</pre>` : html`<p id=${`${id}b`} part="body" class="body" dir="auto">${orIfBlank(n.body, s.severity[n.severity])}</p>`}
      <p id=${`${id}m`} class="meta" part="meta">
        ${n.seen ? nothing : html`<span class="visually-hidden">${s.unreadLabel}, </span>`}${ms === ms
          ? html`<time dir="auto" datetime=${n.created} title=${formatZoned(ms, v.lang, v.timeZone)}>${formatRelative(ms, v.lang, Math.max(v.now, ms))}</time>`
          : s.timeUnknown}${event ? html` · <bdi part="event">${s.eventBy(actionText(event.action, v.t), markHidden(event.user?.username ?? '', s.invisibleName))}</bdi>` : nothing}
      </p>
      ${v.failed ? html`<p class="note" part="seen-error">${s.seenFailed}</p>` : nothing}
      ${url
        ? html`<a part="link" href=${url} target=${external ? '_blank' : nothing} rel="noopener noreferrer" @click=${(e: Event) => v.onLink(e, n)}
            >${orIfBlank(n.hyperlink_label?.trim(), s.openLink)}${external ? html`<span class="visually-hidden"> ${s.opensInNewTab}</span>` : nothing}</a
          >`
        : event
          ? html`<button type="button" part="event-button" class="linkish" @click=${() => v.onEvent(n)}>${s.showEvent}</button>`
          : nothing}
    </div>
    ${n.seen
      ? nothing
      : html`<button type="button" part="mark-read" class="mark" aria-label=${s.markRead} title=${s.markRead} @click=${() => v.onMark(n)}>
          ${icon(CHECK)}
        </button>`}
  </article>`;
}
