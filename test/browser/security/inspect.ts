/**
 * Inspects everything an element rendered — its light DOM, every shadow root below it, and
 * nodes it portalled to `document.body` — for markup that came alive from data.
 */
import { NEVER_RENDERED_TAGS } from '../../fixtures/xss-corpus.js';

export interface Finding {
  problem: string;
  where: string;
}

/** Every element in the composed tree under `root` (shadow roots included). */
export function allElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return out;
}

function describe(el: Element): string {
  const host = el.getRootNode() instanceof ShadowRoot ? `${(el.getRootNode() as ShadowRoot).host.localName} ▸ ` : '';
  const part = el.getAttribute('part');
  return `${host}<${el.localName}${part ? ` part="${part}"` : ''}>`;
}

/** http(s) or relative (resolved against the page, it stays http(s)). */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'];

/** Every link target (`href` of `a` / `area`, SVG `href` / `xlink:href`) under `root`. */
export function links(root: Node): string[] {
  return allElements(root)
    .filter((el) => el.hasAttribute('href') || el.hasAttribute('xlink:href'))
    .map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '');
}

/** Problems found under `root`; an empty list means nothing from data became live. */
export function inspect(root: Node): Finding[] {
  const findings: Finding[] = [];
  for (const el of allElements(root)) {
    if (NEVER_RENDERED_TAGS.includes(el.localName)) findings.push({ problem: `live <${el.localName}> element`, where: describe(el) });
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push({ problem: `event-handler attribute ${name}`, where: describe(el) });
      if (name === 'srcdoc') findings.push({ problem: 'srcdoc attribute', where: describe(el) });
      if (URL_ATTRIBUTES.includes(name) && name !== 'srcdoc' && !isSafeLink(attr.value)) {
        findings.push({ problem: `${name}="${attr.value.slice(0, 60)}" is not an http(s) or relative URL`, where: describe(el) });
      }
      if (name === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(attr.value)) {
        findings.push({ problem: `style attribute with ${attr.value.slice(0, 40)}`, where: describe(el) });
      }
      // Markup parsed from data leaves names no template writes (`"`, `/`, `<` …).
      if (!/^[a-z][a-z0-9_.:-]*$/.test(name)) findings.push({ problem: `odd attribute name ${JSON.stringify(name.slice(0, 40))}`, where: describe(el) });
    }
    if (el.localName === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
      findings.push({ problem: 'a new-tab link without rel="noopener"', where: describe(el) });
    }
  }
  return findings;
}
