/**
 * German (de). Import once to make it available to every element whose `lang` (or an
 * ancestor's) is `de` or `de-*`:
 *
 *   import 'event-elements/i18n/locales/de.js';
 */
import type { KnownAction } from '../../client/actions.js';
import { humanize } from '../../format/actions.js';
import { registerTranslation } from '../translation.js';
// Component namespaces register their German strings themselves.
import '../../components/detail/detail.de.js';
import '../../components/json-diff/json-diff.de.js';
import './de-log.js';

const actionLabels: Record<KnownAction, string> = {
  login: 'Anmeldung',
  login_failed: 'Anmeldung fehlgeschlagen',
  logout: 'Abmeldung',
  user_write: 'Benutzer geändert',
  suspicious_request: 'Verdächtige Anfrage',
  password_set: 'Passwort gesetzt',
  secret_view: 'Geheimnis angesehen',
  secret_rotate: 'Geheimnis rotiert',
  invitation_used: 'Einladung verwendet',
  authorize_application: 'Anwendung autorisiert',
  source_linked: 'Quelle verknüpft',
  impersonation_started: 'Identitätswechsel gestartet',
  impersonation_ended: 'Identitätswechsel beendet',
  flow_execution: 'Ablauf ausgeführt',
  policy_execution: 'Richtlinie ausgeführt',
  policy_exception: 'Richtlinienfehler',
  property_mapping_exception: 'Fehler in Eigenschaftszuordnung',
  system_task_execution: 'Systemaufgabe ausgeführt',
  system_task_exception: 'Fehler in Systemaufgabe',
  system_exception: 'Systemfehler',
  configuration_error: 'Konfigurationsfehler',
  configuration_warning: 'Konfigurationswarnung',
  model_created: 'Objekt erstellt',
  model_updated: 'Objekt geändert',
  model_deleted: 'Objekt gelöscht',
  email_sent: 'E-Mail gesendet',
  update_available: 'Update verfügbar',
  export_ready: 'Export bereit',
  review_initiated: 'Überprüfung gestartet',
  review_overdue: 'Überprüfung überfällig',
  review_attested: 'Überprüfung bestätigt',
  review_completed: 'Überprüfung abgeschlossen',
  account_lockdown_triggered: 'Kontosperre ausgelöst',
  access_request_created: 'Zugriffsanfrage erstellt',
  access_request_approved: 'Zugriffsanfrage genehmigt',
  access_request_denied: 'Zugriffsanfrage abgelehnt',
  access_request_revoked: 'Zugriffsanfrage widerrufen',
  mfa_device_added: 'MFA-Gerät hinzugefügt',
  mfa_device_removed: 'MFA-Gerät entfernt',
  login_blocked: 'Anmeldung blockiert',
  user_created: 'Benutzer erstellt',
};

