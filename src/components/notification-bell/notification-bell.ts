import { type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LiveMode } from '../../client/adapters/authentik-notifications.js';
import type { EventNotification, NotificationClient } from '../../client/types.js';
import { EvNotificationClickEvent } from '../../events/ev-notification-click.js';
import { EvNotificationSeenEvent } from '../../events/ev-notification-seen.js';
import { EvSelectEvent } from '../../events/ev-select.js';
import { EvUnreadChangeEvent } from '../../events/ev-unread-change.js';
import { formatNumber } from '../../format/time.js';
import { isExternalUrl, safeUrl } from '../../format/url.js';
import { buttonStyles } from '../../styles/shared.styles.js';
import { BellBase } from './bell-base.js';
import { createBellClient } from './bell-client.js';
import { bellIcon, renderItem } from './bell-item.js';
import { type FeedTab, type NotificationFeed, feedFor } from './feed.js';
import { bellStyles } from './notification-bell.styles.js';
import { notificationBellStrings } from './notification-bell.strings.js';

const apiClients = new Map<string, NotificationClient>();

/** One client per API settings, so every bell configured by attributes shares one connection. */
function apiClient(baseUrl: string, credentials: RequestCredentials, live: LiveMode, pollSeconds: number): NotificationClient {
  const key = [baseUrl, credentials, live, pollSeconds].join('\n');
  let client = apiClients.get(key);
  if (!client) {
    client = createBellClient({ baseUrl, credentials, live, pollIntervalMs: pollSeconds * 1000 });
    apiClients.set(key, client);
  }
  return client;
}

const TABS = ['unread', 'all'] as const;
/** Notifications rendered at a time: more are rendered as the list scrolls (opening stays cheap with thousands loaded). */
const STEP = 30;

/**
 * A notification bell for any page: an unread badge that stays right under failures and
 * reconnects, a panel with the unread and all notifications (infinite scroll), live updates
 * shared by every bell on the page and across tabs, and optional desktop notifications.
 *
 * Give it a client (`.client`, or a surrounding `<ev-source>`), or, on a page without a build
 * step, the API root in `api` (authentik's `/api/v3`, session cookie).
 *
 * @tagname ev-notification-bell
 * @summary Notification bell with unread badge, live updates and an accessible panel.
 *
 * @fires {EvNotificationClickEvent} ev-notification-click - The user activated a notification. Cancelable: by default it is marked read and its link opened, or, without a link, `ev-select` is fired with its event.
 * @fires {EvSelectEvent} ev-select - A notification without a link but with an event was activated (cancelable; by default the shared selection becomes that event).
 * @fires {EvNotificationSeenEvent} ev-notification-seen - The server confirmed notifications the user marked as read (one, or all).
 * @fires {EvUnreadChangeEvent} ev-unread-change - The unread count shown changed (also fired for the first count).
 *
 * @csspart button - The bell button.
 * @csspart icon - The bell and item icons.
 * @csspart badge - The unread count on the bell.
 * @csspart panel - The popover (or drawer) with the notifications.
 * @csspart header - The panel's heading row.
 * @csspart title - The panel's heading.
 * @csspart mark-all-button - "Mark all as read".
 * @csspart close-button - The drawer's close button.
 * @csspart tabs - The Unread / All tab list; each tab is `tab`.
 * @csspart tab - One tab.
 * @csspart list - The scrolling list region.
 * @csspart feed - The feed of notifications.
 * @csspart item - One notification; unread ones also have `item-unread`.
 * @csspart item-unread - An unread notification.
 * @csspart severity-icon - The severity icon of an item.
 * @csspart body - An item's body text (`json` too when pretty-printed).
 * @csspart json - A pretty-printed JSON body.
 * @csspart meta - An item's time, action and user line.
 * @csspart event - The linked event's action and user.
 * @csspart link - An item's link.
 * @csspart event-button - "Show event", for items with an event and no link.
 * @csspart mark-read - An item's "mark as read" button.
 * @csspart seen-error - The note on an item whose "mark as read" failed.
 * @csspart more - Where the next page loads.
 * @csspart offline - The offline banner.
 * @csspart mark-all-error - The banner when "mark all as read" failed.
 * @csspart footer - The panel footer (desktop notifications).
 * @csspart desktop-button - "Enable desktop notifications".
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state (with `retry-button`).
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop --ev-notification-bell-badge-bg - Badge background (default: the alert colour).
 * @cssprop --ev-notification-bell-badge-color - Badge text colour.
 * @cssprop --ev-notification-bell-panel-width - Width of the popover panel (default 24rem).
 * @cssprop --ev-notification-bell-panel-height - Largest height of the popover panel (default 32rem).
 * @cssprop --ev-notification-bell-unread-bg - Background of unread items.
 * @cssprop --ev-color-notice - Colour of notices.
 * @cssprop --ev-color-warning - Colour of warnings.
 * @cssprop --ev-color-alert - Colour of alerts (and of the badge).
 */
