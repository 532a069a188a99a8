/**
 * The live part of `<ev-log>`: the tail (the client's live events, else polling every
 * `poll-interval`; a new interval takes effect at once), the rows it brings (log-live.ts) and the
 * "N new events" button. The button's first appearance is announced politely; activating it
 * puts focus on the first new row (or on the grid, whose header stays while showing them reloads)
 * instead of leaving it on a button that goes away.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventsClient, LiveStatus } from '../../client/types.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { LiveTail } from './live-tail.js';
import { LiveRows, type LiveRowsHost } from './log-live.js';

export interface LogLiveHost extends LiveRowsHost {
  /** The `live` property. */
  live(): boolean;
  pollIntervalMs(): number;
  announce(text: string): void;
  translation(): Translation;
  lang(): string;
}

export class LogLivePart {
  readonly rows: LiveRows;
  readonly tail: LiveTail;
  /** The button's appearance was announced (until it goes away). */
  #announced = false;

  constructor(readonly host: LogLiveHost) {
    this.rows = new LiveRows(host);
    this.tail = new LiveTail({
      onEvents: (events) => this.rows.receive(events),
      onStatus: () => host.requestUpdate(),
      onOpen: () => this.rows.opened(),
      pollIntervalMs: () => host.pollIntervalMs(),
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
    const { host } = this;
    const client: EventsClient | undefined = host.client();
    if (host.live() && client && connected) this.tail.start(client);
    else this.tail.stop();
    if (resumed && host.atTop()) this.rows.show();
    if (this.rows.count === 0) this.#announced = false;
    else if (!this.#announced) {
      this.#announced = true;
      host.announce(this.#label());
    }
  }

  /** The toolbar's live state (none without a live client). */
  status(): { status: LiveStatus | 'paused'; paused: boolean } | undefined {
    const { host } = this;
    if (!host.live() || !host.client()) return undefined;
    return { status: host.paused() ? 'paused' : this.tail.status, paused: host.paused() };
  }

  /** The "N new events" button (while events are held). */
  renderButton(): TemplateResult | typeof nothing {
    if (this.rows.count === 0) return nothing;
    return html`<button type="button" class="new-events primary" part="new-events" @click=${this.#activate}>${this.#label()}</button>`;
  }

  #label(): string {
    const n = this.rows.count;
    return this.host.translation().log.live.newEvents(n, formatNumber(n, this.host.lang()));
  }

  #activate = (e: Event): void => {
    const focused = (e.currentTarget as HTMLElement).matches(':focus');
    const inserted = this.rows.show();
    if (!focused) return;
    const { grid } = this.host;
    grid.moveFocus(inserted ? 0 : -1, grid.focus.col);
  };
}
