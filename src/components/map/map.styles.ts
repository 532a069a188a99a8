import { css } from 'lit';
import { inLayer } from '../../styles/layer.js';
import { t } from '../../styles/token.js';
import { invisibleMarkBox } from '../../base/name-view.js';

/** `<ev-map>`: toolbar, map stage, overlays, popup, legend and locations. Leaflet's own CSS sits in `@layer ev.leaflet`, below these. */
export const mapStyles = inLayer(css`
  .base {
    display: flex;
    flex-direction: column;
    gap: ${t('space-2')};
  }
  /* A theme set on the element (e.g. dark on a light page) brings its background: light text stays on dark. */
  :host([theme]) > .base {
    background: ${t('color-bg')};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t('space-2')};
    min-height: 2rem;
  }
  .summary,
  .notice {
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .notice {
    color: ${t('color-warning')};
    font-weight: 600;
  }
  .spacer {
    flex: 1;
  }
  [part='selected-place'] {
    display: inline-flex;
    align-items: center;
    gap: ${t('space-1')};
    max-inline-size: 100%;
    min-inline-size: 0;
    /* A long place name wraps (a 300-character word too) rather than being cut off. */
    overflow-wrap: anywhere;
    text-align: start;
  }
  [part='selected-place'] .ring {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid ${t('color-text', 'map-selection')};
    border-radius: 50%;
  }
  .stage {
    position: relative;
    /* Popups size against the map's width (cqi), not only Leaflet's fixed 300 px. */
    container-type: inline-size;
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    overflow: hidden;
  }
  .canvas {
    height: var(--ev-map-height, 420px);
    background: ${t('color-surface-selected', 'map-sea')};
    font: inherit;
    color: ${t('color-text')};
    outline-offset: -3px;
  }
  .canvas:focus-visible {
    outline: 3px solid ${t('color-focus')};
  }
  .zoom {
    position: absolute;
    inset-block-start: ${t('space-2')};
    inset-inline-start: ${t('space-2')};
    z-index: 500;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .zoom button {
    justify-content: center;
    width: 2rem;
    padding: 0;
    font-size: 1.1rem;
    font-weight: 600;
    box-shadow: ${t('shadow')};
  }
  /* At its limit: a dimmed sign on the button's own opaque face (see-through, the coastlines ran through it). */
  .zoom button[aria-disabled='true'] {
    color: ${t('color-text-muted')};
    cursor: not-allowed;
  }
  .attribution {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    z-index: 500;
    max-width: 70%;
    padding: 0 ${t('space-1')};
    background: color-mix(in srgb, ${t('color-bg')} 80%, transparent);
    color: ${t('color-text-muted')};
    font-size: 0.75rem;
    overflow-wrap: anywhere;
  }
  .attribution ::slotted(a),
  .attribution a {
    color: ${t('color-link')};
  }
  /* The markers in view for the keyboard: transparent buttons over the canvas's circles; mouse input goes through. */
  .markers {
    position: absolute;
    inset: 0;
    z-index: 450;
    pointer-events: none;
  }
  .markers .marker {
    position: absolute;
    transform: translate(-50%, -50%);
    min-height: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    pointer-events: none;
  }
  .markers .marker:focus-visible {
    outline: 3px solid ${t('color-focus')};
    outline-offset: 2px;
  }
  .marker-name {
    display: none;
    position: absolute;
    inset-block-start: 50%;
    left: calc(100% + 6px);
    transform: translateY(-50%);
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: 2px ${t('space-2')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-surface-raised')};
    color: ${t('color-text')};
    box-shadow: ${t('shadow')};
    font-size: ${t('font-size-sm')};
    text-align: start;
    overflow-wrap: anywhere;
  }
  .marker.start .marker-name {
    left: auto;
    right: calc(100% + 6px);
  }
  .marker:focus-visible .marker-name {
    display: block;
  }
  .overlay {
    position: absolute;
    inset: 0;
    z-index: 600;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, ${t('color-bg')} 70%, transparent);
  }
  .overlay > .ev-state {
    max-width: 90%;
    background: ${t('color-bg')};
    border-radius: ${t('radius-md')};
    box-shadow: ${t('shadow')};
  }
  /* Popups: Leaflet's chrome with the tokens. */
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: ${t('color-surface-raised')};
    color: ${t('color-text')};
    box-shadow: ${t('shadow')};
  }
  .leaflet-popup-content-wrapper {
    border-radius: ${t('radius-md')};
  }
  .leaflet-popup-content {
    /* Leaflet sets a pixel width; on a narrow map the popup keeps a margin inside it. */
    max-inline-size: calc(100cqi - 2 * ${t('space-3')} - 3rem);
    margin: ${t('space-3')};
    font-size: ${t('font-size-md')};
    line-height: ${t('line-height')};
  }
  .leaflet-popup-content p {
    margin: 0;
  }
  .popup-header {
    display: flex;
    align-items: start;
    gap: ${t('space-2')};
  }
  .popup-place {
    flex: 1;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .popup-close {
    min-height: 1.75rem;
    padding: 0 ${t('space-2')};
  }
  .popup-count,
  .popup-more,
  .popup-meta {
    color: ${t('color-text-muted')};
    font-size: ${t('font-size-sm')};
  }
  .popup-events {
    list-style: none;
    margin: ${t('space-2')} 0;
    padding: 0;
    max-height: 16rem;
    overflow: auto;
  }
  .popup-events:focus-visible {
    outline: 3px solid ${t('color-focus')};
    outline-offset: 2px;
  }
  .popup-event {
    display: grid;
    gap: 2px;
    padding: ${t('space-2')} 0;
    border-block-start: 1px solid ${t('color-border')};
    overflow-wrap: anywhere;
  }
  .popup-action {
    display: flex;
    align-items: center;
    gap: ${t('space-1')};
    font-weight: 600;
  }
  .popup-buttons {
    display: flex;
    align-items: center;
    gap: ${t('space-2')};
  }
  .popup-buttons a {
    color: ${t('color-link')};
  }
  /* A character of a username or place name that draws nothing, shown as its code point in a dotted box (as in <ev-log>). */
  .invisible-mark {
    ${invisibleMarkBox}
  }
  .swatch {
    flex: none;
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--swatch);
  }
  .swatch.other {
    background: ${t('action-0')};
  }
  .below {
    display: flex;
    flex-wrap: wrap;
    gap: ${t('space-4')};
  }
  .legend-block,
  .places-block {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .list-title {
    margin: 0 0 ${t('space-1')};
    font-weight: 600;
  }
  .legend,
  .places {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: ${t('space-2')};
    padding: 2px 0;
  }
  .legend-label,
  .place-name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .legend-count,
  .place-count {
    color: ${t('color-text-muted')};
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .places li + li {
    margin-block-start: 2px;
  }
  .place {
    width: 100%;
    justify-content: space-between;
    text-align: start;
    border-color: transparent;
    background: transparent;
  }
  .place:hover {
    border-color: ${t('color-border')};
  }
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
    /* The muted colour does not show in forced colours: a zoom button at its limit is drawn as disabled. */
    .zoom button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    /* Forced colours drop the popup's shadow: a border shows where it ends. */
    .leaflet-popup-content-wrapper,
    .leaflet-popup-tip {
      border: 1px solid CanvasText;
    }
  }
`);
