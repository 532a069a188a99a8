/**
 * The bridges from `<ev-log>` to its filter bar, its exporter and the panel of an expanded row
 * (the grid's is in log-grid-host.ts): what each part reads of the element and may ask of it.
 */
import type { ReactiveController } from 'lit';
import type { EventRecord, EventsClient } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import type { Translation } from '../../i18n/translation.js';
import type { FilterBarHost } from './filter-bar.js';
import type { ExportHost } from './log-export.js';
import type { PartsHost } from './log-parts.js';
import type { PageFetcher } from './row-cache.js';
import type { VirtualGrid } from './virtual-grid.js';

/** The element's public state the parts read. */
export interface LogHostView {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly store: EvStore;
  readonly events?: readonly EventRecord[];
  readonly effectiveClient: EventsClient | undefined;
  readonly effectiveLang: string;
  readonly exportLimit: number;
  requestUpdate(): void;
  addController(controller: ReactiveController): void;
}

/** The element's private parts they use. */
export interface LogHostInternals {
  translation(): Translation;
  emit(event: Event): boolean;
  announce(text: string): void;
  fetcher(): PageFetcher | undefined;
  grid: VirtualGrid;
}

export function logFilterHost(el: LogHostView, x: LogHostInternals): FilterBarHost {
  return {
    store: () => el.store,
    client: () => (el.events ? undefined : el.effectiveClient),
    root: () => el.renderRoot as ShadowRoot,
    localActions: () => (el.events ? [...new Set(el.events.map((e) => e.action))].sort() : undefined),
    translation: () => x.translation(),
    lang: () => el.effectiveLang,
    requestUpdate: () => el.requestUpdate(),
    addController: (c) => el.addController(c),
    announce: (text) => x.announce(text),
  };
}

export function logExportHost(el: LogHostView, x: LogHostInternals): ExportHost {
  return {
    fetcher: () => x.fetcher(),
    timeZone: () => el.store.timeZone,
    limit: () => el.exportLimit,
    translation: () => x.translation(),
    lang: () => el.effectiveLang,
    requestUpdate: () => el.requestUpdate(),
    emit: (event) => x.emit(event),
    addController: (c) => el.addController(c),
    root: () => el.renderRoot as ShadowRoot,
    announce: (text) => x.announce(text),
  };
}

export function logPartsHost(el: LogHostView, x: LogHostInternals): PartsHost {
  return {
    t: x.translation(),
    lang: el.effectiveLang,
    store: el.store,
    grid: x.grid,
    announce: (text) => x.announce(text),
  };
}
