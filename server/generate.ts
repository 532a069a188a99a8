/**
 * Deterministic data generator: the same seed and `now` always produce the same events and
 * notifications. Events spread over the 90 days before `now`, denser recently and by day.
 */
import { ACTIONS } from './catalog.js';
import type { EventRow, NotificationRow } from './db.js';
import { buildContext, httpRequest, requestLine, type Context } from './gen/contexts.js';
import { CITIES } from './gen/places.js';
import { Random, WeightedTable } from './gen/random.js';
import { publicEndpoint, type Endpoint, type Person, type World } from './gen/world.js';

const DAY = 86_400_000;
const HISTORY_DAYS = 90;
/** Relative activity per UTC hour: quiet nights, busy office hours. */
const HOURLY = [0.12, 0.1, 0.1, 0.12, 0.18, 0.3, 0.5, 0.75, 0.95, 1, 1, 0.95, 0.85, 0.95, 1, 1, 0.9, 0.75, 0.55, 0.45, 0.35, 0.28, 0.2, 0.15];

/** Actions raised by background tasks: no user, no request, no client IP. */
const SYSTEM = new Set(['system_task_execution', 'system_task_exception', 'system_exception', 'configuration_error',
  'configuration_warning', 'update_available', 'secret_rotate', 'review_initiated', 'review_overdue', 'review_completed',
  'export_ready', 'custom_backup_completed', 'access_request_revoked']);
const ANONYMOUS = new Set(['login_failed', 'login_blocked', 'suspicious_request']);
const ADMIN = new Set(['model_created', 'model_updated', 'model_deleted', 'impersonation_started', 'impersonation_ended',
  'secret_view', 'review_attested', 'access_request_approved', 'access_request_denied', 'user_created', 'policy_execution']);
const TOKEN_FRIENDLY = new Set(['model_created', 'model_updated', 'model_deleted', 'secret_view', 'user_created']);

const ACTION_TABLE = new WeightedTable(ACTIONS.map((a) => [a, a.weight] as const));
const APPS = new Map(ACTIONS.map((a) => [a.action, a.apps]));

/** `count` timestamps (ms) before `now`, sorted ascending. */
export function eventTimes(r: Random, count: number, now: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    for (;;) {
      const t = Math.floor(now - 1 - HISTORY_DAYS * DAY * Math.pow(r.next(), 1.6));
      const d = new Date(t);
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 0.45 : 1;
      if (r.next() < (HOURLY[d.getUTCHours()] ?? 1) * weekend) {
        out[i] = t;
        break;
      }
    }
  }
  return out.sort();
}

const userJson = (p: Person): Context => ({ pk: p.pk, email: p.email, username: p.username });

interface Actor {
  person: Person | null;
  user: Context;
}

function chooseActor(r: Random, w: World, action: string): Actor {
  if (SYSTEM.has(action)) return { person: null, user: {} };
  if (ANONYMOUS.has(action)) return { person: w.anonymous, user: userJson(w.anonymous) };
  const roll = r.next();
  if (ADMIN.has(action) && TOKEN_FRIENDLY.has(action) && roll < 0.2) {
    const service = r.pick(w.services);
    const owner = r.pick(w.admins);
    return { person: service, user: { ...userJson(owner), authenticated_as: userJson(service) } };
  }
  const admin = ADMIN.has(action) ? roll < 0.85 : roll < 0.04;
  const person = admin ? r.pick(w.admins) : r.pick(w.users);
  const impersonating = action.startsWith('impersonation_') || (admin && !action.startsWith('log') && r.chance(0.12));
  if (!impersonating) return { person, user: userJson(person) };
  return { person, user: { ...userJson(person), on_behalf_of: userJson(r.pick(w.users)) } };
}

function chooseEndpoint(r: Random, w: World, actor: Actor): Endpoint | null {
  if (!actor.person) return null;
  if (actor.person.kind === 'anonymous') return r.chance(0.6) ? r.pick(r.pick(w.users).endpoints) : publicEndpoint(r, r.pick(CITIES));
  const list = actor.person.endpoints;
  return r.chance(0.7) ? (list[0] as Endpoint) : r.pick(list);
}

