import { css, unsafeCSS } from 'lit';
import { PALETTE_SIZE } from '../../format/actions.js';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';
import { invisibleMarkBox } from '../../base/name-view.js';

/** `.s0` … `.s12`: the action palette slot of a chip (static token CSS, never data). */
const slots = unsafeCSS(
  Array.from({ length: PALETTE_SIZE + 1 }, (_, i) => `.s${i}{--_chip:${t(`action-${i}` as 'action-0').cssText}}`).join('\n'),
);

/** The virtualized grid: scroller, sticky frame (header + rows window), rows, cells, panel. */
export const gridStyles = [
  inLayer(css`
    .grid {
      position: relative;
      flex: 1 1 auto;
      min-block-size: 8rem;
      overflow: auto;
      overscroll-behavior: contain;
      border: 1px solid ${t('color-border', 'log-border')};
      border-radius: ${t('radius-md')};
      background: ${t('color-bg', 'log-row-bg')};
      contain: strict;
    }
    .grid[hidden] {
      display: none;
    }
    /* 1rem wide: the grid watches its size to follow the page's text size. */
    .text-probe {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 1rem;
      block-size: 0;
      visibility: hidden;
      pointer-events: none;
    }
    .frame {
      position: sticky;
      inset-block-start: 0;
      display: flex;
      flex-direction: column;
      min-inline-size: max(100%, var(--_min, 0px));
      z-index: 1;
    }
    .head {
      flex: none;
      background: ${t('color-surface', 'log-header-bg')};
      border-block-end: 1px solid ${t('color-border', 'log-border')};
      font-weight: 600;
    }
    .window {
      flex: 1 1 auto;
      overflow: clip;
      position: relative;
    }
    .rows {
      will-change: transform;
    }
    .row {
      display: grid;
      grid-template-columns: var(--_cols);
    }
    .hcell {
      padding: 0;
    }
    .sort {
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding-inline: ${t('space-2')};
      justify-content: flex-start;
      border: 0;
      border-radius: 0;
      background: transparent;
      font-weight: 600;
      text-align: start;
    }
    .sort .label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    [aria-sort] .sort {
      color: ${t('color-accent')};
    }
    .data-row {
      contain: strict;
      min-inline-size: var(--_min, 0px);
      block-size: var(--_row-h, 48px);
      background: ${t('color-bg', 'log-row-bg')};
      border-block-end: 1px solid ${t('color-border', 'log-border')};
      cursor: pointer;
    }
    .data-row.odd {
      background: ${t('color-surface', 'log-row-alt-bg')};
    }
    .data-row:hover {
      background: ${t('color-surface-hover', 'log-row-hover-bg')};
    }
    .data-row.expanded,
    .data-row.selected,
    .panel-row {
      background: ${t('color-surface-selected', 'log-row-expanded-bg')};
    }
    .data-row.selected > .cell:first-child {
      box-shadow: inset 3px 0 0 ${t('color-accent')};
    }
    .data-row.selected > .cell:first-child:dir(rtl) {
      box-shadow: inset -3px 0 0 ${t('color-accent')};
    }
    .offscreen {
      position: absolute;
      inset-block-start: -10000px;
      inset-inline-start: 0;
    }
    .cell {
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-inline-size: 0;
      padding: ${t('space-1')} ${t('space-2')};
      overflow: hidden;
    }
    .cell:focus-visible,
    .sort:focus-visible {
      outline: 2px solid ${t('color-focus')};
      outline-offset: -2px;
    }
    .error > .cell + .cell {
      display: none;
    }
    .l1,
    .l2 {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      unicode-bidi: isolate;
    }
    .l2 {
      color: ${t('color-text-muted')};
      font-size: ${t('font-size-sm')};
    }
    /* A character that draws nothing, shown as its code point in a dotted box (not mistaken for the name's own text). */
    .invisible-mark {
      ${invisibleMarkBox}
      color: ${t('color-text-muted')};
    }
    .l2:empty {
      display: none;
    }
    .mono {
      font-family: ${t('font-family-mono')};
      font-size: ${t('font-size-sm')};
    }
    .chip {
      display: inline-block;
      inline-size: var(--ev-log-chip-size, 0.625rem);
      block-size: var(--ev-log-chip-size, 0.625rem);
      margin-inline-end: ${t('space-2')};
      border-radius: 50%;
      background: var(--_chip);
      vertical-align: 0;
    }
    .bone {
      display: block;
      inline-size: 70%;
      block-size: 0.75rem;
      border-radius: ${t('radius-sm')};
      background: linear-gradient(90deg, ${t('color-surface')} 0%, ${t('color-surface-hover')} 50%, ${t('color-surface')} 100%);
      background-size: 200% 100%;
      animation: ev-log-shimmer 1.4s ease-in-out infinite;
    }
    /* Shortened to 0.01 ms (host styles), a repeating shimmer would flicker: the bones stand still. */
    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
    }
    @keyframes ev-log-shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    .error > .cell:first-child {
      grid-column: 1 / -1;
      flex-direction: row;
      align-items: center;
      justify-content: flex-start;
      gap: ${t('space-2')};
      color: ${t('color-alert')};
    }
    .panel-row {
      display: block;
      border-block-end: 1px solid ${t('color-border', 'log-border')};
    }
    .panel {
      display: block;
      padding: ${t('space-3')};
      cursor: auto;
    }
    .panel-bar {
      display: flex;
      flex-wrap: wrap;
      gap: ${t('space-2')};
      margin-block-end: ${t('space-2')};
    }
    .summary dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: ${t('space-2')} ${t('space-4')};
      margin: 0;
    }
    .summary dt {
      color: ${t('color-text-muted')};
      font-size: ${t('font-size-sm')};
    }
    .summary dd {
      margin: 0;
      overflow-wrap: anywhere;
      max-block-size: 6rem;
      overflow: auto;
    }
    /* A value cut for length: it scrolls, the note under it stays in view. */
    .summary dd.cut {
      display: flex;
      flex-direction: column;
      gap: 2px;
      max-block-size: none;
      overflow: visible;
    }
    .summary dd.cut > .value {
      max-block-size: 6rem;
      overflow: auto;
    }
    .value-cut {
      font-size: ${t('font-size-sm')};
    }
    .summary dd.cut > button {
      align-self: start;
    }
    .context-title {
      margin: ${t('space-3')} 0 ${t('space-1')};
      font-size: ${t('font-size-sm')};
      color: ${t('color-text-muted')};
    }
    .context {
      margin: 0;
      max-block-size: 16rem;
      overflow: auto;
      padding: ${t('space-2')};
      border-radius: ${t('radius-sm')};
      background: ${t('color-bg')};
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .context-cut {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${t('space-1')} ${t('space-2')};
      margin: ${t('space-1')} 0 0;
      font-size: ${t('font-size-sm')};
    }
    .muted {
      color: ${t('color-text-muted')};
    }
    @media (forced-colors: active) {
      .chip {
        forced-color-adjust: none;
      }
      .data-row.expanded,
      .data-row.selected {
        outline: 1px solid Highlight;
      }
    }
  `),
  inLayer(css`
    ${slots}
  `),
];
