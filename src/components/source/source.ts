import { provide } from '@lit/context';
import { type PropertyValues, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { EvElement } from '../../base/ev-element.js';
import type { EventFilter, EventsClient } from '../../client/types.js';
import { clientContext } from '../../context/client-context.js';
import { storeContext } from '../../context/store-context.js';
import { EvStore, type StoreChangeEvent } from '../../context/store.js';
import { UrlSync } from '../../context/url-sync.js';
import { EvFilterChangeEvent } from '../../events/ev-filter-change.js';
import { inLayer } from '../../styles/layer.js';

/**
 * Provides one events client and one shared state (filter, time zone, selection) to every
 * ev-* element inside it, including elements inside other components' shadow roots. Place it
 * around a whole admin page or around one widget.
 *
 * @tagname ev-source
 * @summary Context provider: hands an events client and the shared filter to the ev-* elements inside it.
 *
 * @slot - The elements (and any markup) that use the client.
 *
 * @fires {EvFilterChangeEvent} ev-filter-change - The shared filter changed (from any element inside, the URL, or `.filter`).
 */
export class EvSource extends EvElement {
  static override styles = [
    EvElement.styles,
    inLayer(css`
      :host {
        display: contents;
      }
    `),
  ];

  /** The events client handed to descendants (`createAuthentikClient(…)`, `createMemoryClient(…)` …). */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client?: EventsClient;

  /** Mirrors the filter, time zone and selection into the page URL (shareable; back / forward work). */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /** Time zone of every timestamp inside: `local` (default), `UTC` or an IANA name such as `Europe/Berlin`. */
  @property({ attribute: 'time-zone', reflect: true })
  get timeZone(): string {
    return this.store.timeZone;
  }
  set timeZone(value: string) {
    this.store.update({ timeZone: value || 'local' });
  }

  /** The shared state. Elements inside read and change it; listen for its `change` events. */
  @provide({ context: storeContext })
  readonly store: EvStore = new EvStore();

  #urlSync?: UrlSync;
  /** The zone before the URL was first read (the `time-zone` attribute): what a URL without `tz` means. */
  #urlDefaultZone?: string;

  /** The filter every element inside follows. Setting it replaces the whole filter. */
  get filter(): EventFilter {
    return this.store.filter;
  }
  set filter(value: EventFilter) {
    this.store.setFilter(value ?? {});
  }

  /** pk of the selected event, or null. */
  get selection(): string | null {
    return this.store.selection;
  }
  set selection(value: string | null) {
    this.store.update({ selection: value });
  }

  constructor() {
    super();
    this.store.addEventListener('change', this.#onStoreChange);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#startUrlSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#urlSync?.disconnect();
    this.#urlSync = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('syncUrl')) return;
    if (this.syncUrl) this.#startUrlSync();
    else {
      this.#urlSync?.disconnect();
      this.#urlSync = undefined;
    }
  }

  #startUrlSync(): void {
    if (this.#urlSync || !this.isConnected) return;
    this.#urlDefaultZone ??= this.store.timeZone;
    this.#urlSync = new UrlSync(this.store, this.#urlDefaultZone);
    this.#urlSync.connect();
  }

  #onStoreChange = (event: Event): void => {
    const { changed } = event as StoreChangeEvent;
    if (changed.has('timeZone')) this.requestUpdate('timeZone');
    if (changed.has('filter')) this.emit(new EvFilterChangeEvent({ filter: this.store.filter }));
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
