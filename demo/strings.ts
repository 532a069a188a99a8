/**
 * The demo pages' own words (the elements bring theirs). Applied as text only: elements with
 * `data-i18n="key"` get the string as their text, `data-i18n-label="key"` as `aria-label`.
 */
const en = {
  brand: 'event-elements',
  pages: 'Demo pages',
  pageAdmin: 'Event logs',
  pageMapped: 'Another API (mapped)',
  pagePortal: 'Portal with a bell',
  settings: 'Display settings',
  timeZone: 'Time zone',
  local: (zone: string) => `Local (${zone})`,
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  language: 'Language',
  direction: 'Direction',
  ltr: 'Left to right',
  rtl: 'Right to left',
  crumbs: 'Events',
  adminTitle: 'Logs',
  adminIntro: 'Every event of the reference server, live. Click a bar or a place to filter, a row to see the event.',
  mappedTitle: 'Audit log of another API',
  mappedIntro: 'The same elements on the server\u2019s second JSON shape (/api/alt/v1: cursor paging, other field names, an API key), through createMappedClient and a declared mapping.',
  volume: 'Volume',
  locations: 'Locations',
  logs: 'Events',
  detail: 'Event details',
  close: 'Close',
  connecting: 'Connecting to the events API…',
  connected: (count: string) => `Connected · ${count} events`,
  unreachable: 'The events API is not reachable. Is `npm start` running?',
  refused: (status: number) => `The events API answered ${status}.`,
  docTitleAdmin: 'Event logs — event-elements demo',
  docTitleMapped: 'Mapped API — event-elements demo',
};

export type DemoStrings = typeof en;

const de: DemoStrings = {
  brand: 'event-elements',
  pages: 'Demoseiten',
  pageAdmin: 'Ereignisprotokoll',
  pageMapped: 'Andere API (Mapping)',
  pagePortal: 'Portal mit Glocke',
  settings: 'Anzeigeeinstellungen',
  timeZone: 'Zeitzone',
  local: (zone) => `Lokal (${zone})`,
  theme: 'Design',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  language: 'Sprache',
  direction: 'Richtung',
  ltr: 'Links nach rechts',
  rtl: 'Rechts nach links',
  crumbs: 'Ereignisse',
  adminTitle: 'Protokoll',
  adminIntro: 'Alle Ereignisse des Referenzservers, live. Ein Klick auf einen Balken oder einen Ort filtert, auf eine Zeile zeigt das Ereignis.',
  mappedTitle: 'Audit-Log einer anderen API',
  mappedIntro: 'Dieselben Elemente auf der zweiten JSON-Form des Servers (/api/alt/v1: Cursor-Paging, andere Feldnamen, ein API-Schlüssel), über createMappedClient und ein deklariertes Mapping.',
  volume: 'Aufkommen',
  locations: 'Orte',
  logs: 'Ereignisse',
  detail: 'Ereignisdetails',
  close: 'Schließen',
  connecting: 'Verbindung zur Ereignis-API …',
  connected: (count) => `Verbunden · ${count} Ereignisse`,
  unreachable: 'Die Ereignis-API ist nicht erreichbar. Läuft `npm start`?',
  refused: (status) => `Die Ereignis-API antwortete mit ${status}.`,
  docTitleAdmin: 'Ereignisprotokoll — event-elements-Demo',
  docTitleMapped: 'API mit Mapping — event-elements-Demo',
};

export const languages = { en: 'English', de: 'Deutsch' } as const;
export type Language = keyof typeof languages;

export function demoStrings(lang: string): DemoStrings {
  return lang.toLowerCase().startsWith('de') ? de : en;
}

/** Puts the page's strings into every `data-i18n` / `data-i18n-label` element under `root`. */
export function applyStrings(root: ParentNode, t: DemoStrings): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = t[el.dataset.i18n as keyof DemoStrings];
    if (typeof value === 'string') el.textContent = value;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = t[el.dataset.i18nLabel as keyof DemoStrings];
    if (typeof value === 'string') el.setAttribute('aria-label', value);
  }
}
