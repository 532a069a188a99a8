import { css } from 'lit';
import { fieldStyles } from './field.styles.js';
import { inLayer } from './layer.js';
import { t } from './token.js';

/** Loading / empty / error views and the spinner, shared by every data element. */
export const stateStyles = inLayer(css`
  .ev-state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: ${t('space-2')};
    padding: ${t('space-5')} ${t('space-4')};
    color: ${t('color-text-muted')};
    text-align: center;
  }
  .ev-state p {
    margin: 0;
    max-width: 60ch;
    overflow-wrap: anywhere;
  }
  .ev-loading {
    flex-direction: row;
  }
  .ev-error-title {
    color: ${t('color-alert')};
    font-weight: 600;
  }
  .ev-spinner {
    width: 1em;
    height: 1em;
    border: 2px solid ${t('color-border')};
    border-top-color: ${t('color-accent')};
    border-radius: 50%;
    animation: ev-spin 0.8s linear infinite;
  }
  @keyframes ev-spin {
    to {
      transform: rotate(360deg);
    }
  }
  /* Forced colours paint every border one colour: the ring in GrayText, the arc in CanvasText, so the arc still shows. */
  @media (forced-colors: active) {
    .ev-spinner {
      border-color: GrayText;
      border-top-color: CanvasText;
    }
  }
  /* Shortened to 0.01 ms (host styles), a repeating spin would flicker: it stands still. */
  @media (prefers-reduced-motion: reduce) {
    .ev-spinner {
      animation: none;
    }
  }
`);

/** Buttons with the tokens; used by every interactive element. */
export const buttonStyles = inLayer(css`
  button {
    font: inherit;
    color: inherit;
    display: inline-flex;
    align-items: center;
    gap: ${t('space-1')};
    min-height: 2rem;
    padding: ${t('space-1')} ${t('space-3')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-surface-raised')};
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: ${t('color-surface-hover')};
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonBorder;
    }
  }
`);

/**
 * Buttons, inputs and selects with the tokens; used by every element with form fields. An element
 * with buttons only takes `buttonStyles` (the notification bell, to stay small).
 */
export const controlStyles = [buttonStyles, fieldStyles];