export class EvNotificationBell extends BellBase {
  static override styles = [BellBase.styles, buttonStyles, bellStyles];

  /**
   * The English strings. Importing them here (not only for their side effect) keeps bundlers
   * that honour `sideEffects` from dropping their registration.
   */
  static readonly defaultStrings = notificationBellStrings;

  /** API root of an authentik-compatible events API (e.g. `/api/v3`), used when no client is given. */
  @property() api?: string;

  /** Cookie mode for `api` requests: `same-origin` (default) or `include` for a session on another origin. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** Live updates for `api`: `auto` (SSE, else polling), `sse`, `poll`, `websocket` (authentik's `/ws/client/`) or `none`. */
  @property() live: LiveMode = 'auto';

  /** Polling interval in seconds for `api` (default 30). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30;

  /** `popover` (default): a panel anchored to the bell; `drawer`: a full-height side drawer. */
  @property({ reflect: true }) variant: 'popover' | 'drawer' = 'popover';

  /** Offer desktop notifications (asks the browser's permission only when the user clicks the offer). */
  @property({ type: Boolean, reflect: true }) desktop = false;

  /** Largest count the badge shows; above it shows e.g. `99+`. */
  @property({ type: Number }) max = 99;

  /** Notifications per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** The list shown: `unread` (default) or `all`. */
  @property({ reflect: true }) tab: FeedTab = 'unread';

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private announcement = '';

  #feed?: NotificationFeed;
  #release?: () => void;
  #shown = false;
  #focus = 0;
  /** The notification at `#focus`: items arriving above it move the index, not the user. */
  #focusPk?: string;
  #focusOnOpen: 'first' | 'last' | '' = '';
  #openAt: 'first' | 'last' = 'first';
  #restoreFocus = false;
  #lastUnread: number | null = null;
  #io?: IntersectionObserver;
  #ioRoot?: Element;
  #sentinel?: Element | null;
  #timer?: ReturnType<typeof setInterval>;
  #arrived: EventNotification[] = [];
  #limit = STEP;
  #now = Date.now();

  /** The unread count shown, or null before the server answered. */
  get unread(): number | null {
    return this.#feed?.unread ?? null;
  }

