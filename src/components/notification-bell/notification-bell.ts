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
import { apiClient } from './bell-client.js';
import { bellIcon, clip, orIfBlank } from './bell-item.js';
import { type FeedTab, type NotificationFeed, feedFor } from './feed.js';
import { bellStyles } from './notification-bell.styles.js';
import { notificationBellStrings } from './notification-bell.strings.js';
import { bellPanel } from './bell-panel.js';
import { followBell } from './bell-place.js';

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
 * @cssprop --ev-notification-bell-panel-width - Width of the popover panel, a length or a keyword as `max-content` (default 24rem; the popover keeps 8 px from the viewport's edges).
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
  #restoreFocus = false;
  #lastUnread: number | null = null;
  #timer?: ReturnType<typeof setInterval>;
  #arrived: EventNotification[] = [];
  #more = false;
  #said: string[] = [];
  #now = Date.now();
  /** The panel's content, focus and keys (bell-panel.ts). */
  readonly #panelContent = bellPanel(this, () => this.#feed, (n, linkClick) => this.#activate(n, linkClick), (n) => this.#markSeen(n));

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
    // Back on the page: the feed again at once, so a bell only moved in the DOM keeps it (its
    // release waits a microtask) without asking for the count again; the next update re-checks.
    if (this.hasUpdated) this.#use(this.#client);
    this.requestUpdate();
    addEventListener('online', this.#rerender);
    addEventListener('offline', this.#rerender);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#rerender);
    removeEventListener('offline', this.#rerender);
    this.#use(undefined);
    this.#panelContent.stop();
    clearInterval(this.#timer);
    // Leaving the document hides the popover without a toggle event: say so.
    this.open = false;
    followBell(this);
  }

  #rerender = (): void => this.requestUpdate();

  /** Switches to the feed of `client` (every bell with the same client shares it). */
  #use(client: NotificationClient | undefined): void {
    if (client === this.#feed?.client) return;
    this.#release?.();
    this.#feed?.removeEventListener('change', this.#onChange);
    this.#feed?.removeEventListener('new', this.#onNew);
    this.#feed?.removeEventListener('more', this.#onMore);
    this.#feed = this.#release = undefined;
    if (!client) return;
    const feed = (this.#feed = feedFor(client));
    feed.pageSize = this.pageSize;
    feed.addEventListener('change', this.#onChange);
    feed.addEventListener('new', this.#onNew);
    feed.addEventListener('more', this.#onMore);
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

  /** More arrived than the batch being collected holds (the feed resyncs): it is announced as "more than". */
  #onMore = (): boolean => (this.#more = this.#arrived.length > 0);

  #tellNew(fresh: EventNotification[]): void {
    const feed = this.#feed;
    const more = this.#more;
    this.#more = false;
    if (!feed || !fresh.length) return;
    const s = this.i18n.notificationBell;
    const count = formatNumber(fresh.length, this.effectiveLang);
    // A live region in a hidden bell is never spoken: a bell on screen announces.
    const text = more ? s.announceMore(fresh.length, count) : s.announce(fresh.length, clip(orIfBlank(fresh[0]!.body, s.severity[fresh[0]!.severity]), 160), count);
    if (feed.claim('announce', this, (bell) => (bell as Element).checkVisibility())) this.#announce(text);
    if (
      this.desktop &&
      globalThis.Notification?.permission === 'granted' &&
      (document.hidden || !document.hasFocus()) &&
      feed.claim('desktop', this)
    ) {
      const many = fresh.length > 3;
      for (const n of many ? fresh.slice(0, 1) : fresh) {
        // The tag collapses the copies other tabs show of the same notification.
        const note = new Notification(more ? text : many ? s.desktopMany(fresh.length, count) : s.title, {
          // A body of nothing visible reads as its severity, as in the panel (what is shown counts: 499 invisible characters and "…" are nothing visible either).
          body: many ? '' : orIfBlank(n.body.slice(0, 499), '') && clip(n.body, 500) || s.severity[n.severity],
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

  /**
   * Says `text` in the polite live region (cleared first, so the same text is spoken again). Texts
   * coming within those 50 ms are said together: a later one does not replace it.
   */
  #announce(text: string): void {
    if (this.#said.push(text) > 1) return;
    this.announcement = '';
    setTimeout(() => (this.announcement = this.#said.splice(0).join(' ')), 50);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only a bell on the page uses a feed: an update after removal must not attach it again.
    this.#use(this.isConnected ? this.#client : undefined);
    const feed = this.#feed;
    if (feed && changed.has('pageSize')) feed.pageSize = this.pageSize;
    this.#panelContent.update(changed.has('tab'));
    if (changed.has('tab') && feed && this.#shown && (!feed.lists[this.tab].loaded || feed.lists[this.tab].stale)) void feed.load(this.tab);
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
    // Without CSS anchor positioning: the open popover placed by script (bell-place.ts), the drawer left to its styles.
    if (changed.has('variant')) followBell(this);
    this.#panelContent.updated();
  }

  #onBeforeToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed') this.#restoreFocus = this.#panel!.contains(this.shadowRoot!.activeElement);
  };

  #onToggle = (): void => {
    // The panel's state now, not the event's: the event is queued, and a bell removed since then
    // is closed (an "open" arriving after removal would re-open a detached bell and start its timer).
    const open = this.#panel!.matches(':popover-open');
    this.open = open;
    clearInterval(this.#timer);
    if (open) {
      this.#shown = true;
      this.#panelContent.toggled(true);
      this.#now = Date.now();
      this.#timer = setInterval(() => {
        this.#now = Date.now();
        this.requestUpdate();
      }, 30_000);
      const list = this.#feed?.lists[this.tab];
      if (list && (!list.loaded || list.error || list.stale)) void this.#feed!.load(this.tab);
    } else {
      this.#panelContent.toggled(false);
      if (this.#restoreFocus) this.renderRoot.querySelector<HTMLElement>('.bell')?.focus();
    }
    followBell(this);
    this.requestUpdate();
  };

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
    if (await feed.markSeen(n.pk, n)) this.emit(new EvNotificationSeenEvent({ notifications: [n], all: false }));
    else if (feed.failed.has(n.pk)) this.#announce(this.i18n.notificationBell.seenFailed);
  }

  protected override render() {
    const s = this.i18n.notificationBell;
    const lang = this.effectiveLang;
    const n = this.unread ?? 0;
    // The count never came: "!", not the look of nothing unread.
    const failed = this.viewState === 'error';
    // The name carries the badge's own text (label in name): `99+` above the cap.
    const count = failed ? '!' : n > this.max ? s.overflow(formatNumber(this.max, lang)) : formatNumber(n, lang);
    return html`<button
        type="button"
        class="bell"
        part="button"
        aria-haspopup="dialog"
        aria-label=${failed ? s.countUnavailable : s.button(n, count)}
        @keydown=${this.#panelContent.buttonKey}
      >
        ${bellIcon()}${n || failed ? html`<span class="badge" part="badge" aria-hidden="true">${count}</span>` : nothing}
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
        @keydown=${this.#panelContent.panelKey}
        @focusout=${this.#panelContent.panelFocusOut}
      >
        ${this.#shown ? this.#panelContent.render(this.i18n, this.#now) : nothing}
      </div>`;
  }
}
