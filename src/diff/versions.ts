/**
 * Versions of one model rebuilt from its change events. Each `model_updated` event only records
 * the fields it changed, so the state after version k holds, for every field any event touched,
 * the `new_value` of the last change at or before k — or, when the field first changed later, the
 * `previous_value` of that first later change. A `model_created` event contributes every field;
 * a `model_deleted` event's `model_state` is the final state.
 */
import { isoMs } from '../client/filter-match.js';
import type { EventRecord, JsonObject, JsonValue } from '../client/types.js';
import { modelChanges } from './changes.js';
import { setOwn } from './equal.js';

export interface ModelVersion {
  /** The event that produced this version. */
  event: EventRecord;
  /** The reconstructed state (fields touched by any of the events). */
  state: JsonObject;
}

interface Step {
  event: EventRecord;
  /** field → [previous, next] for plain fields. */
  fields: Map<string, [JsonValue, JsonValue]>;
  /** field → list after this step, for m2m changes (when it can be known). */
  m2m: Map<string, { add: JsonValue[]; remove: JsonValue[]; clear: boolean }>;
  snapshot: JsonObject | null;
}

/** A created that is no time (`isoMs`: "5" is no date of 2001) counts as oldest. */
function time(e: EventRecord): number {
  return isoMs(e.created) || 0;
}

function applyM2m(current: JsonValue | undefined, change: { add: JsonValue[]; remove: JsonValue[]; clear: boolean }): JsonValue[] {
  const list = change.clear || !Array.isArray(current) ? [] : [...current];
  const key = (v: JsonValue) => JSON.stringify(v);
  const removed = new Set(change.remove.map(key));
  const out = list.filter((v) => !removed.has(key(v)));
  const present = new Set(out.map(key));
  for (const v of change.add) if (!present.has(key(v))) out.push(v);
  return out;
}

/** Oldest first. Events without a change record are skipped; duplicates (same pk) kept once. */
export function buildVersions(events: readonly EventRecord[]): ModelVersion[] {
  const seen = new Set<string>();
  const steps: Step[] = [];
  const sorted = [...events].sort((a, b) => time(a) - time(b));
  for (const event of sorted) {
    if (seen.has(event.pk)) continue;
    seen.add(event.pk);
    const changes = modelChanges(event.action, event.context);
    if (changes.mode === 'none') continue;
    const step: Step = { event, fields: new Map(), m2m: new Map(), snapshot: changes.state };
    for (const f of changes.fields) {
      if (f.kind === 'update') step.fields.set(f.field, [f.previous, f.next]);
      else if (f.kind === 'm2m') step.m2m.set(f.field, f);
    }
    steps.push(step);
  }
  // Fields whose value before the first version is known from a later change's previous value.
  const fieldNames = new Set<string>();
  for (const s of steps) for (const k of s.fields.keys()) fieldNames.add(k);
  const versions: ModelVersion[] = [];
  let running: JsonObject = {};
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    const state: JsonObject = { ...running };
    for (const [field, [, next]] of step.fields) setOwn(state, field, next);
    for (const [field, change] of step.m2m) setOwn(state, field, applyM2m(Object.prototype.hasOwnProperty.call(state, field) ? state[field] : undefined, change));
    if (step.snapshot) for (const key of Object.keys(step.snapshot)) setOwn(state, key, step.snapshot[key]!);
    for (const field of fieldNames) {
      if (Object.prototype.hasOwnProperty.call(state, field)) continue;
      const later = steps.slice(k + 1).find((s) => s.fields.has(field));
      if (later) setOwn(state, field, later.fields.get(field)![0]);
    }
    running = state;
    versions.push({ event: step.event, state });
  }
  return versions;
}
