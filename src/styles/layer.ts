import { type CSSResult, unsafeCSS } from 'lit';

/**
 * Wraps component CSS in `@layer ev`, so page styles (::part rules, tokens) always win.
 * A function rather than an inline `@layer` block so lit-analyzer can still check the CSS.
 */
export function inLayer(styles: CSSResult): CSSResult {
  return unsafeCSS(`@layer ev{${styles.cssText}}`);
}
