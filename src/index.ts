/**
 * event-elements: every class, event class, type, the client and the contexts.
 * This module registers nothing; import `event-elements/define.js` for that.
 */
export * from './client/index.js';
export { EvElement, type Theme } from './base/ev-element.js';
export { define } from './base/define.js';
export { clientContext } from './context/client-context.js';
export { EvSource } from './components/source/source.js';
export { EvErrorEvent, type EvErrorDetail } from './events/ev-error.js';
export { EvSelectEvent, type EvSelectDetail } from './events/ev-select.js';
export {
  defineStrings,
  registerTranslation,
  setTranslation,
  resolveTranslation,
  type Translation,
  type CommonStrings,
  type DeepPartial,
} from './i18n/translation.js';
