/**
 * Loads Leaflet on demand (a page without `<ev-map>` downloads none of it).
 *
 * Leaflet 1.9.4 probes inline-SVG support while its module evaluates, with
 * `document.createElement('div').innerHTML = '<svg/>'`. Under
 * `require-trusted-types-for 'script'` that assignment throws and the import fails. While the
 * import runs, the innerHTML setter treats exactly that string on a detached `<div>` as what it
 * means (one empty `<svg>` child, built with createElementNS) and passes everything else to the
 * browser's own setter, so nothing else changes. Leaflet's other innerHTML uses are in parts the
 * map does not use (default controls, close button, DivIcon).
 */
import type * as Leaflet from 'leaflet';

export type LeafletNS = typeof Leaflet;

const SVG_NS = 'http://www.w3.org/2000/svg';

function allowSvgProbe(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  const nativeSet = descriptor?.set;
  if (!descriptor || !nativeSet || !descriptor.configurable) return () => {};
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...descriptor,
    set(this: Element, value: unknown) {
      if (value === '<svg/>' && this.localName === 'div' && !this.isConnected) {
        this.replaceChildren(document.createElementNS(SVG_NS, 'svg'));
        return;
      }
      nativeSet.call(this, value);
    },
  });
  return () => Object.defineProperty(Element.prototype, 'innerHTML', descriptor);
}

let loading: Promise<LeafletNS> | undefined;

/** Leaflet's ESM namespace (imported once; a failed download can be retried). */
export function loadLeaflet(): Promise<LeafletNS> {
  loading ??= (async () => {
    const restore = allowSvgProbe();
    try {
      return (await import('leaflet/dist/leaflet-src.esm.js')) as LeafletNS;
    } catch (error) {
      loading = undefined;
      throw error;
    } finally {
      restore();
    }
  })();
  return loading;
}
