/**
 * What the bell's panel (`bell-panel.ts`) offers the bell, and what it does when notifications
 * leave a list: where focus moves to, and read ones leaving the Unread tab. Private to
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

/** How many of the notifications before `pk` in `before` `now` still lists: where the next one still listed now is. */
export function notBefore(before: EventNotification[], now: EventNotification[], pk: string): number {
  return before.slice(0, before.findIndex((n) => n.pk === pk)).filter((n) => now.includes(n)).length;
}

/**
 * Takes read notifications out of the Unread list (called when it is shown again: while it is
 * shown they stay, so nothing moves under the user). With more on the server, it is to be read
 * again (`stale`): its page numbers and total no longer hold.
 */
export function dropRead(feed: NotificationFeed): void {
  const list = feed.lists.unread;
  const kept = list.items.filter((n) => !n.seen || feed.writing(n.pk));
  list.stale ||= kept.length < list.items.length && list.next !== null;
  list.items = kept;
}