function geoContext(r: Random, endpoint: Endpoint | null): Context {
  if (!endpoint?.city || !r.chance(0.75)) return {};
  const { city, country, continent, lat, long } = endpoint.city;
  return {
    geo: { lat, long, city, country, continent },
    asn: { asn: endpoint.asn, as_org: endpoint.as_org, network: endpoint.network },
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

function modelColumns(context: Context): Pick<EventRow, 'model_app' | 'model_name' | 'model_pk' | 'authorized_app'> {
  const model = context.model as Record<string, unknown> | undefined;
  const authorized = context.authorized_application as Record<string, unknown> | undefined;
  return {
    model_app: str(model?.app),
    model_name: str(model?.model_name),
    model_pk: str(model?.pk),
    authorized_app: str(authorized?.pk),
  };
}

/** Builds one event of `action` at `created`, drawing every choice from `r`. */
export function buildEvent(r: Random, w: World, action: string, created: number): EventRow {
  const actor = chooseActor(r, w, action);
  const endpoint = chooseEndpoint(r, w, actor);
  const [method, path, query] = requestLine(r, w, action);
  const http = actor.person ? httpRequest(r, method, path, query) : null;
  const context = buildContext({ r, w, actor: actor.person ?? w.anonymous, http, created }, action);
  Object.assign(context, geoContext(r, endpoint));
  const brand = actor.person ? (r.chance(0.7) ? w.brands[0] : r.pick(w.brands)) : undefined;
  return {
    pk: r.uuid(),
    created,
    expires: created + 365 * DAY,
    action,
    app: r.pick(APPS.get(action) ?? ['authentik.events.models']),
    username: typeof actor.user.username === 'string' ? actor.user.username : '',
    client_ip: endpoint?.ip ?? null,
    brand_name: brand?.name ?? null,
    ...modelColumns(context),
    user_json: JSON.stringify(actor.user),
    brand_json: JSON.stringify(brand ?? {}),
    context_json: JSON.stringify(context),
  };
}

/** Draws an action by frequency. */
export function randomAction(r: Random): string {
  return ACTION_TABLE.draw(r).action;
}

const SEVERITY: Record<string, NotificationRow['severity']> = {
  login_failed: 'warning',
  login_blocked: 'warning',
  suspicious_request: 'alert',
  system_exception: 'alert',
  system_task_exception: 'alert',
  policy_exception: 'alert',
  property_mapping_exception: 'warning',
  configuration_error: 'alert',
  configuration_warning: 'warning',
  account_lockdown_triggered: 'alert',
  model_deleted: 'warning',
  impersonation_started: 'warning',
};

function linkedBody(r: Random, event: EventRow): string {
  const user = JSON.parse(event.user_json) as Context;
  const who = typeof user.username === 'string' ? user.username : 'system';
  const style = r.next();
  if (style < 0.4) return `${event.action.replace(/_/g, ' ')} by ${who}${event.client_ip ? ` from ${event.client_ip}` : ''}`;
  if (style < 0.7) return `Action: ${event.action}\nUser: ${who}\nApp: ${event.app}\nWhen: ${new Date(event.created).toISOString()}`;
  const context = JSON.parse(event.context_json) as Context;
  const { http_request: _http, geo: _geo, asn: _asn, ...rest } = context;
  return `${event.action}: ${JSON.stringify(rest).slice(0, 600)}`;
}

const STANDALONE: ReadonlyArray<readonly [NotificationRow['severity'], string, string | null, string | null]> = [
  ['notice', 'New version 2026.5.1 available!', 'https://goauthentik.io/releases/2026.5/', 'Release notes'],
  ['warning', "Certificate 'wildcard.example.com' expires in 7 days", '/if/admin/#/crypto/certificates', 'Certificates'],
  ['alert', 'Outpost k8s-proxy is unhealthy:\n- last seen 2 hours ago\n- version mismatch (2025.10.2 vs 2026.2.2)', '/if/admin/#/outpost/outposts', 'Outposts'],
  ['notice', 'Your weekly sign-in report is ready.', null, null],
  ['warning', 'LDAP source "Corporate AD" sync finished with 3 warnings.\nSee the system tasks for details.', '/if/admin/#/administration/system-tasks', 'System tasks'],
  ['notice', '{"task": "clean_expired_models", "status": "successful", "removed": 412}', null, null],
  ['alert', 'Blueprint "custom/onboarding.yaml" failed to apply: invalid key "flow_designation"', 'https://docs.goauthentik.io/', 'Documentation'],
];

/** Builds one notification, linked to `event` when given. */
export function buildNotification(r: Random, event: EventRow | null, created: number, seen: boolean, generated: boolean): NotificationRow {
  let severity: NotificationRow['severity'];
  let body: string;
  let hyperlink: string | null;
  let label: string | null;
  if (event) {
    severity = SEVERITY[event.action] ?? 'notice';
    body = linkedBody(r, event);
    [hyperlink, label] = r.chance(0.75) ? [`/if/admin/#/events/log/${event.pk}`, 'Show event'] : [null, null];
  } else {
    [severity, body, hyperlink, label] = r.pick(STANDALONE);
  }
  const flag = seen ? 1 : 0;
  return { pk: r.uuid(), severity, body, hyperlink, hyperlink_label: label, created, event_pk: event?.pk ?? null, seen: flag, seen_initial: flag, generated: generated ? 1 : 0 };
}

export interface SeedOptions {
  events: number;
  seed: number;
  now: number;
  notifications?: number;
}

/** Streams the whole generation into the two inserters, events in time order. */
export function generate(world: World, options: SeedOptions, insertEvent: (row: EventRow) => void, insertNotification: (row: NotificationRow) => void): void {
  const { events: count, seed, now } = options;
  const times = eventTimes(Random.derive(seed, 'times'), count, now);
  const r = Random.derive(seed, 'events');
  const forced = new Map<number, string>();
  if (count >= ACTIONS.length) ACTIONS.forEach((a, k) => forced.set(Math.floor(((k + 0.5) * count) / ACTIONS.length), a.action));
  const nr = Random.derive(seed, 'notifications');
  const total = options.notifications ?? 150;
  const wanted = new Set<number>();
  for (let i = 0; i < total && count > 0; i++) if (nr.chance(0.7)) wanted.add(count - 1 - Math.floor(count * 0.3 * Math.pow(nr.next(), 2)));
  const linked: EventRow[] = [];
  for (let i = 0; i < count; i++) {
    const row = buildEvent(r, world, forced.get(i) ?? randomAction(r), times[i] ?? now - 1);
    insertEvent(row);
    if (wanted.has(i)) linked.push(row);
  }
  const notes: NotificationRow[] = [];
  for (let i = 0; i < total; i++) {
    const event = i < linked.length ? (linked[i] as EventRow) : null;
    const created = event ? Math.min(now - 1, event.created + nr.int(500, 30_000)) : Math.floor(now - 30 * DAY * Math.pow(nr.next(), 1.5));
    const recent = now - created < 3 * DAY;
    notes.push(buildNotification(nr, event, created, nr.chance(recent ? 0.25 : 0.8), true));
  }
  notes.sort((a, b) => a.created - b.created).forEach(insertNotification);
}
