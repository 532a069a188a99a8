export interface EvExportDetail {
  format: 'csv' | 'json';
  /** The exported file. */
  blob: Blob;
  /** Suggested file name, e.g. `events-20261120-120000.csv`. */
  filename: string;
  /** Events written. */
  count: number;
  /** True when the export stopped at the element's `export-limit`. */
  truncated: boolean;
}

/** Fired by `<ev-log>` when an export finished. Cancel it to handle the file yourself instead of downloading it. */
export class EvExportEvent extends CustomEvent<EvExportDetail> {
  static readonly eventName = 'ev-export' as const;
  constructor(detail: EvExportDetail) {
    super(EvExportEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-export': EvExportEvent;
  }
}
