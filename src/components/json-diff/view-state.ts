import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** JSON-pointer escaping of one path segment (`~` → `~0`, `/` → `~1`). */
export function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * What the user opened, closed and paged in a tree or diff, keyed by path. Re-renders its host
 * on every change; `reset()` when the data changes.
 */
export class ViewState implements ReactiveController {
  #open = new Map<string, boolean>();
  #limits = new Map<string, number>();
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

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

  reset(): void {
    this.#open.clear();
    this.#limits.clear();
  }
}
