/** Test helper: counts the work of a diff as key visits instead of time. */
import type { JsonValue } from '../../../src/client/types.js';

/** `target` behind a Proxy that adds up the keys each listing of it returns. */
export function watched(target: Record<string, JsonValue>): { value: JsonValue; keyVisits: () => number } {
  let visits = 0;
  const value = new Proxy(target, {
    ownKeys(t) {
      const keys = Reflect.ownKeys(t);
      visits += keys.length;
      return keys;
    },
  });
  return { value, keyVisits: () => visits };
}
