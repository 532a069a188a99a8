/**
 * The content of a place's popup, built from DOM nodes (never HTML strings): the place, its
 * event count, and its newest events with action, user, time (in the store's zone) and a
 * "Show event" button (`ev-select`) plus an optional link (through `safeUrl`).
 */
import { encodeSegment } from '../../client/encode.js';
import type { EventRecord } from '../../client/types.js';
import { actionColorVar } from '../../format/actions.js';
import { type ActionShownOptions, shownActionParts } from '../../format/action-parts.js';
import { clipText } from '../../format/clip.js';
import { eventTime } from '../../format/event-time.js';
import { formatDateTimeUnambiguous, formatNumber } from '../../format/time.js';
import { isExternalUrl, safeUrl } from '../../format/url.js';
import type { Translation } from '../../i18n/translation.js';
import { isolateText } from '../../format/bidi.js';
import { partsText, type ShownPart, shownName } from '../../format/invisible.js';

export interface PopupOptions {
  t: Translation;
  lang: string;
  dir: 'ltr' | 'rtl';
  timeZone: string;
  /** Heading: the names of the places in parts (joined with ` · `, each isolated, marks in their box), and whether more places are left out (` …`). */
  places: ReadonlyArray<readonly ShownPart[]>;
  morePlaces?: boolean;
  /** Events at the place, newest first. */
  events: readonly EventRecord[];
  /** How many events the place holds in total (may exceed `events.length`). */
  total: number;
  /** URL template with `{pk}` for each event's link, or undefined for no links. */
  eventHref?: string;
  onSelect: (event: EventRecord) => void;
  onClose: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Users and action labels cut to 200 characters (as place names are) in popups and the legend:
 * a 100 kB unbreakable username took 30 s to lay out in a popup, and a 100 kB custom action
 * in the legend made every pan take 19 s. The full value stays in the event itself.
 */
const LABEL_MAX_CHARS = 200;
/** `label` cut to `LABEL_MAX_CHARS`. */
export const clipLabel = (label: string): string => clipText(label, LABEL_MAX_CHARS);

/** How the legend and popups show an action (`shownActionParts`): the map's strings, cut as `clipLabel` cuts. */
const actionShown = (t: Translation): ActionShownOptions => ({ invisibleName: t.map.invisibleName, max: LABEL_MAX_CHARS, unnamed: t.map.unnamedAction });

/**
 * An action as the legend and popups show it, in parts: its label, cut; "Unnamed action" for one
 * that is no string or shows nothing (as `<ev-volume-chart>` names a blank one); a custom or
 * unknown action's marks for what draws nothing (see `shownActionParts`).
 */
export function actionParts(action: unknown, t: Translation): ShownPart[] {
  return shownActionParts(action, t, actionShown(t));
}

/** The link of an event from a `{pk}` template, or null when it is not a safe URL. */
export function eventLink(template: string | undefined, event: EventRecord): string | null {
  if (!template) return null;
  return safeUrl(template.split('{pk}').join(encodeSegment(String(event.pk))));
}

/**
 * An event's user as the popup shows it (as `<ev-log>` does): cut short, each character that draws
 * nothing as a mark (`ad⟨U+200B⟩min`), a name with nothing visible as "(invisible name: U+200B)";
 * "Anonymous" when there is no name. Display only: the event keeps the name as it is.
 */
export function userParts(event: EventRecord, t: Translation): ShownPart[] {
  const name = event.user?.username;
  if (typeof name !== 'string' || name === '') return [{ text: t.map.anonymous, mark: false }];
  return shownName(clipLabel(name), t.map.invisibleName);
}

/** A name's parts in a `<bdi>`, each mark in a dotted box (`part="invisible-mark"`) so a name that spells one out does not look the same. */
function nameNode(parts: readonly ShownPart[], className?: string): HTMLElement {
  const node = el('bdi', className);
  for (const p of parts) {
    if (!p.mark) {
      node.append(document.createTextNode(p.text));
      continue;
    }
    const mark = el('span', 'invisible-mark', p.text);
    mark.setAttribute('part', 'invisible-mark');
    node.append(mark);
  }
  return node;
}

let popupCount = 0;

export function buildPopup(options: PopupOptions): HTMLElement {
  const { t, lang } = options;
  const root = el('div', 'popup');
  root.setAttribute('part', 'popup');
  root.setAttribute('role', 'dialog');
  root.dir = options.dir;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    options.onClose();
  });
  const headingId = `ev-map-popup-${++popupCount}`;
  root.setAttribute('aria-labelledby', headingId);

  const header = el('div', 'popup-header');
  const heading = el('p', 'popup-place');
  heading.id = headingId;
  // Each name in its own <bdi>: a right-to-left override in one does not reorder the next ones.
  options.places.forEach((name, i) => heading.append(...(i > 0 ? [document.createTextNode(' · ')] : []), nameNode(name)));
  if (options.morePlaces) heading.append(document.createTextNode(' …'));
  const close = el('button', 'popup-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t.map.closePopup);
  close.setAttribute('part', 'popup-close');
  close.addEventListener('click', () => options.onClose());
  header.append(heading, close);
  const count = el('p', 'popup-count', t.map.eventCount(options.total, formatNumber(options.total, lang)));
  count.id = `${headingId}-count`;
  root.append(header, count);

  // Long names can make the list taller than its box (it scrolls): a tab stop, named by the count,
  // so the keyboard reaches and scrolls it as well.
  const list = el('ul', 'popup-events');
  list.tabIndex = 0;
  list.setAttribute('aria-labelledby', count.id);
  for (const event of options.events) {
    const item = el('li', 'popup-event');
    // Data is hostile: a non-string action is unnamed (as the index counts it), a non-string time named by its text.
    const actionName = typeof event.action === 'string' ? event.action : '';
    const at = eventTime(event.created);
    const label = actionParts(actionName, t);
    const shownAction = isolateText(partsText(label));
    const action = el('span', 'popup-action');
    const swatch = el('span', 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.setProperty('--swatch', actionColorVar(actionName));
    // The action and the user each isolated, their own bidi controls closed inside (`isolateText`):
    // a stray pop-isolate in a name would otherwise close its <bdi> and let an override in it reverse the time.
    // (A user's or action's bidi controls are shown as marks, `⟨U+202E⟩`, and so never reach the text.)
    action.append(swatch, nameNode(label, 'popup-action-label'));
    const user = userParts(event, t);
    const meta = el('span', 'popup-meta');
    // The accessible names below use the same text ("Login by ad⟨U+200B⟩min").
    const userText = isolateText(user.map((p) => p.text).join(''));
    // A time that is no time (a number, words, null) is said to be unknown: no date made of it.
    const timeText = at ? isolateText(formatDateTimeUnambiguous(at.ms, lang, options.timeZone)) : t.map.timeUnknown;
    const time = el('time', undefined, timeText);
    if (at) time.dateTime = at.iso;
    meta.append(nameNode(user, 'popup-user'), document.createTextNode(' · '), time);
    const actions = el('span', 'popup-buttons');
    const show = el('button', undefined, t.map.showEvent);
    show.type = 'button';
    // Named by its event (a plain-text attribute): a list of the buttons tells them apart.
    show.setAttribute('aria-label', t.map.showEventNamed(shownAction, userText, timeText));
    show.setAttribute('part', 'popup-button');
    show.addEventListener('click', () => options.onSelect(event));
    actions.append(show);
    const href = eventLink(options.eventHref, event);
    if (href) {
      const link = el('a', undefined, t.map.openEvent);
      link.href = href;
      // Named by its event like the button (a plain-text attribute): the links are told apart too.
      const name = t.map.openEventNamed(shownAction, userText, timeText);
      link.setAttribute('part', 'popup-link');
      const external = isExternalUrl(href);
      if (external) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      // A new tab is announced at the end of the name (as <ev-detail>'s links do); nothing changes on screen.
      link.setAttribute('aria-label', external ? `${name} ${t.map.opensInNewTab}` : name);
      actions.append(link);
    }
    item.append(action, meta, actions);
    list.append(item);
  }
  root.append(list);
  const more = options.total - options.events.length;
  if (more > 0) root.append(el('p', 'popup-more', t.map.moreEvents(more, formatNumber(more, lang))));
  return root;
}
