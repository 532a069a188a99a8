/**
 * Set-up for the log's own summary (the expanded row when `<ev-detail>` is not defined). Not
 * helpers.js: it imports src/define.js, which defines <ev-detail>.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';

export async function waitFor(check: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * What clicking `button` writes to the clipboard (the clipboard is swapped for the click only).
 * With `refuse`, the clipboard refuses (rejects) and nothing is written.
 */
export async function copied(button: HTMLButtonElement, { refuse = false }: { refuse?: boolean } = {}): Promise<string> {
  const written: string[] = [];
  let asked = false;
  const writeText = async (text: string) => {
    asked = true;
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(text);
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    button.click();
    await waitFor(() => asked, 'clipboard');
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
  return written[0] ?? '';
}

/** The text of `el`'s polite live region (what it last announced). */
export const announced = (el: HTMLElement): string => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

/** A 1000px-wide log of `event` (in `lang`, `theme`), its row expanded: the log and its summary. */
export async function expandedSummary(
  event: EventRecord,
  { lang = 'en', theme, height = 600 }: { lang?: string; theme?: string; height?: number } = {},
): Promise<{ el: EvLog; summary: HTMLElement }> {
  const el = await fixture<EvLog>(html`<ev-log lang=${lang} theme=${theme ?? nothing} style="height: ${height}px; width: 1000px" .events=${[event]}></ev-log>`);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await nextFrame();
    }
  };
  await settle();
  el.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
  await settle();
  const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="summary"]');
  expect(summary, 'the log’s own summary').to.not.equal(null);
  return { el, summary: summary! };
}
