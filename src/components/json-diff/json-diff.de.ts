/** German strings of <ev-json-diff> (registered by `event-elements/i18n/locales/de.js`). */
import { registerTranslation } from '../../i18n/translation.js';

const n = (value: number) => value.toLocaleString('de-DE');
const plural = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;

registerTranslation('de', {
  jsonDiff: {
    label: 'Änderungen',
    before: 'Vorher',
    after: 'Nachher',
    inline: 'Untereinander',
    sideBySide: 'Nebeneinander',
    layout: 'Darstellung',
    showAll: 'Alles zeigen',
    noChanges: 'Keine Unterschiede.',
    computing: 'Wird verglichen…',
    changes: (count) => plural(count, 'Änderung', 'Änderungen'),
    unchanged: (count) => plural(count, 'unveränderter Eintrag', 'unveränderte Einträge'),
    added: 'hinzugefügt',
    removed: 'entfernt',
    changed: 'geändert',
    moved: (from, to) => `verschoben von [${from}] nach [${to}]`,
    approximate: 'Sehr unterschiedliche Listen: die gezeigte Zuordnung ist eine Näherung.',
    matchedBy: (key) => `Einträge über ${key} zugeordnet`,
    deletedText: 'gelöschter Text',
    insertedText: 'eingefügter Text',
    items: (count) => plural(count, 'Eintrag', 'Einträge'),
    keys: (count) => plural(count, 'Schlüssel', 'Schlüssel'),
    emptyString: 'leere Zeichenkette',
    masked: 'maskiert',
    expand: (label) => `${label} aufklappen`,
    collapse: (label) => `${label} zuklappen`,
    showMore: (next, left) => `${n(next)} weitere zeigen (${n(left)} übrig)`,
    showFullText: (length) => `Alle ${n(length)} Zeichen zeigen`,
    showLessText: 'Weniger zeigen',
    showMoreText: (left) => `Mehr zeigen (${plural(left, 'Zeichen', 'Zeichen')} übrig)`,
    showMoreChanges: (next, left) => `${plural(next, 'weitere Änderung', 'weitere Änderungen')} zeigen (${n(left)} übrig)`,
    root: 'Wert',
    deepDifference: (levels, path, change) => `Erster Unterschied, ${plural(levels, 'Ebene', 'Ebenen')} tiefer: ${path}: ${change}`,
    deepAdded: (value) => `hinzugefügt ${value}`,
    deepRemoved: (value) => `entfernt ${value}`,
    deepStopped: (compared) => `Kein Unterschied in den ersten ${plural(compared, 'verglichenen Wert', 'verglichenen Werten')}; ab hier vergleichen, um weiter zu suchen.`,
    compareDeeper: 'Ab hier vergleichen',
  },
});
