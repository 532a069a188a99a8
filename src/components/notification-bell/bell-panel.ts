/**
 * The bell's panel: its content (the heading row with "mark all as read" and the drawer's close
 * button, the Unread / All tabs, the offline and mark-all banners, the list: loading, error,
 * empty, or the feed, and the offer of desktop notifications) and moving through it: the
 * WAI-ARIA feed pattern (one roving notification, arrows / Page Up / Page Down / Home / End
 * between notifications, Enter opens one), Left / Right / Home / End over the tabs, ArrowDown /
 * ArrowUp on the bell to open it on the first / last notification, Escape to close the drawer.
 * Focus follows its notification when items arrive above it, or goes to the nearest one when it
 * leaves; Tab out of the panel closes it. The feed is rendered in steps:
 * more as its end scrolls into view, or up to where focus moves. Private to `<ev-notification-bell>`; the state lives in the closure of `bellPanel`.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { EventNotification } from '../../client/types.js';
import type { Translation } from '../../i18n/translation.js';
import { renderItem } from './bell-item.js';
import { type BellPanel, dropRead, notBefore } from './bell-list.js';
import type { FeedTab, NotificationFeed } from './feed.js';
import type { EvNotificationBell } from './notification-bell.js';

const TABS = ['unread', 'all'] as const;
/** Notifications rendered at a time: more are rendered as the list scrolls (opening stays cheap with thousands loaded). */
const STEP = 30;

/**
 * The bell's loading / error / empty / no-client views (protected in `BellBase`). The panel is a
 * part of the bell, so it calls them on the bell itself (four wrapper closures cost bundle bytes).
 */
interface StateViews {
  renderLoading(label?: string): TemplateResult;
  renderError(error: unknown, retry: () => void): TemplateResult;
  renderEmpty(message: string): TemplateResult;
  renderNoClient(): TemplateResult;
}

/**
 * The panel of `el`, showing the feed `feedOf` returns; `activate` is a notification's default
 * action (`linkClick`: its link was clicked), `markSeen` marks one read.
 */
