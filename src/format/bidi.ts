/** Setting untrusted text (place names, users, action labels) apart from the text around it; used by <ev-map> and <ev-detail>. */

/** Explicit bidi formatting characters: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A piece of untrusted text set apart from the text around it, in any context (an element's text,
 * an accessible name, a title): an embedding, override or isolate it opens ends with it, and a
 * pop it has no opener for is dropped (a stray pop-isolate would close the `<bdi>` it is shown
 * in, letting its override reach the words after it). Text without such controls is returned as is.
 */
export function isolateText(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    if (ch === '\u202C') {
      // PDF closes an embedding or override, never an isolate.
      if (open.length === 0 || open[open.length - 1] === '\u2069') continue;
      open.pop();
    } else if (ch === '\u2069') {
      // PDI closes the innermost isolate and what was opened inside it.
      const at = open.lastIndexOf('\u2069');
      if (at < 0) continue;
      open.length = at;
    } else if (ch >= '\u202A' && ch <= '\u202E') open.push('\u202C');
    else if (ch >= '\u2066' && ch <= '\u2068') open.push('\u2069');
    out += ch;
  }
  // First strong isolate … pop directional isolate around it, its own openers closed inside.
  return `\u2068${out}${open.reverse().join('')}\u2069`;
}