  get #client(): NotificationClient | undefined {
    return this.effectiveClient ?? (this.api ? apiClient(this.api, this.credentials, this.live, this.pollInterval) : undefined);
  }

  get #panel(): HTMLElement | null {
    return this.renderRoot.querySelector('#panel');
  }

  get #articles(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
  }

  /** Opens the panel. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel. */
  hide(): void {
    this.open = false;
  }

  /** Re-reads the unread count and the list shown from the server. */
  refresh(): void {
    void this.#feed?.refreshCount();
    if (this.#shown) void this.#feed?.load(this.tab);
  }

  /** Marks every notification read on the server, then shows the server's state. Resolves false when it failed. */
  async markAllSeen(): Promise<boolean> {
    const feed = this.#feed;
    if (!feed) return false;
    const unread = new Set([...feed.lists.unread.items, ...feed.lists.all.items].filter((n) => !n.seen));
    const ok = await feed.markAllSeen();
    if (ok) this.emit(new EvNotificationSeenEvent({ notifications: [...unread], all: true }));
    return ok;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the next update attaches the feed again.
    this.requestUpdate();
    addEventListener('online', this.#rerender);
    addEventListener('offline', this.#rerender);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#rerender);
    removeEventListener('offline', this.#rerender);
    this.#use(undefined);
    this.#io?.disconnect();
    this.#io = this.#ioRoot = this.#sentinel = undefined;
    clearInterval(this.#timer);
    // Leaving the document hides the popover without a toggle event: say so.
    this.open = false;
  }

  #rerender = (): void => this.requestUpdate();

  /** Switches to the feed of `client` (every bell with the same client shares it). */
  #use(client: NotificationClient | undefined): void {
    if (client === this.#feed?.client) return;
    this.#release?.();
    this.#feed?.removeEventListener('change', this.#onChange);
    this.#feed?.removeEventListener('new', this.#onNew);
    this.#feed = this.#release = undefined;
    if (!client) return;
    const feed = (this.#feed = feedFor(client));
    feed.pageSize = this.pageSize;
    feed.addEventListener('change', this.#onChange);
    feed.addEventListener('new', this.#onNew);
    this.#release = feed.attach(this);
    if (this.#shown) void feed.load(this.tab);
    this.#onChange();
  }

  #onChange = (): void => {
    const unread = this.unread;
    if (unread !== null && unread !== this.#lastUnread) {
      const previous = this.#lastUnread;
      this.#lastUnread = unread;
      this.emit(new EvUnreadChangeEvent({ unread, previous }));
    }
    this.requestUpdate();
  };

  /** Collects notifications that arrive together (live messages come one by one) for one announcement. */
  #onNew = (event: Event): void => {
    const fresh = (event as CustomEvent<EventNotification[]>).detail.filter((n) => !n.seen);
    if (!fresh.length) return;
    if (!this.#arrived.length) setTimeout(() => this.#tellNew(this.#arrived.splice(0)), 150);
    this.#arrived.push(...fresh);
  };

  #tellNew(fresh: EventNotification[]): void {
    const feed = this.#feed;
    if (!feed || !fresh.length) return;
    const s = this.i18n.notificationBell;
    // A live region in a hidden bell is never spoken: a bell on screen announces.
    if (feed.claim('announce', this, (bell) => (bell as Element).checkVisibility())) this.#announce(s.announce(fresh.length, fresh[0]!.body.slice(0, 160)));
    if (
      this.desktop &&
      globalThis.Notification?.permission === 'granted' &&
      (document.hidden || !document.hasFocus()) &&
      feed.claim('desktop', this)
    ) {
      const many = fresh.length > 3;
      for (const n of many ? fresh.slice(0, 1) : fresh) {
        // The tag collapses the copies other tabs show of the same notification.
        const note = new Notification(many ? s.desktopMany(fresh.length) : s.title, {
          body: many ? '' : n.body.slice(0, 500),
          tag: many ? 'ev-notifications' : n.pk,
          lang: this.effectiveLang,
        });
        note.onclick = () => {
          window.focus();
          note.close();
          if (many) this.show();
          else this.#activate(n);
        };
      }
    }
  }

  /** Says `text` in the polite live region (cleared first, so the same text is spoken again). */
  #announce(text: string): void {
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 50);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only a bell on the page uses a feed: an update after removal must not attach it again.
    this.#use(this.isConnected ? this.#client : undefined);
    const feed = this.#feed;
    if (feed && changed.has('pageSize')) feed.pageSize = this.pageSize;
    const at = this.#items.findIndex((n) => n.pk === this.#focusPk);
    if (at >= 0) this.#limit = Math.max(this.#limit, (this.#focus = at) + 1);
    if (changed.has('tab')) {
      this.#focus = 0;
      this.#focusPk = undefined;
      this.#limit = STEP;
      if (feed && this.#shown && (!feed.lists[this.tab].loaded || feed.lists[this.tab].stale)) void feed.load(this.tab);
    }
    this.setViewState(!feed ? 'no-client' : feed.unread !== null ? 'ready' : feed.countError ? 'error' : 'loading');
  }

  protected override firstUpdated(): void {
    // The button toggles the popover natively (and is not a light-dismiss target of it).
    this.renderRoot.querySelector<HTMLButtonElement>('.bell')!.popoverTargetElement = this.#panel;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const panel = this.#panel;
    // Only a change of `open` drives the popover (its own toggle event reports back later).
    if (changed.has('open') && panel && panel.matches(':popover-open') !== this.open) {
      if (this.open) panel.showPopover();
      else panel.hidePopover();
    }
    this.#observeMore();
    const articles = this.#articles;
    // The item elements are reused by position: when items arrived above, focus follows its notification.
    const active = this.shadowRoot!.activeElement;
    const at = articles.findIndex((a) => a.contains(active));
    if (at >= 0 && at !== this.#focus) {
      const article = articles[this.#focus];
      (article?.querySelector<HTMLElement>(`[part="${active!.getAttribute('part')}"]`) ?? article)?.focus();
    }
    if (this.#focusOnOpen && articles.length) {
      this.#focus = this.#focusOnOpen === 'last' ? articles.length - 1 : 0;
      this.#focusOnOpen = '';
      this.#focusItem(this.#focus);
    }
  }

  /** Loads the next page when the end of the list scrolls into view. */
  #observeMore(): void {
    const list = this.#feed?.lists[this.tab];
    const root = this.isConnected && this.renderRoot.querySelector('.list');
    const more = this.renderRoot.querySelector('.more');
    if (!root || !list) return;
    if (root !== this.#ioRoot) {
      this.#io?.disconnect();
      this.#ioRoot = root;
      this.#io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.#more();
        },
        { root, rootMargin: '0px 0px 240px 0px' },
      );
      this.#sentinel = undefined;
    }
    // Re-observing reports the current intersection again: a short page keeps loading.
    if (more !== this.#sentinel || (more && !list.loading)) {
      this.#io!.disconnect();
      if (more && !list.loading) this.#io!.observe(more);
      this.#sentinel = list.loading ? undefined : more;
    }
  }

  #onBeforeToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed') this.#restoreFocus = this.#panel!.contains(this.shadowRoot!.activeElement);
  };

  #onToggle = (event: ToggleEvent): void => {
    const open = event.newState === 'open';
    this.open = open;
    clearInterval(this.#timer);
    if (open) {
      this.#shown = true;
      this.#focusOnOpen = this.#openAt;
      this.#openAt = 'first';
      this.#now = Date.now();
      this.#timer = setInterval(() => {
        this.#now = Date.now();
        this.requestUpdate();
      }, 30_000);
      const list = this.#feed?.lists[this.tab];
      if (list && (!list.loaded || list.error || list.stale)) void this.#feed!.load(this.tab);
      this.#place();
      // Until the list is there, focus waits on the selected tab.
      void this.updateComplete.then(() => {
        if (this.#focusOnOpen) this.renderRoot.querySelector<HTMLElement>('[role=tab][tabindex="0"]')?.focus();
      });
    } else {
      this.#focusOnOpen = '';
      this.#limit = STEP;
      this.#focus = 0;
      this.#focusPk = undefined;
      if (this.#restoreFocus) this.renderRoot.querySelector<HTMLElement>('.bell')?.focus();
    }
    this.requestUpdate();
  };

  /** Positions the popover under the bell where CSS anchor positioning is missing. */
  #place(): void {
    const panel = this.#panel!;
    if (this.variant === 'drawer' || CSS.supports('position-area: bottom')) return;
    const r = this.renderRoot.querySelector('.bell')!.getBoundingClientRect();
    const width = panel.offsetWidth;
    const x = Math.max(8, Math.min(this.effectiveDir === 'rtl' ? r.left : r.right - width, innerWidth - width - 8));
    panel.style.inset = `${r.bottom + 4}px auto auto ${x}px`;
  }

  #onButtonKey = (event: KeyboardEvent): void => {
    if (this.open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    this.#openAt = event.key === 'ArrowUp' ? 'last' : 'first';
    this.show();
  };

  #onPanelKey = (event: KeyboardEvent): void => {
    // Any key (other than opening) means the user took over focus.
    this.#focusOnOpen = '';
    if (event.key === 'Escape' && this.variant === 'drawer') this.hide();
  };

  #onTabKey = (event: KeyboardEvent): void => {
    const keys: Record<string, FeedTab | undefined> = {
      ArrowLeft: this.tab === 'all' ? 'unread' : 'all',
      ArrowRight: this.tab === 'all' ? 'unread' : 'all',
      Home: 'unread',
      End: 'all',
    };
    const tab = keys[event.key];
    if (!tab) return;
    event.preventDefault();
    this.tab = tab;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };

  /** Feed keys: arrows / Page Up / Page Down move between notifications, Home / End to the ends, Enter opens. */
  #onFeedKey = (event: KeyboardEvent): void => {
    const articles = this.#articles;
    const current = articles.findIndex((a) => a.contains(event.target as Node));
    if (current < 0) return;
    const onItem = event.target === articles[current];
    const moves: Record<string, number> = { PageDown: current + 1, PageUp: current - 1 };
    if (onItem) Object.assign(moves, { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: this.#items.length - 1 });
    if (onItem && event.key === 'Enter') {
      event.preventDefault();
      this.#open(articles[current]!);
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next >= 0 && next < this.#items.length) void this.#reveal(next);
  };

  /** Renders the next notifications already loaded, or loads the next page. */
  #more(): void {
    if (this.#limit < this.#items.length) {
      this.#limit += STEP;
      this.requestUpdate();
    }
    // After a failed page only Retry asks again: each render re-observes the end of the list.
    else if (!this.#feed?.lists[this.tab].error) void this.#feed?.load(this.tab, true);
  }

  /**
   * Loads a failed page again. Its Retry button goes away: focus moves to the last item before a
   * next page, else waits on the selected tab for the first item (as on opening).
   */
  #retry(more = false): void {
    if (more) this.#focusItem(this.#articles.length - 1);
    else {
      this.#focusOnOpen = 'first';
      this.renderRoot.querySelector<HTMLElement>('[role=tab][tabindex="0"]')?.focus();
    }
    void this.#feed?.load(this.tab, more);
  }

  /** Focuses item `index`, rendering up to it first (in chunks, one per frame). */
  async #reveal(index: number): Promise<void> {
    while (this.#limit <= index) {
      this.#limit += STEP * 4;
      this.requestUpdate();
      await this.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    }
    this.#focusItem(index);
  }

  #focusItem(index: number): void {
    if (index !== this.#focus) this.requestUpdate();
    this.#focus = index;
    this.#focusPk = this.#items[index]?.pk;
    const article = this.#articles[index];
    article?.focus();
    article?.scrollIntoView({ block: 'nearest' });
  }

  #onFocusIn = (event: FocusEvent): void => {
    const index = this.#articles.findIndex((a) => a.contains(event.target as Node));
    if (index < 0) return;
    this.#focusPk = this.#items[index]?.pk;
    if (index !== this.#focus) {
      this.#focus = index;
      this.requestUpdate();
    }
  };

  #onListClick = (event: MouseEvent): void => {
    for (const target of event.composedPath()) {
      if (!(target instanceof HTMLElement) || target.matches('a, button')) return;
      if (target.localName === 'article') return this.#open(target);
    }
  };

  /** Opens an item: its link (through the link, so the browser's own navigation applies), else `#activate`. */
  #open(article: HTMLElement): void {
    const link = article.querySelector('a');
    if (link) link.click();
    else this.#activate(this.#items[Number(article.getAttribute('aria-posinset')) - 1]);
  }

  get #items(): EventNotification[] {
    return this.#feed?.lists[this.tab].items ?? [];
  }

  /** The default action of a notification, unless `ev-notification-click` is cancelled. */
  #activate(n: EventNotification | undefined, linkClick?: Event): void {
    if (!n) return;
    if (!this.emit(new EvNotificationClickEvent({ notification: n }))) {
      linkClick?.preventDefault();
      return;
    }
    void this.#markSeen(n);
    if (linkClick) return;
    const url = safeUrl(n.hyperlink);
    if (url) {
      if (isExternalUrl(url)) window.open(url, '_blank', 'noopener');
      else location.assign(url);
    } else if (n.event && this.emit(new EvSelectEvent({ event: n.event }))) {
      this.store?.update({ selection: n.event.pk });
    }
  }

  async #markSeen(n: EventNotification): Promise<void> {
    const feed = this.#feed;
    if (!feed || n.seen) return;
    if (await feed.markSeen(n.pk)) this.emit(new EvNotificationSeenEvent({ notifications: [n], all: false }));
    else if (feed.failed.has(n.pk)) this.#announce(this.i18n.notificationBell.seenFailed);
  }

  #onMark = (n: EventNotification): void => {
    // The button goes away with the unread state: keep focus on its notification.
    const index = this.#articles.findIndex((a) => a.contains(this.shadowRoot!.activeElement));
    if (index >= 0) this.#focusItem(index);
    void this.#markSeen(n);
  };

  #onMarkAll = async (): Promise<void> => {
    const ok = await this.markAllSeen();
    if (ok && !this.shadowRoot!.activeElement) this.renderRoot.querySelector<HTMLElement>('[role=tab][tabindex="0"]')?.focus();
  };

  #askDesktop = async (): Promise<void> => {
    await Notification.requestPermission();
    this.requestUpdate();
  };

  protected override render() {
    const s = this.i18n.notificationBell;
    const lang = this.effectiveLang;
    const n = this.unread ?? 0;
    // The name carries the badge's own text (label in name): `99+` above the cap.
    const count = n > this.max ? s.overflow(formatNumber(this.max, lang)) : formatNumber(n, lang);
    return html`<button
        type="button"
        class="bell"
        part="button"
        aria-haspopup="dialog"
        aria-label=${s.button(n, count)}
        @keydown=${this.#onButtonKey}
      >
        ${bellIcon()}${n ? html`<span class="badge" part="badge" aria-hidden="true">${count}</span>` : nothing}
      </button>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div
        id="panel"
        class="panel"
        part="panel"
        .popover=${'auto'}
        role="dialog"
        aria-label=${s.title}
        @beforetoggle=${this.#onBeforeToggle}
        @toggle=${this.#onToggle}
        @keydown=${this.#onPanelKey}
      >
        ${this.#shown ? this.#renderPanel() : nothing}
      </div>`;
  }

  #renderPanel() {
    const s = this.i18n.notificationBell;
    const feed = this.#feed;
    const head = html`<div class="head" part="header">
      <h2 part="title">${s.title}</h2>
      ${feed
        ? html`<button type="button" part="mark-all-button" ?disabled=${feed.markingAll || !this.unread} @click=${this.#onMarkAll}>${s.markAllRead}</button>`
        : nothing}
      ${this.variant === 'drawer'
        ? html`<button type="button" class="close" part="close-button" aria-label=${this.i18n.common.close} @click=${this.hide}>✕</button>`
        : nothing}
    </div>`;
    if (!feed) return html`${head}${this.renderNoClient()}`;
    const list = feed.lists[this.tab];
    return html`${head}
      <div class="tabs" part="tabs" role="tablist" aria-label=${s.title} @keydown=${this.#onTabKey}>
        ${TABS.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id=${`tab-${tab}`}
              aria-selected=${tab === this.tab ? 'true' : 'false'}
              aria-controls="list"
              tabindex=${tab === this.tab ? 0 : -1}
              @click=${() => (this.tab = tab)}
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
        aria-labelledby=${`tab-${this.tab}`}
        @click=${this.#onListClick}
        @keydown=${this.#onFeedKey}
        @focusin=${this.#onFocusIn}
      >
        ${list.error && !list.items.length
          ? this.renderError(list.error, () => this.#retry())
          : !list.loaded
            ? this.renderLoading()
            : !list.items.length
              ? this.renderEmpty(s.empty[this.tab])
              : this.#renderFeed()}
      </div>
      ${this.desktop && globalThis.Notification?.permission === 'default'
        ? html`<div class="foot" part="footer">
            <button type="button" part="desktop-button" @click=${this.#askDesktop}>${s.enableDesktop}</button>
          </div>`
        : nothing}`;
  }

  #renderFeed() {
    const feed = this.#feed!;
    const list = feed.lists[this.tab];
    const view = {
      t: this.i18n,
      lang: this.effectiveLang,
      timeZone: this.store?.timeZone ?? 'local',
      now: this.#now,
      size: list.next === null ? list.items.length : (list.total ?? -1),
      focus: Math.min(this.#focus, list.items.length - 1),
      index: 0,
      failed: false,
      onMark: this.#onMark,
      onLink: (e: Event, n: EventNotification) => {
        e.stopPropagation();
        this.#activate(n, e);
      },
      onEvent: (n: EventNotification) => this.#activate(n),
    };
    return html`<div role="feed" part="feed" aria-busy=${list.loading ? 'true' : 'false'} aria-labelledby=${`tab-${this.tab}`}>
        ${list.items.slice(0, this.#limit).map((n, index) => renderItem(n, { ...view, index, failed: feed.failed.has(n.pk) }))}
      </div>
      ${list.next !== null || this.#limit < list.items.length ? html`<div class="more" part="more">${list.loading ? this.renderLoading(this.i18n.notificationBell.loadingMore) : nothing}</div>` : nothing}
      ${list.error ? this.renderError(list.error, () => this.#retry(true)) : nothing}`;
  }
}