registerTranslation('de', {
  common: {
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    errorTitle: 'Etwas ist schiefgelaufen',
    errors: {
      network: 'Der Ereignisserver ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
      timeout: 'Der Ereignisserver hat zu lange nicht geantwortet.',
      http: 'Der Ereignisserver hat mit einem Fehler geantwortet.',
      auth: 'Sie sind nicht angemeldet oder dürfen diese Ereignisse nicht sehen.',
      validation: 'Der Ereignisserver hat Daten in unerwarteter Form gesendet.',
      unsupported: 'Diese Ereignisquelle unterstützt diese Ansicht nicht.',
      config: 'Die Ereignisquelle ist nicht richtig eingerichtet, daher wurde nichts angefragt. Erneut versuchen hilft nicht: Bitte informieren Sie den Betreiber dieser Seite.',
    },
    httpStatus: (status) => `Status ${status}`,
    invalidPath: (path) => `Unerwarteter Wert bei ${path}`,
    tooLarge: (max) => `Die Antwort des Ereignisservers war zu groß, um gelesen zu werden (mehr als ${max % (1 << 20) ? `${max} Byte` : `${max >> 20} MiB`}).`,
    noClient: 'Keine Ereignisquelle verbunden. Umschließen Sie das Element mit <ev-source> oder setzen Sie seine client-Eigenschaft.',
    close: 'Schließen',
    copy: 'Kopieren',
    copied: 'Kopiert',
  },
  actions: {
    labels: actionLabels,
    custom: (name) => `Benutzerdefiniert: ${humanize(name)}`,
    unknown: (action) => humanize(action),
  },
  map: {
    label: 'Karte der Ereignisse',
    keyboardHelp:
      'Pfeiltasten verschieben die Karte, Plus und Minus zoomen. Die Tabulatortaste führt weiter zu den sichtbaren Orten. Auch die Liste der häufigsten Orte unter der Karte öffnet die Ereignisse eines Ortes.',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    viewChanged: (zoom, maxZoom, places, placesText) =>
      `Zoomstufe ${zoom} von ${maxZoom}, ${places === 0 ? 'keine Orte' : `${placesText} ${places === 1 ? 'Ort' : 'Orte'}`} sichtbar`,
    loadingProgress: (loaded, total) => `Ereignisse werden geladen … ${loaded} von ${total}`,
    noLocatedEvents: 'Keine Ereignisse mit Ortsangabe entsprechen dem Filter.',
    capped: (shown, total) => `Die neuesten ${shown} von ${total} Ereignissen werden angezeigt.`,
    summary: (events, eventsText, places, placesText) =>
      `${eventsText} ${events === 1 ? 'Ereignis' : 'Ereignisse'} an ${placesText} ${places === 1 ? 'Ort' : 'Orten'}`,
    filterToArea: 'Auf diesen Bereich filtern',
    clearArea: 'Bereichsfilter entfernen',
    legend: 'Aktionen',
    otherActions: 'Andere Aktionen',
    unnamedAction: 'Unbenannte Aktion',
    timeUnknown: 'Zeit unbekannt',
    markers: 'Sichtbare Orte',
    markersHelp: 'Pfeiltasten wechseln zwischen den Orten, die Eingabetaste öffnet einen Ort oder zoomt in eine Gruppe von Orten, Escape kehrt zur Karte zurück.',
    markerPlace: (place, events) => `${place}, ${events}`,
    markerCluster: (place, more, moreText, events) => `${place} und ${moreText} ${more === 1 ? 'weiterer Ort' : 'weitere Orte'}, ${events}`,
    topLocations: 'Häufigste Orte',
    eventCount: (count, countText) => `${countText} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
    coordinates: (lat, long) => `${lat}; ${long}`,
    moreEvents: (count, countText) => `und ${countText} ${count === 1 ? 'weiteres Ereignis' : 'weitere Ereignisse'}`,
    showEvent: 'Ereignis anzeigen',
    showEventNamed: (action, user, time) => `Ereignis anzeigen: ${action} von ${user}, ${time}`,
    openEvent: 'Öffnen',
    openEventNamed: (action, user, time) => `Öffnen: ${action} von ${user}, ${time}`,
    closePopup: 'Schließen',
    popupGone: (places) => `Popup geschlossen: keine Ereignisse von ${places} in den jetzt angezeigten Daten.`,
    anonymous: 'Anonym',
    invisibleName: (codes) => `(unsichtbarer Name: ${codes})`,
    opensInNewTab: '(öffnet in einem neuen Tab)',
    naturalEarth: 'Kartendaten: Natural Earth',
    selectedEvent: (place) => `Ausgewählt: ${place}`,
    showSelected: (place) => `Ausgewähltes Ereignis auf der Karte zeigen: ${place}`,
  },
});

registerTranslation('de', {
  volumeChart: {
    chartLabel: 'Ereignisvolumen nach Aktion',
    chartRole: 'Diagramm',
    rangeLabel: 'Zeitraum',
    presets: { '24h': '24 Std.', '7d': '7 T.', '30d': '30 T.', '90d': '90 T.', custom: 'Benutzerdefiniert' },
    from: (zone) => `Von (${zone})`,
    to: (zone) => `Bis (${zone})`,
    apply: 'Anwenden',
    invalidRange: 'Das Ende muss nach dem Anfang liegen.',
    clearRange: 'Zeitraum aufheben',
    selected: (range, action) => (action ? `Ausgewählt: ${range}, ${action}` : `Ausgewählt: ${range}`),
    cutNotice: (from) => `Angezeigt ab ${from}: weiter zurück liefert die Ereignisquelle nichts.`,
    bars: (bar, source, same) => (same ? `Balken zu je ${bar} (Bucket-Größe des Servers)` : `Balken zu je ${bar} (Server-Buckets: ${source})`),
    summary: (s) => {
      const head = `${s.totalText} ${s.total === 1 ? 'Ereignis' : 'Ereignisse'} von ${s.range}, in ${s.bars} Balken zu je ${s.bar}.`;
      const busiest = s.busiest ? ` Höchster Balken: ${s.busiest.range} (${s.busiest.totalText}).` : '';
      const top = s.top.length ? ` Am häufigsten: ${s.top.join(', ')}.` : '';
      const grouped = s.grouped ? ` ${s.grouped} seltenere Aktionen sind als „Weitere Aktionen“ zusammengefasst.` : '';
      return head + busiest + top + grouped;
    },
    noEvents: 'Keine Ereignisse in diesem Zeitraum.',
    legendLabel: 'Aktionen (zum Ein- oder Ausblenden umschalten)',
    unnamedAction: 'Unbenannte Aktion',
    otherActions: (countText) => `Weitere Aktionen (${countText})`,
    actionTableCaption: 'Ereignisse je Aktion',
    columnAction: 'Aktion',
    legendItem: (label, totalText) => `${label} (${totalText})`,
    tableCaption: (bar) => `Ereignisse je ${bar}, nach Aktion`,
    columnTime: (zone) => `Zeit (${zone})`,
    columnTotal: 'Ereignisse',
    columnActions: 'Nach Aktion',
    actionCount: (label, countText) => `${label} ${countText}`,
    events: (count, countText) => `${countText} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
    more: (_count, countText) => `und ${countText} weitere`,
    moreActions: (count, countText, eventsText) => `und ${countText} ${count === 1 ? 'weitere Aktion' : 'weitere Aktionen'} (${eventsText})`,
    groupIn: (list) => `(${list})`,
    groupHeld: (list) => `In diesem Balken: ${list}.`,
    keyboardHelp:
      'Pfeiltasten links und rechts wechseln zwischen Balken, auf und ab zwischen Aktionen; die Eingabetaste wählt Balken oder Aktion als Zeitraum, Umschalt mit Pfeiltasten erweitert einen Zeitraum, Escape bricht ab.',
    keyboardHint: '← → Balken · ↑ ↓ Aktionen · Eingabe wählt · Umschalt + Pfeile erweitern · Esc bricht ab',
    announceBar: (range, eventsText, top) => (top ? `${range}: ${eventsText}. ${top}.` : `${range}: ${eventsText}.`),
    announceSegment: (action, eventsText, range) => `${action}: ${eventsText}, ${range}.`,
    announceFocusLeft: (range, now) => `${range} ist nicht mehr im Diagramm. Jetzt auf ${now}`,
    announcePending: (range) => `Zeitraum ${range}. Mit der Eingabetaste auswählen.`,
    refreshing: 'Wird aktualisiert…',
    loadFailed: 'Das Diagramm konnte nicht geladen werden.',
    invalidBuckets: 'Die dem Diagramm übergebenen Volumendaten sind ungültig.',
    invalidBucket: (path, field) =>
      `Unerwarteter Wert bei ${path}: erwartet ${
        {
          time: 'ein Datum nach ISO 8601',
          since: 'ein Datum nach ISO 8601',
          until: 'ein Datum nach ISO 8601 nach since',
          count: 'eine ganze Zahl von Ereignissen (0 oder mehr)',
          action: 'eine Zeichenkette',
          bucketMs: 'eine ganze Zahl von Millisekunden von 1 bis until − since',
        }[field]
      }.`,
  },
});

