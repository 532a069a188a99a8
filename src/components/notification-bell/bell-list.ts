/**
 * What the bell's panel (`bell-panel.ts`) offers the bell, and what it does when notifications
 * leave a list: which one focus moves to, and read ones leaving the Unread tab. Private to
 * `<ev-notification-bell>`; no DOM.
 */
import type { TemplateResult } from 'lit';
import type { EventNotification } from '../../client/types.js';
import type { Translation } from '../../i18n/translation.js';
import type { NotificationFeed } from './feed.js';

export interface BellPanel {
  /** The panel's content; `now`: the time relative times count from. */
  render(t: Translation, now: number): TemplateResult;
  /** Before a render (`tabChanged`: another tab is shown). */
  update(tabChanged: boolean): void;
  /** After a render. */
  updated(): void;
  /** The panel opened (focus goes to the first notification once the list is there, or the last after ArrowUp on the bell) or closed. */
  toggled(open: boolean): void;
  /** Keys on the bell button: ArrowDown / ArrowUp open the panel on the first / last notification. */
  buttonKey(event: KeyboardEvent): void;
  /** Keys in the panel: the user takes over focus; Escape closes the drawer. */
  panelKey(event: KeyboardEvent): void;
  /** Focus left something in the panel: Tab / Shift+Tab out of it closes it (focus stays where Tab sent it). */
  panelFocusOut(event: FocusEvent): void;
  /** The bell left the page. */
  stop(): void;
}

/** The notification nearest to `pk`'s place in `before` that `now` still has: the next one, else the previous one. */
export function nearest(before: EventNotification[], now: EventNotification[], pk: string): EventNotification | undefined {
  const here = new Set(now);
  const was = before.findIndex((n) => n.pk === pk);
  return [...before.slice(was + 1), ...before.slice(0, Math.max(was, 0)).reverse()].find((n) => here.has(n));
}

/**
 * Takes read notifications out of the Unread list (called when it is shown again: while it is
 * shown they stay, so nothing moves under the user). With none left but more on the server, it
 * is to be read again (`stale`): page numbers no longer hold.
 */
export function dropRead(feed: NotificationFeed): void {
  const list = feed.lists.unread;
  const kept = list.items.filter((n) => !n.seen || feed.writing(n.pk));
  if (kept.length === list.items.length) return;
  if (list.total !== null) list.total -= list.items.length - kept.length;
  list.stale ||= !kept.length && list.next !== null;
  list.items = kept;
}
