export type LogColumnId = 'action' | 'user' | 'created' | 'client_ip' | 'brand';
export type RangePreset = 'any' | '1h' | '24h' | '7d' | '30d' | 'custom';
export type LiveState = 'connecting' | 'open' | 'polling' | 'offline' | 'closed' | 'paused';

export interface LogStrings {
  /** Accessible name of the table. */
  label: string;
  columns: Record<Exclude<LogColumnId, 'created'>, string> & {
    /** The created column's header, naming the time zone (e.g. `Created (UTC)`). */
    created: (zone: string) => string;
  };
  /** Accessible name of a sort button. */
  sortBy: (column: string) => string;
  /** Said once a header's new order has loaded. */
  sorted: (column: string, direction: 'ascending' | 'descending') => string;
  /** Events count in the toolbar. */
  count: (formatted: string, n: number) => string;
  /** Count when the source only knows a lower bound. */
  countAtLeast: (formatted: string) => string;
  onBehalfOf: (username: string) => string;
  authenticatedAs: (username: string) => string;
  /**
   * A username with nothing visible (only zero-width, bidi or other invisible characters, or
   * white space), shown with its code points (`U+200B U+2066`) instead of a blank cell.
   */
  invisibleName: (codes: string) => string;
  /** A cell without a value. */
  none: string;
  /** The time of an event whose `created` is no time (an unvalidated source handed over a number, words or nothing). */
  timeUnknown: string;
  /** Loading skeleton's announcement. */
  loadingEvents: string;
  /** A row whose page is still on its way. */
  rowLoading: string;
  /** Inline message on the rows of a page that failed. */
  pageFailed: (from: string, to: string) => string;
  empty: string;
  emptyFiltered: string;
  clearFilters: string;
  refresh: string;
  /** Label of the region with an expanded row's details. */
  details: (action: string) => string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  collapse: string;
  columnsButton: string;
  columnsLegend: string;
  exportButton: string;
  exportCsv: string;
  exportJson: string;
  /** Said and shown when an export starts, before its first page (no count yet). */
  exportStarting: string;
  exportProgress: (done: string, total: string | null) => string;
  exportDone: (count: string) => string;
  exportTruncated: (count: string) => string;
  exportCancelled: string;
  exportFailed: string;
  cancel: string;
  live: {
    toggle: string;
    pause: string;
    resume: string;
    status: Record<LiveState, string>;
    newEvents: (n: number, formatted: string) => string;
  };
  filters: {
    label: string;
    /** The button a narrow filter bar folds its fields behind, with how many of them are set (number, formatted). */
    toggle: (n: number, formatted: string) => string;
    /** Names the filter fields' region (a narrow bar scrolls it on its own). */
    fields: string;
    actions: string;
    allActions: string;
    selectedActions: (n: number) => string;
    actionsLoading: string;
    actionsFailed: string;
    clearActions: string;
    username: string;
    clientIp: string;
    /** The button that shows the model fields. */
    model: string;
    modelApp: string;
    modelName: string;
    modelPk: string;
    search: string;
    range: string;
    presets: Record<RangePreset, string>;
    from: string;
    to: string;
    /** A custom range whose end is not after its start (it matches no time). */
    rangeInverted: string;
    /** Filters without a field of their own, shown as removable chips. */
    brand: string;
    authorizedApp: string;
    /** The map's area, e.g. `47.3° N – 55.1° N, 5.9° E – 15.0° E`. */
    area: string;
    /** Compass letters after a coordinate. */
    compass: { north: string; south: string; east: string; west: string };
    /** Accessible name of a chip's remove button. */
    remove: (filter: string) => string;
  };
  pager: {
    label: string;
    first: string;
    previous: string;
    next: string;
    last: string;
    status: (page: string, pages: string) => string;
    /** In place of the status while a new result (another filter) loads: its page count is not known yet. */
    counting: string;
  };
  summary: {
    label: string;
    pk: string;
    created: string;
    app: string;
    user: string;
    clientIp: string;
    location: string;
    brand: string;
    context: string;
    /** After a Context cut for length: how many characters (formatted, and the number) are not shown. */
    contextCut: (formatted: string, n: number) => string;
    /** Copies the whole Context JSON (shown when it is cut). */
    copyContext: string;
    contextCopied: string;
    contextCopyFailed: string;
    /** Copies a value cut for length whole (shown under it). */
    copyValue: string;
    /** The copy button's accessible name: `copyValue` with the field's term. */
    copyValueOf: (term: string) => string;
    valueCopied: string;
    valueCopyFailed: string;
  };
}

