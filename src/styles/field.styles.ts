import { css } from 'lit';
import { inLayer } from './layer.js';
import { t } from './token.js';

/**
 * Inputs, selects and the primary button with the tokens (`controlStyles` in shared.styles.ts
 * has them with the buttons). A module of its own, so the bundle of an element with buttons only
 * leaves them out.
 */
export const fieldStyles = inLayer(css`
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 2rem;
    padding: ${t('space-1')} ${t('space-2')};
    border: 1px solid ${t('color-border')};
    border-radius: ${t('radius-md')};
    background: ${t('color-bg')};
  }
  button.primary {
    background: ${t('color-accent')};
    border-color: ${t('color-accent')};
    color: ${t('color-on-accent')};
  }
  @media (forced-colors: active) {
    input,
    select {
      border-color: ButtonBorder;
    }
  }
`);
