/**
 * The page chrome shared by the demo pages: the display settings in the header (time zone,
 * theme, language, direction) and the page's own strings. One switch restyles or re-words
 * every element on the page:
 *
 * - time zone → `<ev-source>.timeZone` (shared by every element, kept in the URL as `tz`);
 * - theme → `data-theme` on <html>, which sets `--ev-color-scheme` (demo.css); the chart and
 *   the map re-resolve their canvas colours when it changes;
 * - language → `lang` on <html> (the elements follow the closest `lang`);
 * - direction → `dir` on <html>.
 */
import type { EvSource } from '../src/components/source/source.js';
import { isValidTimeZone } from '../src/format/time.js';
import { type DemoStrings, type Language, applyStrings, demoStrings, languages } from './strings.js';

export type Theme = 'system' | 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';

const ZONES = ['local', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];
const KEY = { theme: 'ev-demo-theme', lang: 'ev-demo-lang', dir: 'ev-demo-dir' } as const;

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key) as T | null;
    return value && allowed.includes(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the setting lasts for this page only */
  }
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  el.selected = selected;
  return el;
}

function select(id: string): HTMLSelectElement {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLSelectElement)) throw new Error(`demo page: no <select id="${id}">`);
  return el;
}

export interface Shell {
  /** The page's strings in the current language. */
  readonly t: DemoStrings;
  /** Called after the language changed (re-word what the page rendered itself). */
  onLanguage(callback: (t: DemoStrings) => void): void;
}

/** Wires the header's settings to the document and to the source's shared state. */
export function setupShell(source: EvSource, titleKey: 'docTitleAdmin' | 'docTitleMapped'): Shell {
  const root = document.documentElement;
  const listeners: Array<(t: DemoStrings) => void> = [];
  let t = demoStrings(root.lang);

  const theme = select('theme');
  const lang = select('lang');
  const dir = select('dir');
  const zone = select('tz');

  const applyTheme = (value: Theme) => {
    if (value === 'system') delete root.dataset.theme;
    else root.dataset.theme = value;
  };
  const fillOptions = () => {
    const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const current = source.timeZone;
    const zones = ZONES.includes(current) ? ZONES : [...ZONES, current];
    zone.replaceChildren(...zones.map((z) => option(z, z === 'local' ? t.local(localZone) : z, z === current)));
    theme.replaceChildren(
      ...(['system', 'light', 'dark'] as const).map((v) =>
        option(v, { system: t.themeSystem, light: t.themeLight, dark: t.themeDark }[v], v === (root.dataset.theme ?? 'system')),
      ),
    );
    lang.replaceChildren(...(Object.keys(languages) as Language[]).map((v) => option(v, languages[v], v === root.lang)));
    dir.replaceChildren(...(['ltr', 'rtl'] as const).map((v) => option(v, t[v], v === (root.dir || 'ltr'))));
  };
  const applyLanguage = (value: Language) => {
    root.lang = value;
    t = demoStrings(value);
    applyStrings(document, t);
    document.title = t[titleKey];
    fillOptions();
    for (const listener of listeners) listener(t);
  };

  // A zone the browser does not know (an edited link) falls back to the local one.
  if (!isValidTimeZone(source.timeZone)) source.timeZone = 'local';
  applyTheme(stored<Theme>(KEY.theme, ['system', 'light', 'dark'], 'system'));
  root.dir = stored<Direction>(KEY.dir, ['ltr', 'rtl'], 'ltr');
  applyLanguage(stored<Language>(KEY.lang, Object.keys(languages) as Language[], 'en'));

  theme.addEventListener('change', () => {
    applyTheme(theme.value as Theme);
    store(KEY.theme, theme.value);
  });
  lang.addEventListener('change', () => {
    applyLanguage(lang.value as Language);
    store(KEY.lang, lang.value);
  });
  dir.addEventListener('change', () => {
    root.dir = dir.value;
    store(KEY.dir, dir.value);
  });
  zone.addEventListener('change', () => {
    source.timeZone = zone.value;
  });
  // The zone also changes through the URL (back / forward, a shared link).
  source.store.addEventListener('change', () => {
    if (zone.value !== source.timeZone) fillOptions();
  });

  return {
    get t() {
      return t;
    },
    onLanguage(callback) {
      listeners.push(callback);
    },
  };
}
