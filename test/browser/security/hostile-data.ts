/**
 * Events, notifications and volume buckets with a corpus payload in every string field. Event
 * `i` takes payload `i + k` for field `k`, so over `PAYLOADS.length` events every field carries
 * every payload. `created` / `expires` stay valid timestamps (the client validates them); every
 * other string, and every key of `context` and `context.diff`, is hostile.
 */
import type { EventNotification, EventRecord, JsonObject, Severity, VolumeBucket } from '../../../src/client/types.js';
import { corpus, hugeStrings } from '../../fixtures/xss-corpus.js';

export const PAYLOADS: readonly string[] = corpus;
export const N = PAYLOADS.length;

/** Payload number `i` (wrapping). */
export const p = (i: number): string => PAYLOADS[((i % N) + N) % N]!;

/** Actions that give `<ev-detail>` a section of its own, cycled through the events. */
export const SECTION_ACTIONS = [
  'model_updated',
  'policy_exception',
  'system_exception',
  'login_failed',
  'authorize_application',
  'impersonation_started',
  'email_sent',
  'secret_view',
  'suspicious_request',
  'update_available',
  'model_created',
  'model_deleted',
  'configuration_error',
  'property_mapping_exception',
  'system_task_exception',
  'login',
] as const;

const T0 = Date.UTC(2026, 10, 20, 12);

/** A traceback in authentik's `exception_to_string` shape with payloads as file, function, code and message. */
export function hostileTraceback(i: number): string {
  return [
    'Traceback (most recent call last):',
    `  File "${p(i)}", line 12, in ${p(i + 1)}`,
    `    ${p(i + 2)}`,
    `  File "/usr/local/lib/python3.12/site-packages/${p(i + 3)}", line 3, in handler`,
    `    raise ValueError(${JSON.stringify(p(i + 4))})`,
    `authentik.lib.HostileError: ${p(i + 5)}`,
  ].join('\n');
}

/** A context holding payloads under hostile and well-known keys, as deep as authentik nests them. */
export function hostileContext(i: number, geo: { lat: number; long: number }): JsonObject {
  return {
    [p(i + 9)]: p(i + 10),
    [p(i + 11)]: { [p(i + 12)]: [p(i + 13), { url: p(i + 14), [p(i + 15)]: null }] },
    http_request: { method: p(i + 16), path: p(i + 17), args: { query: p(i + 18), [p(i + 19)]: p(i + 20) }, user_agent: p(i + 21), request_id: p(i + 22) },
    geo: { city: p(i + 23), country: p(i + 24), continent: p(i + 25), lat: geo.lat, long: geo.long },
    asn: { asn: 64500 + (i % 100), as_org: p(i + 26), network: p(i + 27) },
    // Traceback text on even events, the legacy exception dict on odd ones (both renderers see every payload).
    ...(i % 2 === 0
      ? { message: hostileTraceback(i) }
      : { exception: { exc_type: p(i + 28), exc_value: p(i + 29), frames: [{ filename: p(i + 30), lineno: 7, name: p(i + 31), line: p(i + 32) }] }, message: p(i + 33) }),
    model: { pk: p(i + 34), app: p(i + 35), model_name: p(i + 36), name: p(i + 37) },
    diff: {
      [p(i + 38)]: { previous_value: p(i + 39), new_value: p(i + 40) },
      [`${p(i + 41)} nested`]: { previous_value: { [p(i + 42)]: p(i + 43), keep: 1 }, new_value: { [p(i + 42)]: [p(i + 44), { id: p(i + 45) }], keep: 1 } },
      description: { previous_value: `A long description before ${p(i + 46)} with several words in it.`, new_value: `A long description after ${p(i + 47)} with several other words in it.` },
      [p(i + 48)]: { add: [p(i + 49)], remove: [p(i + 50)] },
      meta_launch_url: { previous_value: p(i + 51), new_value: p(i + 52) },
      client_secret: { previous_value: '********************', new_value: p(i + 53) },
    },
    model_state: { [p(i + 54)]: p(i + 55) },
    authorized_application: { pk: p(i + 56), app: 'authentik_core', model_name: 'application', name: p(i + 57) },
    scopes: p(i + 58),
    flow: p(i + 59),
    stage: { pk: p(i + 60), app: p(i + 61), model_name: 'passwordstage', name: p(i + 62) },
    username: p(i + 63),
    reason: p(i + 64),
    subject: p(i + 65),
    to_email: [p(i + 66), p(i + 67)],
    from_email: p(i + 68),
    body: p(i + 69),
    secret: { pk: p(i + 70), app: 'authentik_core', model_name: 'token', name: p(i + 71) },
    new_version: p(i + 72),
    changelog: p(i + 73),
    binding: { pk: p(i + 74), app: 'authentik_policies', model_name: 'policybinding', name: p(i + 75) },
    request: { user: { pk: 5, username: p(i + 76) }, obj: { pk: p(i + 77), app: 'authentik_core', model_name: 'application', name: p(i + 78) } },
    expression: p(i + 79),
    name: p(i + 80),
    uid: p(i + 81),
    url: p(i + 82),
    hyperlink: p(i + 83),
  };
}

