/**
 * Reads the change record of authentik's model events:
 *
 * - `model_updated` / `model_created`: `context.diff` maps each field to
 *   `{ previous_value, new_value }`; on create every `previous_value` is null. Many-to-many fields
 *   instead hold `{ add: [...] }`, `{ remove: [...] }` or `{ clear: true }`.
 * - `model_deleted`: `context.model_state`, the full field dict at deletion.
 *
 * Anything that does not fit is kept and reported as `raw`, never dropped.
 */
import type { JsonObject, JsonValue } from '../client/types.js';
import { isJsonObject } from './equal.js';

export type FieldChange =
  | { kind: 'update'; field: string; previous: JsonValue; next: JsonValue }
  | { kind: 'm2m'; field: string; add: JsonValue[]; remove: JsonValue[]; clear: boolean }
  | { kind: 'raw'; field: string; value: JsonValue };

export interface ModelChanges {
  /**
   * `created`: every previous value is null (a create); `updated`: a field diff; `deleted`: only the
   * state at deletion is known; `none`: the event carries no change record.
   */
  mode: 'created' | 'updated' | 'deleted' | 'none';
  fields: FieldChange[];
  /** For `deleted`: the state when deleted. */
  state: JsonObject | null;
}

/** authentik masks secrets with a run of asterisks (`********************`). */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 8 && /^\*+$/.test(value);
}

function asList(value: JsonValue | undefined): JsonValue[] | null {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : null;
}

function readField(field: string, value: JsonValue): FieldChange {
  if (isJsonObject(value)) {
    const has = (k: string) => Object.prototype.hasOwnProperty.call(value, k);
    if (has('previous_value') || has('new_value')) {
      const extra = Object.keys(value).some((k) => k !== 'previous_value' && k !== 'new_value');
      if (!extra) return { kind: 'update', field, previous: value.previous_value ?? null, next: value.new_value ?? null };
    }
    if (has('add') || has('remove') || has('clear')) {
      const add = asList(value.add);
      const remove = asList(value.remove);
      const onlyKnown = Object.keys(value).every((k) => k === 'add' || k === 'remove' || k === 'clear');
      if (add && remove && onlyKnown && (value.clear === undefined || typeof value.clear === 'boolean')) {
        return { kind: 'm2m', field, add, remove, clear: value.clear === true };
      }
    }
  }
  return { kind: 'raw', field, value };
}

/** The change record of an event's context (any action; `action` decides create vs update). */
export function modelChanges(action: string, context: JsonObject | null | undefined): ModelChanges {
  const ctx = isJsonObject(context) ? context : {};
  const diff = ctx.diff;
  if (isJsonObject(diff)) {
    const fields = Object.keys(diff).map((field) => readField(field, diff[field]!));
    const updates = fields.filter((f) => f.kind === 'update');
    const allNull = updates.length > 0 && updates.every((f) => f.previous === null);
    const mode = action === 'model_created' || (action !== 'model_updated' && allNull) ? 'created' : 'updated';
    return { mode, fields, state: null };
  }
  const state = ctx.model_state;
  if (isJsonObject(state)) return { mode: 'deleted', fields: [], state };
  return { mode: 'none', fields: [], state: null };
}