export function bellPanel(
  el: EvNotificationBell,
  feedOf: () => NotificationFeed | undefined,
  activate: (n: EventNotification | undefined, linkClick?: Event) => void,
  markSeen: (n: EventNotification) => unknown,
): BellPanel {
  const views = el as unknown as StateViews;
  let focus = 0;
  /** The notification at `focus`: items arriving above it move the index, not the user. */
  let focusPk: string | undefined;
  let focusOnOpen: 'first' | 'last' | '' = '';
  let tabbing = false;
  /** The list as last rendered: where a notification that left it was. */
  let shown: EventNotification[] = [];
  /** Focus was in the list before the render: after it, focus goes to the notification at `focus`, on the part named (else the item; '': the item). */
  let refocus: string | undefined;
  /** Where the next opening puts focus. */
  let openAt: 'first' | 'last' = 'first';
  let limit = STEP;
  let io: IntersectionObserver | undefined;
  let ioRoot: Element | undefined;
  let sentinel: Element | null | undefined;

  const items = (): EventNotification[] => feedOf()?.lists[el.tab].items ?? [];
  const articles = (): HTMLElement[] => [...el.renderRoot.querySelectorAll<HTMLElement>('article')];
  const tab = () => el.renderRoot.querySelector<HTMLElement>('[role=tab][tabindex="0"]');
  const focusTab = (): void => tab()?.focus();

  /** Read notifications leave the Unread tab when it is shown again. */
  const prune = (): false | void => el.tab === 'unread' && feedOf() && dropRead(feedOf()!);

  /** Loads the next page when the end of the list scrolls into view. */
  function observeMore(): void {
    const list = feedOf()?.lists[el.tab];
    const root = el.isConnected && el.renderRoot.querySelector('.list');
    const end = el.renderRoot.querySelector('.more');
    if (!root || !list) return;
    if (root !== ioRoot) {
      io?.disconnect();
      ioRoot = root;
      io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) more();
        },
        { root, rootMargin: '0px 0px 240px 0px' },
      );
      sentinel = undefined;
    }
    // Re-observing reports the current intersection again: a short page keeps loading.
    if (end !== sentinel || (end && !list.loading)) {
      io!.disconnect();
      if (end && !list.loading) io!.observe(end);
      sentinel = list.loading ? undefined : end;
    }
  }

  /** Renders the next notifications already loaded, or loads the next page. */
  function more(): void {
    const feed = feedOf();
    if (limit < items().length) {
      limit += STEP;
      el.requestUpdate();
    }
    // After a failed page only Retry asks again: each render re-observes the end of the list.
    else if (!feed?.lists[el.tab].error) void feed?.load(el.tab, true);
  }

  /**
   * Loads a failed page again. Its Retry button goes away: focus moves to the last item before a
   * next page, else waits on the selected tab for the first item (as on opening).
   */
  function retry(next = false): void {
    if (next) focusItem(articles().length - 1);
    else {
      focusOnOpen = 'first';
      focusTab();
    }
    void feedOf()?.load(el.tab, next);
  }

  /** Focuses item `index`, rendering up to it first (in chunks, one per frame). */
  async function reveal(index: number): Promise<void> {
    while (limit <= index) {
      limit += STEP * 4;
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    }
    focusItem(index);
  }

  function focusItem(index: number): void {
    if (index !== focus) el.requestUpdate();
    focus = index;
    focusPk = items()[index]?.pk;
    const article = articles()[index];
    article?.focus();
    article?.scrollIntoView({ block: 'nearest' });
  }

  /** Opens an item: its link (through the link, so the browser's own navigation applies), else its default action. */
  function open(article: HTMLElement): void {
    const link = article.querySelector('a');
    if (link) link.click();
    else activate(items()[Number(article.getAttribute('aria-posinset')) - 1]);
  }

  const onTabKey = (event: KeyboardEvent): void => {
    const keys: Record<string, FeedTab | undefined> = {
      ArrowLeft: el.tab === 'all' ? 'unread' : 'all',
      ArrowRight: el.tab === 'all' ? 'unread' : 'all',
      Home: 'unread',
      End: 'all',
    };
    const tab = keys[event.key];
    if (!tab) return;
    event.preventDefault();
    el.tab = tab;
    void el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };

  /** Feed keys: arrows / Page Up / Page Down move between notifications, Home / End to the ends, Enter opens. */
  const onFeedKey = (event: KeyboardEvent): void => {
    const list = articles();
    const current = list.findIndex((a) => a.contains(event.target as Node));
    if (current < 0) return;
    const onItem = event.target === list[current];
    const moves: Record<string, number> = { PageDown: current + 1, PageUp: current - 1 };
    if (onItem) Object.assign(moves, { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items().length - 1 });
    if (onItem && event.key === 'Enter') {
      event.preventDefault();
      open(list[current]!);
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next >= 0 && next < items().length) void reveal(next);
  };

  const onFocusIn = (event: FocusEvent): void => {
    const index = articles().findIndex((a) => a.contains(event.target as Node));
    if (index < 0) return;
    focusPk = items()[index]?.pk;
    if (index !== focus) {
      focus = index;
      el.requestUpdate();
    }
  };

  const onListClick = (event: MouseEvent): void => {
    // The end of a drag that selected text (to copy it) is no click on the notification.
    if (getSelection()?.toString().trim()) return;
    for (const target of event.composedPath()) {
      if (!(target instanceof HTMLElement) || target.matches('a, button')) return;
      if (target.localName === 'article') return open(target);
    }
  };

  const onMarkAll = async (): Promise<void> => {
    const ok = await el.markAllSeen();
    await el.updateComplete;
    // Disabled on its way (or now, with nothing left unread), the button loses focus: to the
    // tabs, or back to it to try again.
    if (!el.shadowRoot!.activeElement?.matches(':not(:disabled)')) el.renderRoot.querySelector<HTMLElement>(ok ? '[role=tab][tabindex="0"]' : '[part=mark-all-button]')?.focus();
  };

  /** Asks the browser's permission for desktop notifications; answered, the offer goes and focus moves to the selected tab, not to the page. */
  const askDesktop = async (): Promise<void> => {
    await Notification.requestPermission();
    el.requestUpdate();
    await el.updateComplete;
    if (!el.shadowRoot!.activeElement) focusTab();
  };

  const onLink = (e: Event, n: EventNotification): void => {
    e.stopPropagation();
    activate(n, e);
  };

  const onEvent = (n: EventNotification): void => activate(n);

  function renderFeed(t: Translation, feed: NotificationFeed, now: number): TemplateResult {
    const list = feed.lists[el.tab];
    const view = {
      t,
      lang: el.effectiveLang,
      timeZone: el.store?.timeZone ?? 'local',
      now,
      size: list.next === null ? list.items.length : (list.total ?? -1),
      focus: Math.min(focus, list.items.length - 1),
      index: 0,
      failed: false,
      // Its button goes away with the unread state: focus stays on the notification (`updated`).
      onMark: markSeen,
      onLink,
      onEvent,
    };
    return html`<div role="feed" part="feed" aria-busy=${list.loading ? 'true' : 'false'} aria-labelledby=${`tab-${el.tab}`}>
        ${list.items.slice(0, limit).map((n, index) => renderItem(n, { ...view, index, failed: feed.failed.has(n.pk) }))}
      </div>
      ${list.next !== null || limit < list.items.length ? html`<div class="more" part="more">${list.loading ? views.renderLoading(t.notificationBell.loadingMore) : nothing}</div>` : nothing}
      ${list.error ? views.renderError(list.error, () => retry(true)) : nothing}`;
  }

  return {
    render(t, now) {
      const s = t.notificationBell;
      const feed = feedOf();
      const head = html`<div class="head" part="header">
        <h2 part="title">${s.title}</h2>
        ${feed
          ? html`<button type="button" part="mark-all-button" ?disabled=${feed.markingAll || !el.unread} @click=${onMarkAll}>${s.markAllRead}</button>`
          : nothing}
        ${el.variant === 'drawer'
          ? html`<button type="button" class="close" part="close-button" aria-label=${t.common.close} @click=${el.hide}>✕</button>`
          : nothing}
      </div>`;
      if (!feed) return html`${head}${views.renderNoClient()}`;
      const list = feed.lists[el.tab];
      return html`${head}
        <div class="tabs" part="tabs" role="tablist" aria-label=${s.title} @keydown=${onTabKey}>
          ${TABS.map(
            (tab) =>
              html`<button
                type="button"
                role="tab"
                part="tab"
                id=${`tab-${tab}`}
                aria-selected=${tab === el.tab ? 'true' : 'false'}
                aria-controls="list"
                tabindex=${tab === el.tab ? 0 : -1}
                @click=${() => (el.tab = tab)}
              >
                ${tab === 'unread' ? s.unreadTab : s.allTab}
              </button>`,
          )}
        </div>
        ${feed.status === 'offline' || !navigator.onLine ? html`<p class="banner" part="offline" role="status">${s.offline}</p>` : nothing}
        ${feed.markAllError ? html`<p class="banner bad" part="mark-all-error" role="alert">${s.markAllFailed}</p>` : nothing}
        <div
          id="list"
          class="list"
          part="list"
          role="tabpanel"
          aria-labelledby=${`tab-${el.tab}`}
          @click=${onListClick}
          @keydown=${onFeedKey}
          @focusin=${onFocusIn}
        >
          ${list.error && !list.items.length
            ? views.renderError(list.error, () => retry())
            : !list.loaded
              ? views.renderLoading()
              : !list.items.length
                ? views.renderEmpty(s.empty[el.tab])
                : renderFeed(t, feed, now)}
        </div>
        ${el.desktop && globalThis.Notification?.permission === 'default'
          ? html`<div class="foot" part="footer">
              <button type="button" part="desktop-button" @click=${askDesktop}>${s.enableDesktop}</button>
            </div>`
          : nothing}`;
    },

    update(tabChanged) {
      if (tabChanged) {
        prune();
        focus = 0;
        focusPk = undefined;
        limit = STEP;
      }
      const now = items();
      const active = el.shadowRoot!.activeElement;
      let at = now.findIndex((n) => n.pk === focusPk);
      refocus = el.open && active?.closest('article') ? `${active.getAttribute('part')}` : undefined;
      if (at < 0 && focusPk) {
        // The notification the user is on left the list: the one now in its place (the next one still
        // listed), else the last one (the previous), else the tab.
        at = Math.min(notBefore(shown, now, focusPk), now.length - 1);
        focusPk = now[at]?.pk;
        refocus &&= '';
      }
      if (at >= 0) limit = Math.max(limit, (focus = at) + 1);
    },

    updated() {
      observeMore();
      const list = articles();
      shown = items();
      // The item elements are reused by position: when items arrived above or left, focus follows its
      // notification (on the same part), or goes to the nearest one; never to the page.
      if (refocus !== undefined) {
        const target = list[focus]?.querySelector<HTMLElement>(`[part="${refocus}"]`) ?? list[focus];
        if (target !== el.shadowRoot!.activeElement) (target ?? tab())?.focus();
        refocus = undefined;
      }
      if (focusOnOpen && list.length) {
        focus = focusOnOpen === 'last' ? list.length - 1 : 0;
        focusOnOpen = '';
        focusItem(focus);
      }
    },

    toggled(open) {
      focusOnOpen = open ? openAt : '';
      if (open) {
        openAt = 'first';
        prune();
        // Until the list is there, focus waits on the selected tab.
        void el.updateComplete.then(() => focusOnOpen && focusTab());
      } else {
        limit = STEP;
        focus = 0;
        focusPk = undefined;
      }
    },

    buttonKey(event) {
      if (el.open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      openAt = event.key === 'ArrowUp' ? 'last' : 'first';
      el.show();
    },

    panelKey(event) {
      // Any key (other than opening) means the user took over focus.
      focusOnOpen = '';
      tabbing = event.key === 'Tab';
      if (event.key === 'Escape' && el.variant === 'drawer') el.hide();
    },

    panelFocusOut(event) {
      // Hidden once focus arrived (hidden with focus inside, it would go back to the bell). The drawer is not modal either.
      if (tabbing && !(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) setTimeout(() => el.hide());
      tabbing = false;
    },

    stop() {
      io?.disconnect();
      io = ioRoot = sentinel = undefined;
    },
  };
}
