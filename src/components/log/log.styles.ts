import { css } from 'lit';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';

/** Host layout, toolbar, filter bar, popovers, banner, export progress, skeleton and pager. */
export const logStyles = inLayer(css`
  :host {
    display: flex;
    flex-direction: column;
    gap: ${t('space-2')};
    block-size: 32rem;
    min-block-size: 14rem;
    background: ${t('color-bg', 'log-bg')};
  }
  .toolbar,
  .filters,
  .pager,
  .export,
  .panel-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
  }
  .filters {
    flex: none;
    align-items: flex-end;
  }
  /* Wide: the fields sit in the bar itself, no Filters button. */
  .filters-button {
    display: none;
  }
  .filter-fields {
    display: contents;
  }
  /*
   * Narrow (a phone, a sidebar): one field a line would fill a fixed-height log and leave no rows
   * to see. The fields fold behind the Filters button (chips and Clear filters stay in the bar);
   * opened, they wrap on lines of their own below it.
   */
  @container (max-width: 36rem) {
    .filters-button {
      display: inline-flex;
    }
    .filters-button::after {
      content: '▾' / '';
      margin-inline-start: ${t('space-1')};
    }
    .filters-button[aria-expanded='true']::after {
      content: '▴' / '';
    }
    .filter-fields {
      display: none;
    }
    .filter-fields[data-open] {
      display: flex;
      flex: 1 0 100%;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: ${t('space-2')};
    }
  }
  /* The filter bar and the rows: the fields opened in a narrow bar share the height with the rows. */
  .body {
    container: log-body / inline-size;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    gap: ${t('space-2')};
    min-block-size: 0;
  }
  .filter-tail {
    display: contents;
  }
  /*
   * Opened in a narrow bar, the fields wrap one or two a line: all of them would fill a
   * fixed-height log. They scroll in a region of their own between the Filters button and the
   * chips, and give up height first: the rows keep their header and at least two rows.
   * The Actions list opens in the region (a menu hung from it would be cut off by its scrolling).
   */
  @container log-body (max-width: 36rem) {
    .filters:has(> .filter-fields[data-open]) {
      flex: 0 1 auto;
      flex-flow: column nowrap;
      align-items: stretch;
      min-block-size: 0;
    }
    .filters:has(> .filter-fields[data-open]) > .filters-button {
      align-self: flex-start;
    }
    .filters > .filter-fields[data-open] {
      flex: 0 1 auto;
      min-block-size: 4rem;
      overflow-y: auto;
      overscroll-behavior: contain;
      /* Room for the focus rings, which the scrolling would cut. */
      padding: 3px;
    }
    .filters:has(> .filter-fields[data-open]) > .filter-tail:has(> *) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${t('space-2')};
    }
    .filters:has(> .filter-fields[data-open]) > .filter-tail:not(:has(> *)) {
      display: none;
    }
    /* The header row (about 3rem) and two rows of 3rem. */
    .filters:has(> .filter-fields[data-open]) + .main {
      min-block-size: 10rem;
    }
    .filter-fields .actions-field .popover {
      position: static;
      max-block-size: none;
      margin-block-start: 4px;
    }
  }
  /* Containers for the popovers: in a sidebar or on a phone they size and place against these. */
  .toolbar,
  .filters {
    container-type: inline-size;
    /* Above the grid's sticky frame (z-index 1) with their menus: a bar with layout containment (which some
       engines take \`container-type\` to bring, and a page may add) is a stacking context of its own. */
    position: relative;
    z-index: 2;
  }
  .toolbar {
    z-index: 3;
  }
  .grow {
    flex: 1 1 0;
  }
  .count {
    font-weight: 600;
  }
  .live-status {
    display: inline-flex;
    align-items: center;
    gap: ${t('space-1')};
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .live-status .dot {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: ${t('color-border-strong')};
  }
  .live-status[data-status='open'] .dot,
  .live-status[data-status='polling'] .dot {
    background: ${t('color-success')};
  }
  .live-status[data-status='offline'] .dot,
  .live-status[data-status='closed'] .dot {
    background: ${t('color-alert')};
  }
  /*
   * Forced colours drop the dot's background: its state is drawn as a shape instead, in the
   * text's colour: live a filled disc, connecting or paused a ring, offline or stopped a square.
   */
  @media (forced-colors: active) {
    .live-status .dot {
      inline-size: 0.625rem;
      block-size: 0.625rem;
      border: 0.125rem solid CanvasText;
    }
    .live-status[data-status='open'] .dot,
    .live-status[data-status='polling'] .dot {
      border-width: 0.3125rem;
    }
    .live-status[data-status='offline'] .dot,
    .live-status[data-status='closed'] .dot {
      border-radius: 0;
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
  }
  .field-label {
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .field input {
    inline-size: 10rem;
    max-inline-size: 100%;
  }
  .field input[type='datetime-local'] {
    inline-size: auto;
  }
  .actions-field,
  .menu {
    position: relative;
  }
  .actions-field > button {
    max-inline-size: 16rem;
    justify-content: space-between;
  }
  #actions-value {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .range-error {
    align-self: flex-end;
    margin: 0;
    color: ${t('color-alert')};
    font-size: ${t('font-size-sm')};
  }
    .model-fields:not([hidden]) {
    display: contents;
  }
  .filter-chip {
    display: inline-flex;
    align-items: center;
    gap: ${t('space-1')};
    max-inline-size: 100%;
    padding-block: 2px;
    padding-inline: ${t('space-2')} 2px;
    border: 1px solid ${t('color-border')};
    border-radius: 999px;
    background: ${t('color-surface-selected')};
    font-size: ${t('font-size-sm')};
  }
  .filter-chip-name {
    color: ${t('color-text-muted')};
  }
  .filter-chip-value {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    max-inline-size: 24rem;
  }
  .filter-chip button {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: 0;
    border-radius: 50%;
    line-height: 1;
  }
  .popover {
    position: absolute;
    z-index: ${t('z-popover')};
    inset-block-start: calc(100% + 4px);
    inset-inline-end: 0;
    min-inline-size: 14rem;
    /* A 10,000-character action name (event data) must not widen the page. */
    max-inline-size: min(24rem, 100vw - 2rem, 100cqi);
    max-block-size: 22rem;
    overflow: auto;
    margin: 0;
    padding: ${t('space-2')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-surface-raised')};
    box-shadow: ${t('shadow')};
  }
  .actions-field .popover {
    inset-inline-start: 0;
    inset-inline-end: auto;
  }
  /*
   * A narrow toolbar wraps and Columns can start a row: its menu, hung from the button's end,
   * would open off the element. There it drops below the button across the toolbar's width.
   */
  @container (max-width: 40rem) {
    .toolbar .menu {
      position: static;
    }
    .toolbar .popover {
      inset-block-start: auto;
      inset-inline: 0;
      max-inline-size: none;
      margin-block-start: 4px;
    }
  }
  .popover[hidden] {
    display: none;
  }
  .popover legend {
    padding: 0;
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: ${t('space-2')};
    padding-block: 2px;
    cursor: pointer;
    white-space: nowrap;
  }
  .option > span {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .option input {
    inline-size: auto;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    accent-color: ${t('color-accent')};
  }
  .menu > summary {
    display: flex;
    box-sizing: border-box;
    align-items: center;
    min-block-size: 2rem;
    padding: ${t('space-1')} ${t('space-3')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-surface-raised')};
    cursor: pointer;
    list-style: none;
  }
  .menu > summary::-webkit-details-marker {
    display: none;
  }
  .menu > summary::after {
    content: '▾';
    margin-inline-start: ${t('space-1')};
  }
  .link {
    border: 0;
    background: none;
    color: ${t('color-link')};
    padding-inline: 0;
  }
  .main {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  /* Over the grid, so its appearance moves no row. */
  .new-events {
    position: absolute;
    z-index: 2;
    inset-block-start: 3rem;
    inset-inline: 0;
    inline-size: fit-content;
    margin-inline: auto;
    box-shadow: ${t('shadow')};
  }
  .export progress {
    inline-size: 10rem;
  }
  .export-status {
    margin: 0;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 1px;
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    overflow: hidden;
  }
  .skeleton-row {
    display: flex;
    gap: ${t('space-4')};
    align-items: center;
    block-size: 3rem;
    padding-inline: ${t('space-2')};
    background: ${t('color-bg')};
  }
  .skeleton-row .bone {
    flex: 1 1 0;
  }
  .pager {
    justify-content: center;
  }
  /* At the first or last page: focusable (focus stays on a button just used), marked as unavailable. */
  .pager button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .page-status {
    font-variant-numeric: tabular-nums;
  }
`);
