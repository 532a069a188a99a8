import { css } from 'lit';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';
import { invisibleMarkBox } from '../../base/name-view.js';

export const detailStyles = inLayer(css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: ${t('space-4')};
    padding: ${t('space-4')};
    border: 1px solid ${t('color-border', 'detail-border-color')};
    border-radius: ${t('radius-lg')};
    background: ${t('color-bg', 'detail-bg')};
  }
  /* The previous event, kept for a moment while the next one loads (never dimmed: contrast stays). */
  .base[aria-busy='true'] {
    cursor: progress;
  }
  /* The state views (loading, empty, error, not found) are the card too: a dark detail on a light page stays dark. */
  :host(:not([embedded])) > .ev-state {
    border: 1px solid ${t('color-border', 'detail-border-color')};
    border-radius: ${t('radius-lg')};
    background: ${t('color-bg', 'detail-bg')};
  }
  :host([embedded]) .base {
    padding: ${t('space-3')};
    border: none;
    border-radius: 0;
    background: transparent;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')} ${t('space-3')};
  }
  .not-found-title {
    color: ${t('color-text')};
    font-weight: 600;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: ${t('space-2')};
    margin: 0;
    font-size: ${t('font-size-lg')};
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .dot {
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: var(--action-color);
  }
  @media (forced-colors: active) {
    .dot {
      background: CanvasText;
    }
  }
  .id {
    display: inline-flex;
    align-items: center;
    gap: ${t('space-1')};
    margin-inline-start: auto;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .id code {
    overflow-wrap: anywhere;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: ${t('space-2')};
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: ${t('font-size-md')};
    font-weight: 600;
    color: ${t('color-text')};
  }
  .subheading {
    margin: ${t('space-2')} 0 0;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
    font-weight: 600;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
    gap: ${t('space-1')} ${t('space-4')};
    margin: 0;
  }
  .field {
    display: contents;
  }
  dt {
    color: ${t('color-text-muted')};
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 32rem) {
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-block-end: ${t('space-2')};
    }
  }
  code,
  .mono,
  .pre,
  .raw,
  .code {
    font-family: ${t('font-family-mono')};
    font-size: ${t('font-size-sm')};
  }
  .pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .muted {
    color: ${t('color-text-muted')};
  }
  .method {
    font-weight: 700;
  }
  /* A character of event data (a name, place, app, action, ID, IP, object, chip, text field, link text or request) that draws nothing, shown as its code point in a dotted box (not mistaken for the value's own text). */
  .invisible-mark {
    ${invisibleMarkBox}
    color: ${t('color-text-muted')};
  }
  .badge.warn {
    background: ${t('color-danger-surface')};
    color: ${t('color-alert')};
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${t('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 0 ${t('space-2')};
    border: 1px solid ${t('color-border')};
    border-radius: 999px;
    background: ${t('color-surface')};
    font-size: ${t('font-size-sm')};
    overflow-wrap: anywhere;
  }
  a {
    color: ${t('color-link')};
  }
  /* Changes */
  .changes {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .changes th,
  .changes td {
    padding: ${t('space-1')} ${t('space-2')};
    border-block-end: 1px solid ${t('color-border')};
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .changes thead th {
    color: ${t('color-text-muted')};
    font-weight: 600;
  }
  .changes thead th:first-child {
    width: 28%;
  }
  .changes td.before {
    background: ${t('color-removed', 'json-removed-bg')};
  }
  .changes td.after {
    background: ${t('color-added', 'json-added-bg')};
  }
  @media (forced-colors: active) {
    /* The backgrounds above are dropped: previous values are struck through, new ones underlined. */
    .changes td.before :is(.v, .tree-node) {
      text-decoration: line-through;
    }
    .changes td.after :is(.v, .tree-node) {
      text-decoration: underline;
    }
  }
  .m2m {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${t('space-2')};
    padding: ${t('space-1')} 0;
  }
  .m2m-label {
    font-weight: 600;
  }
  .m2m.added .m2m-label {
    color: ${t('color-added-text')};
  }
  .m2m.removed .m2m-label,
  .m2m.cleared .m2m-label {
    color: ${t('color-removed-text')};
  }
  /* Exceptions */
  .exception {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${t('space-2')};
  }
  .error-line {
    margin: 0;
    align-self: stretch;
    font-family: ${t('font-family-mono')};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .error-line.prominent {
    padding: ${t('space-2')} ${t('space-3')};
    border-inline-start: 4px solid ${t('color-alert')};
    border-radius: ${t('radius-sm')};
    background: ${t('color-danger-surface')};
    font-size: ${t('font-size-md')};
  }
  .exc-type {
    color: ${t('color-alert')};
    font-weight: 700;
  }
  .frames {
    align-self: stretch;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${t('font-size-sm')};
  }
  .frames.nested {
    padding-inline-start: ${t('space-4')};
  }
  .frame {
    padding: ${t('space-1')} 0;
    border-block-end: 1px dashed ${t('color-border')};
  }
  .frame.library {
    color: ${t('color-text-muted')};
  }
  .frame-head {
    font-family: ${t('font-family-mono')};
    overflow-wrap: anywhere;
  }
  .file {
    font-weight: 600;
  }
  .code {
    margin: ${t('space-1')} 0 0;
    padding: ${t('space-1')} ${t('space-2')};
    border-radius: ${t('radius-sm')};
    background: ${t('color-surface')};
    white-space: pre;
    overflow-x: auto;
  }
  /* Disclosures, raw JSON, compare */
  .disclosure {
    align-self: flex-start;
    font-weight: 600;
  }
  .raw-actions,
  .compare-pickers {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
  }
  .compare-pickers label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* An option names its user (up to 2,000 characters): the picker is never wider than the card. */
  .compare-pickers select {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .compare {
    display: flex;
    flex-direction: column;
    gap: ${t('space-2')};
  }
  .raw {
    max-height: 60vh;
    margin: 0;
    padding: ${t('space-2')} ${t('space-3')};
    overflow: auto;
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-surface')};
    white-space: pre;
  }
  .status:empty {
    display: block;
    flex-basis: 0;
  }
  .status {
    flex-basis: 100%;
    text-align: end;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
`);
