import { type CSSResult, unsafeCSS } from 'lit';
import { type TokenName, tokenDefaults } from '../generated/tokens.js';

export type { TokenName };

const cache = new Map<string, CSSResult>();

/**
 * `var(--ev-<name>, <default>)` as CSS, so an element looks right without tokens.css and
 * still follows any --ev-* value the page sets. Pass `hook` for a per-component property
 * (e.g. `log-row-bg`) that falls back to the global token.
 *
 * The values are static package CSS from tokens.css, never data.
 */
export function t(name: TokenName, hook?: string): CSSResult {
  const key = hook ? `${hook}|${name}` : name;
  let result = cache.get(key);
  if (!result) {
    const base = `var(--ev-${name}, ${tokenDefaults[name]})`;
    result = unsafeCSS(hook ? `var(--ev-${hook}, ${base})` : base);
    cache.set(key, result);
  }
  return result;
}

/** The default of a token, for code that needs a value outside CSS. */
export function tokenDefault(name: TokenName): string {
  return tokenDefaults[name];
}
