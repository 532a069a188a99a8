/**
 * event-elements: every class, event class, type, the client and the contexts.
 * This module registers nothing; import `event-elements/define.js` for that.
 */
export * from './client/index.js';
export { EvElement, type Theme } from './base/ev-element.js';
export { define } from './base/define.js';
export { EvDataElement, type ViewState } from './base/ev-data-element.js';
export { clientContext } from './context/client-context.js';
export { storeContext } from './context/store-context.js';
export { EvStore, StoreChangeEvent, type SharedState, type StateChange } from './context/store.js';
export { UrlSync, searchFromState, stateFromSearch } from './context/url-sync.js';
export { EvSource } from './components/source/source.js';
export { EvJsonDiff, type JsonDiffMode } from './components/json-diff/json-diff.js';
export { EvDetail } from './components/detail/detail.js';
export { diffJson, modelChanges, buildVersions, jsonEqual, type DiffNode, type DiffOptions, type ModelChanges, type FieldChange, type ModelVersion } from './diff/index.js';
export type { DetailStrings } from './components/detail/detail.strings.js';
export type { JsonDiffStrings } from './components/json-diff/json-diff.strings.js';
export { EvNotificationBell } from './components/notification-bell/notification-bell.js';
export type { NotificationBellStrings } from './components/notification-bell/notification-bell.strings.js';
export { EvErrorEvent, type EvErrorDetail } from './events/ev-error.js';
export { EvSelectEvent, type EvSelectDetail } from './events/ev-select.js';
export { EvFilterChangeEvent, type EvFilterChangeDetail } from './events/ev-filter-change.js';
export { EvNotificationClickEvent, type EvNotificationClickDetail } from './events/ev-notification-click.js';
export { EvNotificationSeenEvent, type EvNotificationSeenDetail } from './events/ev-notification-seen.js';
export { EvUnreadChangeEvent, type EvUnreadChangeDetail } from './events/ev-unread-change.js';
export { actionLabel, actionSlot, actionColorVar, humanize, ACTION_CATALOGUE, type ActionStrings } from './format/actions.js';
export { safeUrl, isExternalUrl } from './format/url.js';
export { formatDateTime, formatRelative, formatNumber, countryName, zoneLabel, isValidTimeZone } from './format/time.js';
export { formatDateRange, zoneOffsetMs, type DateStyle } from './format/time.js';
export {
  defineStrings,
  registerTranslation,
  setTranslation,
  resolveTranslation,
  type Translation,
  type CommonStrings,
  type DeepPartial,
} from './i18n/translation.js';
export { EvVolumeChart } from './components/volume-chart/volume-chart.js';
export { EvRangeSelectEvent, type EvRangeSelectDetail } from './events/ev-range-select.js';
export { ThemeColorsController, type ThemeColorsOptions, type ResolveOptions } from './controllers/theme-colors.js';
export type { RangePreset, VolumeChartStrings } from './components/volume-chart/volume-chart.strings.js';
export { EvLog, type LogMode } from './components/log/log.js';
export type { LogStrings, LogColumnId, RangePreset as LogRangePreset, LiveState } from './components/log/log.strings.js';
export { EvExportEvent, type EvExportDetail } from './events/ev-export.js';
export { EvMap } from './components/map/map.js';
export { TRUSTED_TYPES_POLICY } from './components/map/trusted-worker.js';
export type { Viewport as EvMapViewport } from './components/map/map-view.js';