declare module '../../i18n/translation.js' {
  interface Translation {
    log: LogStrings;
  }
}

const plural = new Intl.PluralRules('en');

/**
 * English strings. Registered by log.ts (not here): a module imported only for its side effect is
 * dropped by bundlers under the package's `sideEffects` list.
 */
export const logStrings: LogStrings = {
  label: 'Events',
  columns: {
    action: 'Action',
    user: 'User',
    created: (zone) => `Created (${zone})`,
    client_ip: 'Client IP',
    brand: 'Brand',
  },
  sortBy: (column) => `Sort by ${column}`,
  sorted: (column, direction) => `Sorted by ${column}, ${direction}`,
  count: (formatted, n) => `${formatted} ${plural.select(n) === 'one' ? 'event' : 'events'}`,
  countAtLeast: (formatted) => `${formatted}+ events`,
  onBehalfOf: (username) => `on behalf of ${username}`,
  authenticatedAs: (username) => `as ${username}`,
  invisibleName: (codes) => `(invisible name: ${codes})`,
  none: '—',
  timeUnknown: 'Time unknown',
  loadingEvents: 'Loading events…',
  rowLoading: 'Loading…',
  pageFailed: (from, to) => `Rows ${from}–${to} could not be loaded.`,
  empty: 'No events yet.',
  emptyFiltered: 'No events match these filters.',
  clearFilters: 'Clear filters',
  refresh: 'Refresh',
  details: (action) => `Details: ${action}`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'The link could not be copied.',
  collapse: 'Collapse',
  columnsButton: 'Columns',
  columnsLegend: 'Visible columns',
  exportButton: 'Export',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exportStarting: 'Exporting events…',
  exportProgress: (done, total) => (total === null ? `Exporting… ${done} events` : `Exporting… ${done} of ${total} events`),
  exportDone: (count) => `Exported ${count} events.`,
  exportTruncated: (count) => `Exported the first ${count} events (the export limit).`,
  exportCancelled: 'Export cancelled.',
  exportFailed: 'The export failed.',
  cancel: 'Cancel',
  live: {
    toggle: 'Live',
    pause: 'Pause',
    resume: 'Resume',
    status: {
      connecting: 'Connecting…',
      open: 'Live',
      polling: 'Live (polling)',
      offline: 'Offline, retrying',
      closed: 'Live updates stopped',
      paused: 'Paused',
    },
    newEvents: (n, formatted) => `${formatted} new ${plural.select(n) === 'one' ? 'event' : 'events'}`,
  },
  filters: {
    label: 'Filters',
    toggle: (n, formatted) => (n ? `Filters (${formatted})` : 'Filters'),
    fields: 'Filter fields',
    actions: 'Actions',
    allActions: 'All actions',
    selectedActions: (n) => `${n} ${plural.select(n) === 'one' ? 'action' : 'actions'}`,
    actionsLoading: 'Loading actions…',
    actionsFailed: 'The actions could not be loaded.',
    clearActions: 'All actions',
    username: 'Username',
    clientIp: 'Client IP',
    model: 'Model…',
    modelApp: 'Model app',
    modelName: 'Model name',
    modelPk: 'Model pk',
    search: 'Search',
    range: 'Time',
    presets: {
      any: 'Any time',
      '1h': 'Last hour',
      '24h': 'Last 24 hours',
      '7d': 'Last 7 days',
      '30d': 'Last 30 days',
      custom: 'Custom range',
    },
    from: 'From',
    to: 'To',
    rangeInverted: '“To” is not after “From”: no time matches.',
    brand: 'Brand',
    authorizedApp: 'Authorized application',
    area: 'Area',
    compass: { north: 'N', south: 'S', east: 'E', west: 'W' },
    remove: (filter) => `Remove filter: ${filter}`,
  },
  pager: {
    label: 'Pages',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    status: (page, pages) => `Page ${page} of ${pages}`,
    counting: 'Counting pages…',
  },
  summary: {
    label: 'Event summary',
    pk: 'ID',
    created: 'Created',
    app: 'App',
    user: 'User',
    clientIp: 'Client IP',
    location: 'Location',
    brand: 'Brand',
    context: 'Context',
    contextCut: (formatted, n) => `${formatted} more ${plural.select(n) === 'one' ? 'character' : 'characters'} not shown.`,
    copyContext: 'Copy whole context',
    contextCopied: 'Context copied',
    contextCopyFailed: 'The context could not be copied.',
    copyValue: 'Copy whole value',
    copyValueOf: (term) => `Copy whole value (${term})`,
    valueCopied: 'Value copied',
    valueCopyFailed: 'The value could not be copied.',
  },
};
