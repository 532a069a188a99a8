import { css } from 'lit';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';

export const volumeChartStyles = inLayer(css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: ${t('space-2')};
    min-width: 0;
  }
  /* A theme set on the element (e.g. dark on a light page) brings its background: light text stays on dark. */
  :host([theme]) > [part='base'],
  :host([theme]) > .ev-state {
    background: ${t('color-bg')};
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')} ${t('space-3')};
  }
  [part='range'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0;
  }
  [part='range'] button {
    border-radius: 0;
    margin-inline-start: -1px;
  }
  [part='range'] button:first-child {
    border-start-start-radius: ${t('radius-md')};
    border-end-start-radius: ${t('radius-md')};
    margin-inline-start: 0;
  }
  [part='range'] button:last-child {
    border-start-end-radius: ${t('radius-md')};
    border-end-end-radius: ${t('radius-md')};
  }
  /* In a sidebar the picker stays one joined row (it broke in two, "Custom" alone under it). */
  [part='toolbar'] {
    container-type: inline-size;
  }
  @container (max-width: 22rem) {
    [part='range'] button {
      padding-inline: ${t('space-2')};
    }
  }
  [part='range'] button[aria-pressed='true'] {
    background: ${t('color-accent')};
    border-color: ${t('color-accent')};
    color: ${t('color-on-accent')};
    position: relative;
  }
  [part='custom-range'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${t('space-2')};
  }
  [part='custom-range'] label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: ${t('font-size-sm')};
    color: ${t('color-text-muted')};
  }
  /* The empty live region of "Updating…" takes no slot (no gap) in the toolbar's row. */
  .status-line:empty {
    position: absolute;
  }
  [part='bucket-label'],
  [part='notice'],
  .status-line,
  [part='refreshing'],
  [part='summary'] {
    margin: 0;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
    overflow-wrap: anywhere;
  }
  [part='selection-bar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
    font-size: ${t('font-size-sm')};
  }
  [part='selection-bar'] span {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .plot {
    position: relative;
    height: var(--ev-volume-chart-height, 14rem);
    min-height: 8rem;
  }
  .plot[hidden] {
    display: none;
  }
  canvas {
    display: block;
    touch-action: pan-y;
    cursor: crosshair;
    border-radius: ${t('radius-sm')};
  }
  canvas:focus-visible {
    outline: 2px solid ${t('color-focus')};
    outline-offset: 2px;
  }
  /* The key hint keeps its line (nothing moves when it shows) and shows while the canvas has keyboard focus. */
  [part='keyboard-hint'] {
    margin: 0;
    visibility: hidden;
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
    overflow-wrap: anywhere;
  }
  .plot:has(canvas:focus-visible) + [part='keyboard-hint'] {
    visibility: visible;
  }
  .overlay {
    position: absolute;
    pointer-events: none;
  }
  [part~='selection'] {
    background: color-mix(in srgb, ${t('color-accent', 'volume-chart-selection')} 16%, transparent);
    border-inline: 2px solid ${t('color-accent', 'volume-chart-selection')};
  }
  [part~='selection'].pending {
    border-style: dashed;
  }
  [part='selected-event'] {
    outline: 2px solid ${t('color-text', 'volume-chart-selected-event')};
    outline-offset: 1px;
    box-shadow: 0 0 0 4px color-mix(in srgb, ${t('color-bg')} 70%, transparent);
  }
  [part='cursor'] {
    background: color-mix(in srgb, ${t('color-text')} 9%, transparent);
  }
  [part='segment-focus'] {
    outline: 2px solid ${t('color-focus')};
    outline-offset: 1px;
  }
  [part='tooltip'] {
    z-index: 1;
    /* min-width and max-width are set inline: the room beside the bar, at most 10rem and 22rem. */
    padding: ${t('space-2')} ${t('space-3')};
    background: ${t('color-surface-raised')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    box-shadow: ${t('shadow')};
    font-size: ${t('font-size-sm')};
  }
  [part='tooltip'] p {
    margin: 0 0 ${t('space-1')};
    font-weight: 600;
  }
  [part='tooltip'] ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='tooltip'] li {
    display: flex;
    align-items: baseline;
    gap: ${t('space-2')};
  }
  [part='tooltip'] li.current {
    font-weight: 600;
  }
  /* A long action name wraps inside the tooltip rather than being cut off. */
  [part='tooltip'] .name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* What the "Other actions" group holds in the bar: under its name, plain and muted. */
  [part='tooltip'] .held {
    display: block;
    font-weight: normal;
    color: ${t('color-text-muted')};
  }
  [part='tooltip'] .count {
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    forced-color-adjust: none;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${t('space-1')};
  }
  [part='legend'] button {
    min-height: 1.75rem;
    max-width: 100%;
    padding-block: 0;
    font-size: ${t('font-size-sm')};
  }
  [part='legend'] button[aria-pressed='false'] {
    color: ${t('color-text-muted')};
    text-decoration: line-through;
  }
  [part='legend'] button[aria-pressed='false'] .swatch {
    background: transparent !important;
    outline: 1px solid currentColor;
    outline-offset: -1px;
  }
  [part='legend'] button {
    text-align: start;
  }
  /* A long action name wraps inside its button (a 300-character word too), never cut off. */
  .legend-label {
    min-width: 0;
    max-width: 22rem;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    /* The focused bar is a background tint, which forced colours remove: outline it. */
    [part='cursor'] {
      border-inline: 2px solid Highlight;
    }
    /* The chosen range is shown by its background, which forced colours remove: the system highlight. */
    [part='range'] button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`);