registerTranslation('de', {
  notificationBell: {
    button: (unread, formatted) => (unread ? `Benachrichtigungen, ${formatted} ungelesen` : 'Benachrichtigungen'),
    countUnavailable: 'Benachrichtigungen, Anzahl der ungelesenen nicht verfügbar',
    overflow: (max) => `${max}+`,
    title: 'Benachrichtigungen',
    unreadTab: 'Ungelesen',
    allTab: 'Alle',
    markRead: 'Als gelesen markieren',
    markAllRead: 'Alle als gelesen markieren',
    unreadLabel: 'Ungelesen',
    timeUnknown: 'Zeit unbekannt',
    severity: { notice: 'Hinweis', warning: 'Warnung', alert: 'Alarm' },
    eventBy: (action, user) => (user ? `${action} · ${user}` : action),
    invisibleName: (codes) => `(unsichtbarer Name: ${codes})`,
    openLink: 'Öffnen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    showEvent: 'Ereignis anzeigen',
    empty: { unread: 'Alles gelesen.', all: 'Noch keine Benachrichtigungen.' },
    loadingMore: 'Weitere werden geladen…',
    offline: 'Sie sind offline. Dies sind die bisher geladenen Benachrichtigungen.',
    seenFailed: 'Konnte nicht als gelesen markiert werden. Bitte erneut versuchen.',
    markAllFailed: 'Konnte nicht alle als gelesen markieren. Bitte erneut versuchen.',
    announce: (count, firstBody, formatted = `${count}`) => (count === 1 ? `Neue Benachrichtigung: ${firstBody}` : `${formatted} neue Benachrichtigungen`),
    announceMore: (count, formatted = `${count}`) => `Mehr als ${formatted} neue Benachrichtigungen`,
    enableDesktop: 'Desktop-Benachrichtigungen aktivieren',
    desktopMany: (count, formatted = `${count}`) => `${formatted} neue Benachrichtigungen`,
  },
});
