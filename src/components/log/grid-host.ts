/** What the virtual grid needs from its element: data, geometry, texts and callbacks. */
import type { TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import type { CellContext, ColumnDef } from './columns.js';
import type { RowState } from './row-cache.js';

export interface GridHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveDir: 'ltr' | 'rtl';
  gridColumns(): readonly ColumnDef[];
  /** A row's height in px, given the page's root font size in px (rows grow with the page's text). */
  gridRowHeight(rootFontPx: number): number;
  gridTotal(): number;
  /** Whether the total is exact (else `aria-rowcount` is -1). */
  gridTotalKnown(): boolean;
  gridRow(index: number): RowState;
  /** The rows the view needs now (with prefetch margin). */
  gridWant(first: number, last: number): void;
  gridCellContext(): CellContext;
  gridHeader(column: ColumnDef, ctx: CellContext): { label: string; sort: 'ascending' | 'descending' | 'none' };
  gridSort(column: ColumnDef): void;
  /** A row was activated (Enter / click). Return false to keep it collapsed. */
  gridActivate(index: number, event: EventRecord): boolean;
  gridCollapsed(): void;
  /** Whether an activated row opens a panel below it (else it is only marked selected). */
  gridExpands(): boolean;
  gridRetry(): void;
  gridPanel(event: EventRecord, index: number): TemplateResult;
  gridLoadingLabel(): string;
  gridPageFailed(from: number, to: number): string;
  gridRetryLabel(): string;
}
