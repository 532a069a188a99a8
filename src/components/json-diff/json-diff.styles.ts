import { css } from 'lit';
import { invisibleMarkBox } from '../../base/name-view.js';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';

/** Values, trees and text diffs: shared by <ev-json-diff> and <ev-detail>. */
export const jsonStyles = inLayer(css`
  .v,
  .k,
  .tree-leaf,
  .rows {
    font-family: ${t('font-family-mono')};
    font-size: ${t('font-size-sm')};
  }
  .v {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  bdi {
    unicode-bidi: isolate;
  }
  /* A character of a string value, a key or the "First difference" note that draws nothing, shown as its JSON escape in a dotted box, in the colour of the text (or of the deleted / inserted run) around it. */
  .v .invisible-mark,
  .k .invisible-mark,
  .note.deep .invisible-mark {
    ${invisibleMarkBox}
    color: inherit;
  }
  .v-null,
  .v-bool {
    color: ${t('color-warning', 'json-keyword-color')};
    font-weight: 600;
  }
  .v-num {
    color: ${t('color-notice', 'json-number-color')};
  }
  .v-empty,
  .v-container {
    color: ${t('color-text-muted')};
  }
  .v-empty {
    padding: 0 ${t('space-1')};
    border: 1px dashed ${t('color-border-strong')};
    border-radius: ${t('radius-sm')};
  }
  .v-masked bdi {
    letter-spacing: 0.05em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: ${t('space-1')};
    padding: 0 ${t('space-1')};
    border-radius: ${t('radius-sm')};
    background: ${t('color-surface-hover')};
    color: ${t('color-text-muted')};
    font-family: ${t('font-family')};
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .k {
    color: ${t('color-text')};
    font-weight: 600;
    /* A key from the data may be one long word (cut at 2,000 characters): wrap it, do not overflow. */
    overflow-wrap: anywhere;
  }
  .k-index {
    color: ${t('color-text-muted')};
    font-weight: 400;
  }
  .colon {
    color: ${t('color-text-muted')};
  }
  button.toggle,
  button.link {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0;
    min-height: 1.75rem;
    padding: 0 ${t('space-1')};
    border: 1px solid transparent;
    background: transparent;
    font-family: ${t('font-family-mono')};
    font-size: ${t('font-size-sm')};
    text-align: start;
  }
  button.toggle:hover,
  button.link:hover {
    background: ${t('color-surface-hover')};
  }
  button.link {
    color: ${t('color-link')};
    font-family: ${t('font-family')};
    text-decoration: underline;
  }
  .chevron::before {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-end: 0.4em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 120ms;
  }
  [aria-expanded='true'] > .chevron::before {
    transform: rotate(45deg);
  }
  /* In RTL the borders are the left and bottom ones (logical): the same turns, mirrored. */
  :host(:dir(rtl)) .chevron::before {
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) [aria-expanded='true'] > .chevron::before {
    transform: rotate(-45deg);
  }
  .summary,
  .count {
    margin-inline-start: ${t('space-1')};
    color: ${t('color-text-muted')};
    font-weight: 400;
  }
  .count {
    font-family: ${t('font-family')};
  }
  .colon + .summary {
    margin-inline-start: 0;
  }
  .cell > .tree-node,
  td > .tree-node,
  .inline-tree > .tree-node {
    display: inline;
  }
  .tree-children {
    margin: 0;
    padding-inline-start: ${t('space-4')};
    border-inline-start: 1px solid ${t('color-border')};
    list-style: none;
  }
  .tree-children > li {
    margin: 1px 0;
  }
  del,
  ins {
    text-decoration: none;
    border-radius: ${t('radius-sm')};
  }
  del {
    background: ${t('color-removed', 'json-removed-bg')};
    color: ${t('color-removed-text', 'json-removed-color')};
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  ins {
    background: ${t('color-added', 'json-added-bg')};
    color: ${t('color-added-text', 'json-added-color')};
  }
  .v-text del,
  .v-text ins {
    padding: 0 1px;
  }
  /* Long text shown page by page: each page after the first is a block laid out on its own. */
  .text-page {
    display: block;
  }
  .elided {
    color: ${t('color-text-muted')};
    padding: 0 ${t('space-1')};
  }
  @media (forced-colors: active) {
    del {
      text-decoration: line-through;
    }
    ins {
      text-decoration: underline;
    }
  }
`);

