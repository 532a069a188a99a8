/**
 * Links from event data are attacker-controlled. Only http(s) URLs and relative references
 * become links; everything else (javascript:, data:, vbscript:, blob:, file: and their
 * obfuscated forms) is shown as text.
 */

const BASE = 'https://relative.invalid/';

/**
 * The URL to use in an `href`, or null when it must not be a link. Normalises like the browser
 * does (strips tabs, newlines and leading / trailing control characters) before deciding.
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // The URL parser removes ASCII tab / newline anywhere and C0 controls + space at both ends.
  // eslint-disable-next-line no-control-regex -- mirrors the WHATWG URL parser
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (cleaned === '' || cleaned.length > 8192) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(cleaned);
  let parsed: URL;
  try {
    // With a scheme, parse without a base: against a base of the same scheme `https:x` would be a
    // relative path here and an invalid host on a page served over http.
    parsed = hasScheme ? new URL(cleaned) : new URL(cleaned, BASE);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // A relative reference must stay relative: never let a backslash or odd form escape to another scheme.
  if (!hasScheme && parsed.origin !== new URL(BASE).origin && !cleaned.startsWith('//')) return null;
  return cleaned;
}

/** True when the URL leaves the current origin (links open in a new tab with `noopener`). */
export function isExternalUrl(url: string, origin = typeof location === 'undefined' ? '' : location.origin): boolean {
  try {
    return new URL(url, origin || BASE).origin !== (origin || new URL(BASE).origin);
  } catch {
    return false;
  }
}
