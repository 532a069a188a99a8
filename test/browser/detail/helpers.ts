import { fixture, html } from '@open-wc/testing';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import '../../../src/components/detail/ev-detail.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function $(root: Element, selector: string): HTMLElement | null {
  return root.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(root: Element, selector: string): HTMLElement[] {
  return [...root.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export function buttonOf(root: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return $$(root, 'button').find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b)))) as HTMLButtonElement | undefined;
}

/** The value of a summary / section field by its label. */
export function field(root: Element, label: string): string | null {
  const row = $$(root, '.field').find((f) => text(f.querySelector('dt')) === label);
  return row ? text(row.querySelector('dd')) : null;
}

/** Rows of the change table as [field, ...cells]. */
export function changeRows(el: EvDetail): string[][] {
  return $$(el, '.changes tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
}

/** The section whose heading reads `title`. */
export function section(el: EvDetail, title: string): HTMLElement | null {
  const heading = $$(el, '[role="heading"]').find((h) => text(h) === title);
  return heading ? (heading.closest('section') as HTMLElement) : null;
}

export async function detailOf(event: EventRecord, attrs: { theme?: string } = {}): Promise<EvDetail> {
  const el = await fixture<EvDetail>(html`<ev-detail .event=${event} theme=${attrs.theme ?? 'light'}></ev-detail>`);
  await el.updateComplete;
  return el;
}

export async function detailFor(client: EventsClient, id: string): Promise<EvDetail> {
  const el = await fixture<EvDetail>(html`<ev-detail .client=${client} event-id=${id}></ev-detail>`);
  return el;
}

/** Resolves once the element's view state is `state` (custom state `:state(x)`). */
export async function until(el: EvDetail, state: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!el.matches(`:state(${state})`)) {
    if (Date.now() - start > timeout) throw new Error(`still ${el.viewState}, wanted ${state}`);
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

/** What clicking `button` writes to the clipboard (the clipboard is swapped for the click only). */
export async function copiedBy(button: HTMLElement): Promise<string[]> {
  const original = navigator.clipboard.writeText;
  const copied: string[] = [];
  navigator.clipboard.writeText = async (t: string) => void copied.push(t);
  try {
    button.click();
    for (let i = 0; i < 200 && copied.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    navigator.clipboard.writeText = original;
  }
  return copied;
}
