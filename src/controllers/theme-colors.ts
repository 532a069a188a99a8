import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Attributes whose change on the host or an ancestor may change the colours in effect. */
const THEME_ATTRIBUTES = ['theme', 'class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'];

/** Media queries whose change may change the colours in effect. */
const THEME_MEDIA = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'];

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: HTMLElement | DocumentFragment };

export interface ResolveOptions {
  /**
   * Keep the authored colour when the user forces colours (Windows High Contrast): for data
   * colours that tell series apart. By default a colour follows forced colours like text does
   * (`CanvasText`), which suits axes, labels and outlines.
   */
  keepInForcedColors?: boolean;
}

export interface ThemeColorsOptions {
  /** Called after one or more resolved colours changed (light / dark switch, `theme` attribute, page tokens). */
  onChange?: () => void;
}

/**
 * Resolves CSS colour expressions to concrete colours, as the host element sees them, for
 * libraries that draw without CSS (Chart.js, Leaflet canvas layers, `<canvas>` in general).
 *
 * Generic: any element can use it for any token, e.g.
 * `colors.resolve('var(--ev-action-3, #1a7f37)')` or `colors.resolve('light-dark(#fff, #000)')`.
 * A hidden probe element inside the host's shadow root takes the expression as its `color`;
 * `getComputedStyle(probe).color` then gives the concrete colour with the host's custom
 * properties, `color-scheme` (so `light-dark()` picks the right side) and `color-mix()` applied.
 *
 * The controller re-resolves every colour it has handed out when the operating system's colour
 * scheme or contrast changes (matchMedia), and when `theme`, `class`, `style` or `data-theme`
 * changes on the host or on any ancestor, across shadow roots (MutationObserver). When a value
 * actually changed, it calls `onChange` and requests a host update. Call `refresh()` after
 * changing tokens in a way it cannot observe (e.g. replacing a stylesheet).
 */
export class ThemeColorsController implements ReactiveController {
  readonly #host: Host;
  readonly #options: ThemeColorsOptions;
  readonly #cache = new Map<string, string>();
  #probe?: HTMLElement;
  #observer?: MutationObserver;
  #media: MediaQueryList[] = [];
  #scheduled = false;
  #version = 0;

  constructor(host: Host, options: ThemeColorsOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Increments every time resolved colours change; handy as a cache key. */
  get version(): number {
    return this.#version;
  }

  /**
   * The concrete colour (`rgb(…)`, `rgba(…)` or `color(…)`) of a CSS colour expression in the
   * host's context. An expression the browser cannot parse gives `fallback`.
   */
  resolve(expression: string, fallback = 'rgb(0, 0, 0)', options: ResolveOptions = {}): string {
    const key = options.keepInForcedColors ? `keep|${expression}` : expression;
    let value = this.#cache.get(key);
    if (value === undefined) {
      value = this.#compute(key) ?? fallback;
      this.#cache.set(key, value);
    }
    return value;
  }

  /** Re-resolves every colour handed out so far; returns true (and notifies) when any changed. */
  refresh(): boolean {
    let changed = false;
    for (const [key, old] of this.#cache) {
      const value = this.#compute(key) ?? old;
      if (value !== old) {
        this.#cache.set(key, value);
        changed = true;
      }
    }
    if (changed) {
      this.#version++;
      this.#options.onChange?.();
      this.#host.requestUpdate();
    }
    return changed;
  }

  hostConnected(): void {
    if (typeof window === 'undefined') return;
    this.#media = THEME_MEDIA.map((query) => window.matchMedia(query));
    for (const media of this.#media) media.addEventListener('change', this.#schedule);
    this.#observer = new MutationObserver(this.#schedule);
    for (let node: Node | null = this.#host; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element) this.#observer.observe(node, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
    }
    // Colours may differ in the new place (another container's tokens).
    if (this.#cache.size) this.#schedule();
  }

  hostDisconnected(): void {
    for (const media of this.#media) media.removeEventListener('change', this.#schedule);
    this.#media = [];
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Coalesces bursts of attribute changes into one refresh. */
  #schedule = (): void => {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#host.isConnected) this.refresh();
    });
  };

  /** `key` is the expression, prefixed with `keep|` to keep it in forced-colours mode. */
  #compute(key: string): string | undefined {
    const probe = this.#ensureProbe();
    if (!probe) return undefined;
    const keep = key.startsWith('keep|');
    const expression = keep ? key.slice(5) : key;
    probe.style.forcedColorAdjust = keep ? 'none' : '';
    probe.style.color = '';
    probe.style.color = expression;
    if (!probe.style.color) return undefined;
    return getComputedStyle(probe).color;
  }

  #ensureProbe(): HTMLElement | undefined {
    if (this.#probe?.isConnected) return this.#probe;
    const root = this.#host.renderRoot ?? this.#host.shadowRoot ?? this.#host;
    if (typeof document === 'undefined' || !root) return undefined;
    const probe = this.#probe ?? document.createElement('span');
    probe.setAttribute('aria-hidden', 'true');
    probe.dataset.evColorProbe = '';
    probe.style.display = 'none';
    // First child: outside the part a Lit template renders into, so re-renders never remove it.
    root.insertBefore(probe, root.firstChild);
    this.#probe = probe;
    return probe;
  }
}
