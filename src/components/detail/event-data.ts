/**
 * What <ev-detail> reads from an event, once per event object: the event with every field of the
 * expected type, its traceback and its change record (a re-render of the same event reuses them).
 */
import type { EventRecord } from '../../client/types.js';
import { modelChanges, type ModelChanges } from '../../diff/changes.js';
import { isJsonObject } from '../../diff/equal.js';
import { parseLegacyException, parseTraceback, tracebackText, type ParsedTraceback } from './traceback.js';

export interface ExceptionInfo {
  parsed: ParsedTraceback;
  text: string;
  /** The context key it came from. */
  key: 'message' | 'exception';
}

const exceptions = new WeakMap<EventRecord, ExceptionInfo | null>();
const normalised = new WeakMap<EventRecord, EventRecord>();
const changeRecords = new WeakMap<EventRecord, ModelChanges>();

/**
 * The event with every field of the expected type. Events from a client are validated already;
 * one handed in through `.event` may not be, and must not break the view.
 */
export function wellFormed(event: EventRecord): EventRecord {
  const o = event as unknown as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  const ok =
    typeof o.pk === 'string' &&
    typeof o.action === 'string' &&
    isJsonObject(o.user) &&
    isJsonObject(o.context) &&
    typeof o.created === 'string' &&
    typeof o.app === 'string' &&
    (o.expires === null || typeof o.expires === 'string') &&
    (o.client_ip === null || typeof o.client_ip === 'string') &&
    (o.brand === null || isJsonObject(o.brand));
  if (ok) return event;
  let fixed = normalised.get(event);
  if (!fixed) {
    fixed = {
      pk: str(o.pk),
      action: str(o.action),
      user: isJsonObject(o.user) ? (o.user as EventRecord['user']) : {},
      context: isJsonObject(o.context) ? o.context : {},
      // A `created` that is no string is no time (as the filters read it), not the text of a number.
      created: typeof o.created === 'string' ? o.created : '',
      app: str(o.app),
      expires: typeof o.expires === 'string' ? o.expires : null,
      client_ip: typeof o.client_ip === 'string' ? o.client_ip : null,
      brand: isJsonObject(o.brand) ? (o.brand as EventRecord['brand']) : null,
    };
    normalised.set(event, fixed);
  }
  return fixed;
}

/** The traceback of an event (`context.message` or the legacy `context.exception`), parsed once. */
export function exceptionOf(event: EventRecord): ExceptionInfo | null {
  let info = exceptions.get(event);
  if (info === undefined) {
    info = null;
    const context = isJsonObject(event.context) ? event.context : {};
    if (typeof context.message === 'string') {
      const parsed = parseTraceback(context.message);
      if (parsed) info = { parsed, text: context.message, key: 'message' };
    }
    if (!info) {
      const parsed = parseLegacyException(context.exception);
      if (parsed) info = { parsed, text: tracebackText(parsed), key: 'exception' };
    }
    exceptions.set(event, info);
  }
  return info;
}

/** The change record of a (well-formed) event, read once: a re-render of the same event reuses it. */
export function changesOf(event: EventRecord): ModelChanges {
  let found = changeRecords.get(event);
  if (!found) {
    found = modelChanges(event.action, event.context);
    changeRecords.set(event, found);
  }
  return found;
}

