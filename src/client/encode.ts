/**
 * `encodeURIComponent` for values from data (event and notification keys, mapped fields): a
 * lone UTF-16 surrogate, which `encodeURIComponent` refuses with a URIError, becomes U+FFFD.
 */
// With the `u` flag a well-formed pair is one code point, so only a lone surrogate is a `Cs` match.
const LONE_SURROGATE = /\p{Cs}/gu;

export function encodeSegment(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}