/** Event `i`: a payload in every string field. */
export function hostileEvent(i: number, options: { action?: string; geo?: { lat: number; long: number } } = {}): EventRecord {
  const action = options.action ?? (i % 4 === 0 ? `custom_${p(i + 84)}` : i % 4 === 1 ? p(i + 84) : SECTION_ACTIONS[i % SECTION_ACTIONS.length]!);
  const geo = options.geo ?? { lat: -60 + ((i * 37) % 120), long: -170 + ((i * 53) % 340) };
  const created = new Date(T0 - i * 60_000).toISOString();
  return {
    pk: `${i}\u2063${p(i)}`,
    user: {
      pk: p(i + 1),
      username: p(i + 2),
      email: p(i + 3),
      on_behalf_of: { pk: 7, username: p(i + 4), email: p(i + 5) },
      authenticated_as: { username: p(i + 6) },
    },
    action,
    app: p(i + 7),
    context: hostileContext(i, geo),
    client_ip: p(i + 8),
    created,
    expires: new Date(T0 + 365 * 86_400_000 - i * 60_000).toISOString(),
    brand: { pk: p(i + 85), app: p(i + 86), name: p(i + 87), model_name: p(i + 88) },
  };
}

/** `count` hostile events (default: one per payload, so every field sees every payload). */
export function hostileEvents(count = N, options: { action?: string } = {}): EventRecord[] {
  return Array.from({ length: count }, (_, i) => hostileEvent(i, options));
}

/** An event with megabyte strings in the fields every component shows. */
export function hugeEvent(): EventRecord {
  const mb = hugeStrings.megabyteMarkup();
  const flat = hugeStrings.megabyte();
  const long = hugeStrings.unbreakable();
  const event = hostileEvent(0, { action: 'policy_exception' });
  return {
    ...event,
    pk: `huge-${long.slice(0, 1000)}`,
    user: { username: mb, email: long, on_behalf_of: { username: flat } },
    app: long,
    client_ip: flat,
    brand: { name: mb },
    context: {
      ...event.context,
      [long]: mb,
      message: `Traceback (most recent call last):\n  File "${long}", line 1, in x\n    ${flat}\nauthentik.Huge: ${mb}`,
      geo: { city: mb, country: long, lat: 10, long: 10 },
      http_request: { method: 'GET', path: mb, user_agent: flat, args: { query: long } },
      diff: { [long]: { previous_value: flat, new_value: mb } },
    },
  };
}

const SEVERITIES: readonly Severity[] = ['notice', 'warning', 'alert'];

/** Notification `i`: payloads as body, link, link label and pk, with a hostile event on every other. */
export function hostileNotification(i: number, seen = false): EventNotification {
  return {
    pk: `n${i}\u2063${p(i)}`,
    severity: SEVERITIES[i % 3]!,
    body: p(i + 1),
    hyperlink: p(i + 2),
    hyperlink_label: p(i + 3),
    created: new Date(T0 - i * 60_000).toISOString(),
    event: i % 2 === 0 ? hostileEvent(i) : null,
    seen,
  };
}

/** Volume buckets with every payload as an action name (raw and `custom_`), at most 8 actions per bar. */
export function hostileBuckets(): { buckets: VolumeBucket[]; actions: string[]; bars: number; bucketMs: number } {
  const actions = [...PAYLOADS.map((x) => `custom_${x}`), ...PAYLOADS];
  const perBar = 8;
  const bars = Math.ceil(actions.length / perBar);
  const bucketMs = 3_600_000;
  const start = Date.UTC(2026, 10, 1);
  const buckets: VolumeBucket[] = [];
  actions.forEach((action, a) => {
    const bar = Math.floor(a / perBar);
    buckets.push({ action, time: new Date(start + bar * bucketMs).toISOString(), count: 1 + (a % 5) });
  });
  return { buckets, actions, bars, bucketMs };
}
