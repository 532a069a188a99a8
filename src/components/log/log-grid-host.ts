/** The bridge from `<ev-log>` to its virtual grid: data, headers, sorting, activation, texts. */
import type { TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import { EvSelectEvent } from '../../events/ev-select.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { COLUMNS, type CellContext } from './columns.js';
import type { GridHost } from './grid-host.js';
import type { LogColumnId } from './log.strings.js';
import type { RowCache } from './row-cache.js';

/** The element's public state the grid reads. */
export interface LogView {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveDir: 'ltr' | 'rtl';
  readonly effectiveLang: string;
  readonly store: EvStore;
  readonly columns: readonly LogColumnId[];
  readonly rowHeight: number;
  readonly ordering: string;
  readonly noExpand: boolean;
}

/** The element's private parts the grid uses. */
export interface LogInternals {
  cache(): RowCache | undefined;
  cellContext(): CellContext;
  zoneLabel(lang: string): string;
  setView(patch: { ordering?: string; page?: number }): void;
  /** Says `text` once the next result's first page has loaded. */
  sayWhenLoaded(text: () => string): void;
  emit(event: Event): boolean;
  translation(): Translation;
  panel(event: EventRecord): TemplateResult;
}

/** The next ordering when a column's header is clicked: its field ascending, then descending (created starts descending). */
export function nextOrdering(current: string, column: { id: LogColumnId; ordering: string }): string {
  const field = current.replace(/^-/, '');
  if (field === column.ordering) return current.startsWith('-') ? column.ordering : `-${column.ordering}`;
  return column.id === 'created' ? '-created' : column.ordering;
}

export function logGridHost(el: LogView, x: LogInternals): GridHost {
  return {
    get renderRoot() {
      return el.renderRoot;
    },
    get effectiveDir() {
      return el.effectiveDir;
    },
    gridColumns: () => COLUMNS.filter((c) => el.columns.includes(c.id)),
    gridRowHeight: (rootFontPx) => Math.round(Math.max(24, el.rowHeight || 48) * textScale(rootFontPx)),
    gridTotal: () => x.cache()?.total ?? 0,
    gridTotalKnown: () => x.cache()?.totalKnown ?? false,
    gridRow: (i) => x.cache()?.row(i) ?? { kind: 'loading' },
    gridWant: (first, last) => x.cache()?.want(first, last),
    gridCellContext: () => x.cellContext(),
    gridHeader: (column, ctx) => {
      const t = ctx.i18n.log.columns;
      const label = column.id === 'created' ? t.created(x.zoneLabel(ctx.lang)) : t[column.id];
      const field = el.ordering.replace(/^-/, '');
      const sort = field === column.ordering ? (el.ordering.startsWith('-') ? 'descending' : 'ascending') : 'none';
      return { label, sort };
    },
    gridSort: (column) => {
      x.setView({ ordering: nextOrdering(el.ordering, column), page: 1 });
      // aria-sort changes around the focused button, which screen readers do not reliably say.
      x.sayWhenLoaded(() => {
        const ctx = x.cellContext();
        const { label, sort } = logGridHost(el, x).gridHeader(column, ctx);
        return sort === 'none' ? '' : ctx.i18n.log.sorted(label, sort);
      });
    },
    gridActivate: (_index, event) => {
      if (!x.emit(new EvSelectEvent({ event }))) return false;
      el.store.update({ selection: event.pk });
      return true;
    },
    gridCollapsed: () => el.store.update({ selection: null }),
    gridExpands: () => !el.noExpand,
    gridRetry: () => x.cache()?.retry(),
    gridPanel: (event) => x.panel(event),
    gridLoadingLabel: () => x.translation().log.rowLoading,
    gridPageFailed: (from, to) => x.translation().log.pageFailed(formatNumber(from + 1, el.effectiveLang), formatNumber(to + 1, el.effectiveLang)),
    gridRetryLabel: () => x.translation().common.retry,
  };
}

/**
 * The page's text size against the default 16 px (2 at 200 % text): fixed-height rows grow with
 * it, so their two lines of text are not cut off (WCAG 1.4.4). The grid measures the root font
 * size (and measures it again when it changes).
 */
function textScale(rootFontPx: number): number {
  return Number.isFinite(rootFontPx) && rootFontPx > 16 ? rootFontPx / 16 : 1;
}
