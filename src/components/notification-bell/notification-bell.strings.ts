import type { Severity } from '../../client/types.js';
import { defineStrings } from '../../i18n/translation.js';

export interface NotificationBellStrings {
  /** Accessible name of the bell button, given the unread count (0 while unknown) and the badge text (`3`, `99+`). */
  button: (unread: number, formatted: string) => string;
  /** Accessible name of the bell button when the unread count could not be read (its badge shows `!`). */
  countUnavailable: string;
  /** Badge text above the cap, given the formatted cap, e.g. `99+`. */
  overflow: (max: string) => string;
  /** Heading and accessible name of the panel. */
  title: string;
  unreadTab: string;
  allTab: string;
  markRead: string;
  markAllRead: string;
  /** Shown in an item's meta line for screen readers. */
  unreadLabel: string;
  /** An item's time when its `created` is no time (an unvalidated source handed over a number, words or nothing). */
  timeUnknown: string;
  /** Severity names (the icon's label; also the text of a notification whose body is blank). */
  severity: Record<Severity, string>;
  /** The linked event's action and user, e.g. `Login failed · alice`. */
  eventBy: (action: string, user: string) => string;
  /** The user of `eventBy` when the name has nothing visible, given its code points (`U+200B`); a look-alike reads `ad⟨U+200B⟩min`. */
  invisibleName: (codes: string) => string;
  /** Link text when a notification has a link without `hyperlink_label` (or with one of only white space or invisible characters). */
  openLink: string;
  /** Added, visually hidden, to the name of a link that opens a new tab: "(opens in a new tab)". */
  opensInNewTab: string;
  /** Button that opens the linked event (`ev-select`) when there is no link. */
  showEvent: string;
  empty: Record<'unread' | 'all', string>;
  loadingMore: string;
  offline: string;
  seenFailed: string;
  markAllFailed: string;
  /**
   * Polite announcement of notifications that just arrived (the body of the first, shortened).
   * `count` chooses the plural; `formatted` is it written in the bell's language (`1.234`), to show.
   */
  announce: (count: number, firstBody: string, formatted?: string) => string;
  /** The announcement (and desktop title) when more arrived than were listed (a poll tick lists at most 500): more than `count` (`formatted` to show). */
  announceMore: (count: number, formatted?: string) => string;
  enableDesktop: string;
  /** Title of a desktop notification that sums up several (`formatted`: `count` in the bell's language, to show). */
  desktopMany: (count: number, formatted?: string) => string;
}

declare module '../../i18n/translation.js' {
  interface Translation {
    notificationBell: NotificationBellStrings;
  }
}

/** The English strings (registered as the default); a starting point for translations. */
export const notificationBellStrings: NotificationBellStrings = {
  button: (unread, formatted) => (unread ? `Notifications, ${formatted} unread` : 'Notifications'),
  countUnavailable: 'Notifications, unread count unavailable',
  overflow: (max) => `${max}+`,
  title: 'Notifications',
  unreadTab: 'Unread',
  allTab: 'All',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  unreadLabel: 'Unread',
  timeUnknown: 'Time unknown',
  severity: { notice: 'Notice', warning: 'Warning', alert: 'Alert' },
  eventBy: (action, user) => (user ? `${action} · ${user}` : action),
  invisibleName: (codes) => `(invisible name: ${codes})`,
  openLink: 'Open',
  opensInNewTab: '(opens in a new tab)',
  showEvent: 'Show event',
  empty: { unread: 'You are all caught up.', all: 'No notifications yet.' },
  loadingMore: 'Loading more…',
  offline: 'You are offline. These are the notifications loaded so far.',
  seenFailed: 'Could not mark this as read. Try again.',
  markAllFailed: 'Could not mark all as read. Try again.',
  announce: (count, firstBody, formatted = `${count}`) => (count === 1 ? `New notification: ${firstBody}` : `${formatted} new notifications`),
  announceMore: (count, formatted = `${count}`) => `More than ${formatted} new notifications`,
  enableDesktop: 'Enable desktop notifications',
  desktopMany: (count, formatted = `${count}`) => `${formatted} new notifications`,
};

defineStrings('notificationBell', notificationBellStrings);
