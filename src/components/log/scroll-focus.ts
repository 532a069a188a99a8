/**
 * `<dd ${scrollFocus(label, …deps)}>`: a box that scrolls (its content overflows it) is a tab stop
 * named `label`, so a keyboard reaches it and the arrow keys scroll it; a box whose content fits is
 * no tab stop and has no name of its own. Measured when the box is drawn or resized
 * (ResizeObserver) and, in the next frame, after a render with other `deps` (other content in a
 * box of the same size).
 */
import { noChange } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';

const labels = new WeakMap<Element, string>();
let observer: ResizeObserver | undefined;

function measure(el: HTMLElement): void {
  const label = labels.get(el);
  if (label !== undefined && el.isConnected && (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth)) {
    if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
    if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
  } else {
    el.removeAttribute('tabindex');
    el.removeAttribute('aria-label');
  }
}

function sizes(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) measure(entry.target as HTMLElement);
  });
  return observer;
}

class ScrollFocus extends AsyncDirective {
  #el?: HTMLElement;
  #deps: readonly unknown[] = [];
  #frame = 0;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('scrollFocus() belongs on an element');
  }

  render(_label: string, ..._deps: unknown[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [label, ...deps]: Parameters<this['render']>): unknown {
    const el = part.element as HTMLElement;
    const changed = labels.get(el) !== label || deps.length !== this.#deps.length || deps.some((d, i) => d !== this.#deps[i]);
    labels.set(el, label);
    this.#deps = deps;
    if (el !== this.#el) {
      if (this.#el) sizes().unobserve(this.#el);
      this.#el = el;
      sizes().observe(el);
    } else if (changed) {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => measure(el));
    }
    return noChange;
  }

  protected override disconnected(): void {
    cancelAnimationFrame(this.#frame);
    if (this.#el) sizes().unobserve(this.#el);
  }

  protected override reconnected(): void {
    if (this.#el) sizes().observe(this.#el);
  }
}

export const scrollFocus = directive(ScrollFocus);
