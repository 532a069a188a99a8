// The <ev-map> bench pages' popup click (map.ts: the dense popup; map-dense.ts: the densest one).
import type { EvMap } from '../../src/components/map/map.js';
import { idle } from './stats.js';


/** Closes any popup, waits `settleMs`, then clicks the only marker: ms until a popup is in the DOM. */
export async function clickOnlyMarker(el: EvMap, settleMs: number): Promise<number> {
  const root = el.shadowRoot!;
  root.querySelector<HTMLElement>('[part=popup-close]')?.click();
  await idle(settleMs);
  const shown = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[part=popup]')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  root.querySelector<HTMLElement>('[part=marker]')!.click();
  await shown;
  return performance.now() - t0;
}
