import { css } from 'lit';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';

export const bellStyles = inLayer(css`
  :host {
    display: inline-block;
    position: relative;
    /* Room for the badge above the button: the bell's box holds it (a toolbar that clips overflow cuts nothing off). */
    padding-block-start: 0.25rem;
  }
  .bell {
    position: relative;
    anchor-name: --ev-bell;
    padding: ${t('space-1')};
    min-width: 2.25rem;
    min-height: 2.25rem;
    justify-content: center;
    border-color: transparent;
    background: transparent;
    border-radius: 50%;
  }
  .badge {
    position: absolute;
    /* Above the icon's top corner, growing toward the icon's start: never past the button's end (a page scrollbar at the viewport's edge). */
    inset-block-start: -0.25rem;
    inset-inline-end: 0;
    min-width: 1.25rem;
    padding: 0 0.3rem;
    border-radius: 0.7rem;
    background: ${t('color-alert', 'notification-bell-badge-bg')};
    color: var(--ev-notification-bell-badge-color, ${t('color-on-accent')});
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .panel {
    position-anchor: --ev-bell;
    /* self-: the bell's direction, not the page's (the viewport's, the panel's containing block).
       Across the viewport (so 100% is the room it has, without a scrollbar), its end lined up with
       the bell's and 8 px (the inline margin) from the viewport's edges, as bell-place.ts does. */
    position-area: self-block-end span-all;
    /* Below or above the bell, whichever has more room, and never taller than that room: it never covers the bell. */
    position-try: most-block-size flip-block;
    justify-self: self-end;
    inset: auto;
    /* Room for all of it between the viewport's start and its end (else no side would fit, and it would not flip). */
    inset-inline-end: clamp(0px, anchor(self-end) - 0.5rem, 100% - 1rem - var(--_ev-bell-w));
    margin: ${t('space-1')} 0.5rem 0;
    --_ev-bell-w: var(--ev-notification-bell-panel-width, min(24rem, 100% - 1rem));
    width: var(--_ev-bell-w);
    /* Without anchor positioning the room is measured by script (bell-place.ts). */
    max-height: min(var(--ev-notification-bell-panel-height, 32rem), var(--_ev-bell-room, calc(100% - 2 * ${t('space-1')})));
    /* Not less than this, or a side with almost no room (above a bell at the top) would always "fit" and, once taken while
       the page scrolled, would be kept: the panel stayed a sliver above the bell after scrolling back. */
    min-height: min(8rem, 30dvh);
    padding: 0;
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-lg')};
    background: ${t('color-bg')};
    color: ${t('color-text')};
    box-shadow: ${t('shadow')};
    overflow: hidden auto;
  }
  /* Placed by script (bell-place.ts): also where anchoring cannot (a width that is no length, as
     max-content, which may also be wider than the room). */
  .panel[style] {
    position-area: none;
    position-try: none;
    max-width: calc(100% - 1rem);
  }
  .panel:popover-open {
    display: flex;
    flex-direction: column;
  }
  :host([variant='drawer']) .panel {
    /* No fallback either: one a popover took while open would flip the drawer to the other side. */
    position-area: none;
    position-try: none;
    inset-block: 0;
    inset-inline: auto 0;
    margin: 0;
    /* The room a fixed box has (100vw and 100dvh count a scrollbar and a zoom it does not have). */
    width: var(--ev-notification-bell-panel-width, min(26rem, 100%));
    height: auto;
    max-height: none;
    border-radius: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
    padding: ${t('space-3')} ${t('space-3')} ${t('space-2')};
  }
  h2 {
    flex: auto;
    margin: 0;
    overflow-wrap: anywhere;
    font-size: ${t('font-size-lg')};
  }
  .close {
    padding-inline: ${t('space-2')};
  }
  .tabs {
    display: flex;
    gap: ${t('space-1')};
    padding: 0 ${t('space-3')};
    border-block-end: 1px solid ${t('color-border')};
  }
  [role='tab'] {
    border: 0;
    border-block-end: 2px solid transparent;
    border-radius: 0;
    background: none;
    color: ${t('color-text-muted')};
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: ${t('color-accent')};
    color: ${t('color-text')};
    font-weight: 600;
  }
  .banner {
    margin: 0;
    padding: ${t('space-2')} ${t('space-3')};
    background: ${t('color-surface')};
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .bad {
    background: ${t('color-danger-surface')};
    color: ${t('color-alert')};
  }
  .list {
    flex: 1;
    min-height: 6rem;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .item {
    display: flex;
    gap: ${t('space-2')};
    padding: ${t('space-2')} ${t('space-3')};
    border-block-end: 1px solid ${t('color-border')};
    cursor: pointer;
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }
  .item:hover {
    background: ${t('color-surface-hover')};
  }
  .item:focus-visible {
    outline-offset: -2px;
  }
  .item[data-unread] {
    background: ${t('color-surface-selected', 'notification-bell-unread-bg')};
  }
  .sev {
    flex: none;
    display: inline-flex;
    color: ${t('color-notice')};
  }
  [data-severity='warning'] .sev {
    color: ${t('color-warning')};
  }
  [data-severity='alert'] .sev {
    color: ${t('color-alert')};
  }
  .main {
    flex: 1;
    min-width: 0;
  }
  /* Hostile lengths cut to a few lines (the whole text stays there for screen readers and find-in-page). */
  .body,
  .meta,
  a {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .body {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
    -webkit-line-clamp: 6;
  }
  [data-unread] p.body {
    font-weight: 600;
  }
  pre.body {
    display: block;
    max-height: 10rem;
    overflow: auto;
    padding: ${t('space-1')} ${t('space-2')};
    border-radius: ${t('radius-sm')};
    background: ${t('color-surface')};
    font-family: ${t('font-family-mono')};
    font-size: ${t('font-size-sm')};
    font-weight: 400;
    white-space: pre-wrap;
  }
  .meta,
  .note {
    margin: ${t('space-1')} 0 0;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .note {
    color: ${t('color-alert')};
  }
  /* A target of at least 24 × 24 px (WCAG 2.5.8). */
  a,
  .linkish {
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
    margin-block-start: ${t('space-1')};
    color: ${t('color-link')};
    font-size: ${t('font-size-sm')};
    overflow-wrap: anywhere;
  }
  a {
    display: -webkit-inline-box;
  }
  .linkish {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .mark {
    flex: none;
    align-self: flex-start;
    min-height: 0;
    padding: ${t('space-1')};
    border-color: transparent;
    background: transparent;
  }
  .mark svg {
    width: 1rem;
    height: 1rem;
  }
  .more {
    min-height: 2rem;
  }
  .foot {
    padding: ${t('space-2')} ${t('space-3')};
    border-block-start: 1px solid ${t('color-border')};
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    /* Only the selected tab is underlined (a transparent border would be drawn), and unread items keep an edge where their background is dropped. */
    [role='tab'] {
      border-block-end-color: Canvas;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .item {
      border-inline-start: 0.25rem solid Canvas;
    }
    .item[data-unread] {
      border-inline-start-color: CanvasText;
    }
  }
`);
