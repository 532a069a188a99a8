import { css } from 'lit';
import { inLayer } from './layer.js';
import { t } from './token.js';

/** Host styles shared by every ev-* element (the EvElement base class adopts them). */
export const hostStyles = inLayer(css`
  :host {
    box-sizing: border-box;
    display: block;
    color-scheme: ${t('color-scheme')};
    color: ${t('color-text')};
    font-family: ${t('font-family')};
    font-size: ${t('font-size-md')};
    line-height: ${t('line-height')};
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid ${t('color-focus')};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`);
