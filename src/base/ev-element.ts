import { ContextRoot } from '@lit/context';
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  type DeepPartial,
  type Translation,
  onTranslationChange,
  resolveTranslation,
  translationVersion,
} from '../i18n/translation.js';
import { hostStyles } from '../styles/host.styles.js';

export type Theme = 'light' | 'dark';

let contextRootAttached = false;

/** Listens for context requests made before their provider was upgraded (any definition order works). */
function ensureContextRoot(): void {
  if (contextRootAttached || typeof document === 'undefined') return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Re-renders an element when the `lang` / `dir` it inherits changes: on itself, on an ancestor,
 * on `<html>`, or on an ancestor in a shadow root around it, and when it is moved. One observer
 * for the document and the shadow roots around connected elements (it holds them weakly).
 */
const langKeys = new WeakMap<EvBaseElement, string>();
const langWatched = new Set<EvBaseElement>();
let langObserver: MutationObserver | undefined;
const langKey = (el: Element) => `${closestComposed(el, 'lang')?.getAttribute('lang')}|${closestComposed(el, 'dir')?.getAttribute('dir')}`;
/** Re-renders `el` when its key changed since it was last checked. */
function checkLang(el: EvBaseElement): void {
  const key = langKey(el);
  if (langKeys.has(el) && langKeys.get(el) !== key) el.requestUpdate();
  langKeys.set(el, key);
}
function watchLang(el: EvBaseElement, on: boolean): void {
  if (!on || typeof MutationObserver === 'undefined') return void langWatched.delete(el);
  langWatched.add(el);
  checkLang(el);
  langObserver ??= new MutationObserver(() => langWatched.forEach(checkLang));
  for (let root = el.getRootNode(); ; root = root.host.getRootNode()) {
    langObserver.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/** Walks up the composed tree (through shadow roots) to the closest element with `attr`. */
function closestComposed(start: Element, attr: string): Element | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attr)) return node;
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return null;
}

/**
 * What every ev-* element has: shared host styles and tokens, the element's effective language
 * and direction (inherited across shadow roots), its translation, the `theme` override, and a
 * typed `emit` helper. Registers nothing. Elements extend `EvElement`; only the notification
 * bell, which keeps its script-tag bundle small and answers late context providers itself,
 * extends this directly.
 */
export class EvBaseElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** Forces the light or dark palette; by default the element follows `--ev-color-scheme` and the OS. */
  @property({ reflect: true }) theme?: Theme;

  /** Per-element string overrides, merged over the global translation. */
  @property({ attribute: false }) strings?: DeepPartial<Translation>;

  #unlistenTranslation?: () => void;
  #translationKey = '';
  #translation?: Translation;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlistenTranslation = onTranslationChange(() => this.requestUpdate());
    watchLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlistenTranslation?.();
    watchLang(this, false);
  }

  /** The language in effect: this element's `lang`, else the closest ancestor's, else the browser's. */
  get effectiveLang(): string {
    const owner = closestComposed(this, 'lang');
    const lang = owner?.getAttribute('lang')?.trim();
    if (lang) return lang;
    return typeof navigator !== 'undefined' ? navigator.language || 'en' : 'en';
  }

  /** The direction in effect, inherited across shadow roots. */
  get effectiveDir(): 'ltr' | 'rtl' {
    const owner = closestComposed(this, 'dir');
    const dir = owner?.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The resolved translation for this element (global strings for its language plus `.strings`). */
  protected get i18n(): Translation {
    const lang = this.effectiveLang;
    const key = `${lang}|${translationVersion()}`;
    if (!this.#translation || key !== this.#translationKey) {
      this.#translationKey = key;
      this.#translation = resolveTranslation(lang, this.strings);
    }
    return this.#translation;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('strings')) this.#translation = undefined;
  }

  /** Dispatches a typed event and returns false when a listener cancelled it. */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}

/**
 * Base class of every ev-* element (see `EvBaseElement`), and of your own: a context root is
 * attached to the document before the first one connects, so `@consume` in any subclass gets
 * the value of a provider (`<ev-source>`) upgraded after it. Registers nothing.
 */
export class EvElement extends EvBaseElement {
  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }
}
