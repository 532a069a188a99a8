/** Shared helpers for the <ev-map> browser tests. */
import { waitUntil } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { makeEvents } from '../../fixtures/events.js';

export function $(el: EvMap, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: EvMap, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the data to be clustered and drawn. */
export async function drawn(el: EvMap): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.view !== undefined, 'the map never appeared', { timeout: 8000 });
  await el.rendered;
  await el.updateComplete;
}

/** `count` events (cycling actions) all at one place. */
export function eventsAt(count: number, place: { lat: number; long: number; city?: string; country?: string }, seed = 1): EventRecord[] {
  return makeEvents({ count, seed }).map((e) => ({ ...e, context: { ...e.context, geo: { ...place } } }));
}

/** Web Mercator pixel of a coordinate in the 256-pixel world at `zoom`. */
function worldPixel(lat: number, long: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(size * (long + 180)) / 360, size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

/** Viewport (client) coordinates of a place on the map, for sendMouse and pixel checks. */
export function project(el: EvMap, lat: number, long: number): { x: number; y: number } {
  const view = el.view!;
  const rect = $(el, '.canvas')!.getBoundingClientRect();
  const [px, py] = worldPixel(lat, long, view.zoom);
  const [cx, cy] = worldPixel(view.center[0], view.center[1], view.zoom);
  return { x: rect.left + rect.width / 2 + (px - cx), y: rect.top + rect.height / 2 + (py - cy) };
}

/** RGBA of a canvas pixel at viewport coordinates. */
export function pixel(canvas: HTMLCanvasElement, x: number, y: number): [number, number, number, number] {
  const rect = canvas.getBoundingClientRect();
  const scale = canvas.width / rect.width;
  const d = canvas.getContext('2d')!.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!, d[3]!];
}

export function baseCanvas(el: EvMap): HTMLCanvasElement {
  return $(el, '.leaflet-evBase-pane canvas') as HTMLCanvasElement;
}

export function markerCanvas(el: EvMap): HTMLCanvasElement {
  return $(el, '.leaflet-overlay-pane canvas') as HTMLCanvasElement;
}

export const BERLIN = { lat: 52.52, long: 13.405, city: 'Berlin', country: 'DE' };
export const POTSDAM = { lat: 52.39, long: 13.065, city: 'Potsdam', country: 'DE' };
export const TOKYO = { lat: 35.676, long: 139.65, city: 'Tokyo', country: 'JP' };
export const SAO_PAULO = { lat: -23.55, long: -46.633, city: 'São Paulo', country: 'BR' };

/** Whether `word`, in the text of `root`, is laid out left to right: its first letter left of its last. */
export function readsLeftToRight(root: Element, word: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.lastIndexOf(word);
    if (at < 0) continue;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(node!, i);
      range.setEnd(node!, i + 1);
      return range.getBoundingClientRect().left;
    };
    return left(at) < left(at + word.length - 1);
  }
  throw new Error(`"${word}" is not in ${root.textContent ?? ''}`);
}

/** Errors thrown anywhere on the page (unhandled rejections too) while `run` runs. */
export async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => (errors.push(String(e.error ?? e.message)), e.preventDefault());
  const onRejection = (e: PromiseRejectionEvent) => (errors.push(String(e.reason)), e.preventDefault());
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** The open popup's count line ("40 events"). */
export const popupCount = (el: EvMap): string => text($(el, '[part=popup] .popup-count'));
/** The times of the events the open popup lists, as ISO strings. */
export const shownTimes = (el: EvMap): string[] => $$(el, '.popup-event time').map((t) => new Date(t.getAttribute('datetime')!).toISOString());
/** The five newest times of `events`, as the popup lists them. */
export const newest = (events: EventRecord[]): string[] =>
  events
    .map((e) => Date.parse(e.created))
    .sort((a, b) => b - a)
    .slice(0, 5)
    .map((ms) => new Date(ms).toISOString());
