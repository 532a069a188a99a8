/**
 * `encodeURIComponent` for values from data (event and notification keys, mapped fields): a
 * lone UTF-16 surrogate, which `encodeURIComponent` refuses with a URIError, becomes U+FFFD.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function encodeSegment(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}
