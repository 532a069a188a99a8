import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** JSON-pointer escaping of one path segment (`~` → `~0`, `/` → `~1`). */
export function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * What takes the place of `button`'s row (`li` / `tr`) once its list has re-rendered: the row
 * now at the same index, e.g. the first entry an "N unchanged entries" or "Show more" row revealed.
 */
export function samePlace(button: Element): () => Element | undefined {
  const row = button.closest('li, tr');
  const list = row?.parentElement;
  if (!row || !list) return () => undefined;
  const index = Array.prototype.indexOf.call(list.children, row);
  return () => (list.isConnected ? list.children[index] : undefined);
}

/**
 * What the user opened, closed and paged in a tree or diff, keyed by path. Re-renders its host
 * on every change; `reset()` when the data changes.
 */
export class ViewState implements ReactiveController {
  #open = new Map<string, boolean>();
  #limits = new Map<string, number>();
  readonly #host: ReactiveControllerHost;
  #focusTarget?: () => Element | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Call from the click of a button whose action re-renders it away ("N unchanged entries", the
   * last "Show more"): when the button has focus, focus goes after that update to `target()`
   * (default: what took its row's place), not to the page. Nothing moves when focus survived.
   */
  keepFocus(button: EventTarget | null, target?: () => Element | undefined): void {
    if (!(button instanceof Element) || !button.matches(':focus')) return;
    this.#focusTarget = target ?? samePlace(button);
  }

  hostUpdated(): void {
    const target = this.#focusTarget;
    if (!target) return;
    this.#focusTarget = undefined;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const next = target();
    if (!(next instanceof HTMLElement)) return;
    if (!next.matches('button, [href], input, select, textarea, [tabindex]')) next.tabIndex = -1;
    next.focus();
  }

  isOpen(path: string, fallback = false): boolean {
    return this.#open.get(path) ?? fallback;
  }

  setOpen(path: string, open: boolean): void {
    if (this.#open.get(path) === open) return;
    this.#open.set(path, open);
    this.#host.requestUpdate();
  }

  toggle(path: string, fallback = false): void {
    this.setOpen(path, !this.isOpen(path, fallback));
  }

  /** How many children of `path` to render (pages of `base`). */
  limit(path: string, base: number): number {
    return this.#limits.get(path) ?? base;
  }

  more(path: string, base: number): void {
    this.#limits.set(path, this.limit(path, base) + base);
    this.#host.requestUpdate();
  }

  /** Back to the first page of `path` (e.g. when text shown page by page is closed). */
  resetLimit(path: string): void {
    if (this.#limits.delete(path)) this.#host.requestUpdate();
  }

  reset(): void {
    this.#open.clear();
    this.#limits.clear();
  }
}
