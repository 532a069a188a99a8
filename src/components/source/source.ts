import { ContextProvider, provide } from '@lit/context';
import { type PropertyValues, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { EvElement } from '../../base/ev-element.js';
import type { EventFilter, EventsClient } from '../../client/types.js';
import { clientContext } from '../../context/client-context.js';
import { ContextFollower } from '../../context/context-follower.js';
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
 * Nested in another source (to scope a second filter over the same data), it has its own shared
 * state, and hands down the outer source's client until it is given one of its own: setting
 * `client` overrides the outer one for everything inside, and setting it back to `undefined`
 * falls back to the outer one. Likewise it takes the outer source's time zone (and follows it)
 * until it has one of its own (`time-zone`, the URL's `tz` with `sync-url`, or one set on its
 * store), which then stays; removing that attribute (or setting `''`) falls back to the outer zone. The language comes from `lang` on it or any ancestor, the outer
 * source's included. Its filter and selection are always its own.
 *
 * Elements follow the source they are in now: moved out of every source they drop its client and
 * state (standalone again: their own `client` or data, else no client); moved within it they keep
 * their data without a request; moved into another source they take that one's.
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

  /**
   * The events client handed to descendants (`createAuthentikClient(…)`, `createMemoryClient(…)` …).
   * Unset, a source inside another hands down the outer one's (this property stays `undefined`).
   */
  @property({ attribute: false })
  get client(): EventsClient | undefined {
    return this.#client;
  }
  set client(value: EventsClient | undefined) {
    this.#client = value;
    this.#provideClient();
  }

  #client?: EventsClient;
  /** The client of a source around this one (its request passes its own provider by). */
  #outerClient?: EventsClient;
  readonly #clientProvider: ContextProvider<typeof clientContext>;

  /** Mirrors the filter, time zone and selection into the page URL (shareable; back / forward work). */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /**
   * Time zone of every timestamp inside: `local` (default), `UTC` or an IANA name such as
   * `Europe/Berlin`. Unset (or `''`) in a source nested in another, the outer one's; reading it
   * gives the zone in effect.
   */
  @property({ attribute: 'time-zone', reflect: true })
  get timeZone(): string {
    return this.store.timeZone;
  }
  set timeZone(value: string | null | undefined) {
    this.#givenZone = value || undefined;
    this.#ownZone = this.#givenZone;
    this.#applyZone();
  }

  /** The zone the page gave this source (attribute or property), if any. */
  #givenZone?: string;
  /**
   * Its own zone, if any: the given one, the URL's `tz` (with `sync-url`), or one set on its store
   * directly. A source inside another follows the outer zone only without one.
   */
  #ownZone?: string;
  /** The store of a source around this one (its request passes its own provider by). */
  #outerStore?: EvStore;

  /** The shared state. Elements inside read and change it; listen for its `change` events. */
  @provide({ context: storeContext })
  readonly store: EvStore = new EvStore();

  #urlSync?: UrlSync;
  /**
   * The given zone when the URL was first read: what a URL without `tz` means (none: the outer
   * source's zone, followed, else `local`).
   */
  #urlDefaultZone?: string;
  #urlRead = false;

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
    // Before the provider: the outer client is known when this source announces itself to the
    // elements inside (upgraded after them, it takes them over without handing them `undefined`).
    new ContextFollower(this, clientContext, (value) => {
      this.#outerClient = value;
      this.#provideClient();
    });
    this.#clientProvider = new ContextProvider(this, { context: clientContext });
    new ContextFollower(this, storeContext, (value) => this.#followOuter(value));
  }

  #followOuter(outer: EvStore | undefined): void {
    if (outer !== this.#outerStore) {
      this.#outerStore?.removeEventListener('change', this.#onOuterChange);
      outer?.addEventListener('change', this.#onOuterChange);
      this.#outerStore = outer;
    }
    this.#applyZone();
  }

  #onOuterChange = (event: Event): void => {
    if ((event as StoreChangeEvent).changed.has('timeZone')) this.#applyZone();
  };

  /** Its own zone, else the outer source's, else `local`. */
  #zoneInEffect(): string {
    return this.#ownZone ?? this.#outerStore?.timeZone ?? 'local';
  }

  #applyZone(): void {
    this.store.update({ timeZone: this.#zoneInEffect() });
  }

  /** Hands down its own client, else the outer source's; consumers hear only of a change. */
  #provideClient(): void {
    this.#clientProvider.setValue(this.#client ?? this.#outerClient);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.#startUrlSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Let go of the outer store (the follower hands it, or none, back on the next connect).
    this.#outerStore?.removeEventListener('change', this.#onOuterChange);
    this.#outerStore = undefined;
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
    if (!this.#urlRead) this.#urlDefaultZone = this.#givenZone;
    this.#urlRead = true;
    this.#urlSync = new UrlSync(this.store, {
      default: () => this.#urlDefaultZone ?? this.#outerStore?.timeZone ?? 'local',
      fromUrl: (tz) => {
        this.#ownZone = tz ?? this.#urlDefaultZone;
        return this.#zoneInEffect();
      },
    });
    this.#urlSync.connect();
  }

  #onStoreChange = (event: Event): void => {
    const { changed } = event as StoreChangeEvent;
    // A zone set on the store other than the one this source works out is its own from now on.
    if (changed.has('timeZone') && this.store.timeZone !== this.#zoneInEffect()) this.#ownZone = this.store.timeZone;
    if (changed.has('timeZone')) this.requestUpdate('timeZone');
    if (changed.has('filter')) this.emit(new EvFilterChangeEvent({ filter: this.store.filter }));
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
