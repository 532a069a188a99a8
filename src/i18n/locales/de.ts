/**
 * German (de). Import once to make it available to every element whose `lang` (or an
 * ancestor's) is `de` or `de-*`:
 *
 *   import 'event-elements/i18n/locales/de.js';
 */
import type { KnownAction } from '../../client/actions.js';
import { humanize } from '../../format/actions.js';
import { registerTranslation } from '../translation.js';

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
    },
    httpStatus: (status) => `Status ${status}`,
    invalidPath: (path) => `Unerwarteter Wert bei ${path}`,
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
});

registerTranslation('de', {
  notificationBell: {
    button: (unread, formatted) => (unread ? `Benachrichtigungen, ${formatted} ungelesen` : 'Benachrichtigungen'),
    overflow: (max) => `${max}+`,
    title: 'Benachrichtigungen',
    unreadTab: 'Ungelesen',
    allTab: 'Alle',
    markRead: 'Als gelesen markieren',
    markAllRead: 'Alle als gelesen markieren',
    unreadLabel: 'Ungelesen',
    severity: { notice: 'Hinweis', warning: 'Warnung', alert: 'Alarm' },
    eventBy: (action, user) => (user ? `${action} · ${user}` : action),
    openLink: 'Öffnen',
    showEvent: 'Ereignis anzeigen',
    empty: { unread: 'Alles gelesen.', all: 'Noch keine Benachrichtigungen.' },
    loadingMore: 'Weitere werden geladen…',
    offline: 'Sie sind offline. Dies sind die bisher geladenen Benachrichtigungen.',
    seenFailed: 'Konnte nicht als gelesen markiert werden. Bitte erneut versuchen.',
    markAllFailed: 'Konnte nicht alle als gelesen markieren. Bitte erneut versuchen.',
    announce: (count, firstBody) => (count === 1 ? `Neue Benachrichtigung: ${firstBody}` : `${count} neue Benachrichtigungen`),
    enableDesktop: 'Desktop-Benachrichtigungen aktivieren',
    desktopMany: (count) => `${count} neue Benachrichtigungen`,
  },
});
