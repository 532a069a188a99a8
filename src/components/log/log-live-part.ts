/**
 * The live part of `<ev-log>`: the tail (the client's live events, else polling every
 * `poll-interval`; a new interval takes effect at once), the rows it brings (log-live.ts) and the
 * "N new events" button. The button's first appearance is announced politely; activating it
 * puts focus on the first new row (or on the grid, whose header stays while showing them reloads)
 * instead of leaving it on a button that goes away. The connection's state is said when it goes
 * offline (once, however often it retries), when live updates stopped, and when either is over;
 * not at the start, nor when the element stops the tail itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord, EventsClient, LiveStatus } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { LiveTail } from './live-tail.js';
import { LiveRows, type LiveRowsHost } from './log-live.js';
import type { RowCache } from './row-cache.js';
import { DEFAULT_ORDERING } from './row-source.js';
import type { VirtualGrid } from './virtual-grid.js';

/** The element's public state the live part follows. */
export interface LogLiveView {
  readonly live: boolean;
  readonly paused: boolean;
  readonly pollInterval: number;
  readonly mode: 'scroll' | 'pages';
  readonly ordering: string;
  readonly rowHeight: number;
  readonly events?: readonly EventRecord[];
  readonly effectiveClient?: EventsClient;
  readonly store: EvStore;
  readonly effectiveLang: string;
}

/** The element's private parts the live part uses. */
export interface LogLiveInternals {
  readonly grid: VirtualGrid;
  cache(): RowCache | undefined;
  /** Reloads from the first page. */
  reload(): void;
  requestUpdate(): void;
  announce(text: string): void;
  translation(): Translation;
}

export class LogLivePart {
  readonly rows: LiveRows;
  readonly tail: LiveTail;
  /** The button's appearance was announced (until it goes away). */
  #announced = false;
  /** Offline or stopped was said: the next `open` / `polling` is said too. */
  #down = false;

  readonly #host: LiveRowsHost;

  constructor(
    readonly el: LogLiveView,
    readonly x: LogLiveInternals,
  ) {
    this.#host = {
      cache: () => x.cache(),
      // An `.events` array has no live events.
      client: () => (el.events ? undefined : el.effectiveClient),
      grid: x.grid,
      filter: () => el.store.filter,
      // A newest-first list: new events belong at the top.
      streaming: () => el.mode === 'scroll' && el.ordering === DEFAULT_ORDERING,
      paused: () => el.paused,
      atTop: () => x.grid.virtualTop < el.rowHeight / 2,
      reload: () => x.reload(),
      requestUpdate: () => x.requestUpdate(),
    };
    this.rows = new LiveRows(this.#host);
    this.tail = new LiveTail({
      onEvents: (events) => this.rows.receive(events),
      onStatus: (status) => {
        this.#sayStatus(status);
        x.requestUpdate();
      },
      onOpen: () => this.rows.opened(),
      pollIntervalMs: () => el.pollInterval,
    });
  }

  /** Rows loaded with this client: a tail stopped on an auth or config error can start again. */
  loaded(): void {
    this.rows.loaded();
    this.tail.resume();
  }

  /**
   * Before a render: the tail runs while `live` with a client (only while connected: stopping it
   * requests an update, which must not reopen it), a resume at the top shows what was held, and
   * the button's first appearance is announced.
   */
  update(connected: boolean, resumed: boolean): void {
    const host = this.#host;
    const client = host.client();
    if (this.el.live && client && connected) this.tail.start(client);
    else this.tail.stop();
    if (resumed && host.atTop()) this.rows.show();
    if (this.rows.count === 0) this.#announced = false;
    else if (!this.#announced) {
      this.#announced = true;
      this.x.announce(this.#label());
    }
  }

  /** The toolbar's live state (none without a live client). */
  status(): { status: LiveStatus | 'paused'; paused: boolean } | undefined {
    const { el } = this;
    if (!el.live || !this.#host.client()) return undefined;
    return { status: el.paused ? 'paused' : this.tail.status, paused: el.paused };
  }

  /** The "N new events" button (while events are held). */
  renderButton(): TemplateResult | typeof nothing {
    if (this.rows.count === 0) return nothing;
    return html`<button type="button" class="new-events primary" part="new-events" @click=${this.#activate}>${this.#label()}</button>`;
  }

  #sayStatus(status: LiveStatus): void {
    if (!this.tail.active) return;
    const said = (down: boolean) => {
      this.#down = down;
      this.x.announce(this.x.translation().log.live.status[status]);
    };
    if (status === 'offline' && !this.#down) said(true);
    else if (status === 'closed') said(true);
    else if ((status === 'open' || status === 'polling') && this.#down) said(false);
  }

  #label(): string {
    const n = this.rows.count;
    return this.x.translation().log.live.newEvents(n, formatNumber(n, this.el.effectiveLang));
  }

  #activate = (e: Event): void => {
    const focused = (e.currentTarget as HTMLElement).matches(':focus');
    const inserted = this.rows.show();
    if (!focused) return;
    const { grid } = this.x;
    grid.moveFocus(inserted ? 0 : -1, grid.focus.col);
  };
}