/** The diff rows of <ev-json-diff>. */
export const diffStyles = inLayer(css`
  .rows {
    margin: 0;
    padding: 0;
    width: 100%;
    list-style: none;
    border-collapse: collapse;
  }
  .row {
    line-height: 1.6;
  }
  .inline .row {
    display: flex;
    gap: ${t('space-1')};
    /* Deep nesting indents up to 40 % of the row: the values of a change 40 levels down stay in view. */
    padding-inline-start: min(calc(var(--depth, 0) * 1.25rem), 40%);
    border-radius: ${t('radius-sm')};
  }
  .marker {
    flex: none;
    width: 1ch;
    font-family: ${t('font-family-mono')};
    font-weight: 700;
    text-align: center;
  }
  .cell {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .inline .row-added {
    background: ${t('color-added', 'json-added-bg')};
  }
  .inline .row-removed {
    background: ${t('color-removed', 'json-removed-bg')};
  }
  .inline .row-added .marker {
    color: ${t('color-added-text')};
  }
  .inline .row-removed .marker {
    color: ${t('color-removed-text')};
  }
  .row-moved .marker,
  .note.moved {
    color: ${t('color-notice')};
  }
  .pair {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${t('space-1')};
  }
  .pair del,
  .pair ins {
    padding: 0 ${t('space-1')};
  }
  .arrow {
    color: ${t('color-text-muted')};
  }
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .note {
    margin-inline-start: ${t('space-2')};
    font-size: ${t('font-size-sm')};
    color: ${t('color-text-muted')};
    font-family: ${t('font-family')};
  }
  .root-notes {
    margin: 0 0 ${t('space-1')};
  }
  .root-notes .note:first-child {
    margin-inline-start: 0;
  }
  .note.deep {
    overflow-wrap: anywhere;
  }
  .note.warn {
    color: ${t('color-warning')};
  }
  .side th {
    padding: ${t('space-1')} ${t('space-2')};
    text-align: start;
    font-family: ${t('font-family')};
    border-block-end: 1px solid ${t('color-border')};
  }
  .side td {
    width: 50%;
    padding: 1px ${t('space-2')};
    /* Up to 40 % of the column (a percentage of the table's width here) for deep nesting. */
    padding-inline-start: min(calc(${t('space-2')} + var(--depth, 0) * 1.25rem), 20%);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .side td + td {
    border-inline-start: 1px solid ${t('color-border')};
  }
  .side .row-added td.after,
  .side .row-replace td.after,
  .side .row-text td.after {
    background: ${t('color-added', 'json-added-bg')};
  }
  .side .row-removed td.before,
  .side .row-replace td.before,
  .side .row-text td.before {
    background: ${t('color-removed', 'json-removed-bg')};
  }
  .side td.blank {
    background: repeating-linear-gradient(135deg, transparent 0 6px, ${t('color-surface-hover')} 6px 8px);
  }
  .side .row-moved td {
    background: ${t('color-surface-selected')};
  }
  @media (forced-colors: active) {
    /* The backgrounds above are dropped: mark changed values as the inline layout's del / ins do. */
    .side .row-removed td.before :is(.v, .tree-node),
    .side .row-replace td.before :is(.v, .tree-node) {
      text-decoration: line-through;
    }
    .side .row-added td.after :is(.v, .tree-node),
    .side .row-replace td.after :is(.v, .tree-node) {
      text-decoration: underline;
    }
  }
`);
