/**
 * Stored rows → API JSON, in both shapes: authentik's serializers and the "alt" family.
 */
import type { EventRow, NotificationRow } from './db.js';

type Obj = Record<string, unknown>;

const iso = (ms: number): string => new Date(ms).toISOString();

/** authentik's `Event`. */
export function toEvent(row: EventRow): Obj {
  return {
    pk: row.pk,
    user: JSON.parse(row.user_json) as Obj,
    action: row.action,
    app: row.app,
    context: JSON.parse(row.context_json) as Obj,
    client_ip: row.client_ip,
    created: iso(row.created),
    expires: iso(row.expires),
    brand: JSON.parse(row.brand_json) as Obj,
  };
}

/** authentik's `Notification`; the `event` key is left out when no event is linked. */
export function toNotification(row: NotificationRow, event: EventRow | undefined): Obj {
  const out: Obj = {
    pk: row.pk,
    severity: row.severity,
    body: row.body,
    hyperlink: row.hyperlink,
    hyperlink_label: row.hyperlink_label,
    created: iso(row.created),
  };
  if (event) out.event = toEvent(event);
  out.seen = row.seen === 1;
  return out;
}

function altPerson(user: Obj | undefined): Obj | null {
  if (!user || user.username === undefined) return null;
  return { id: user.pk ?? null, login: user.username, mail: user.email ?? null };
}

/** The alt family's audit-log item. */
export function toAltEvent(row: EventRow): Obj {
  const user = JSON.parse(row.user_json) as Obj;
  const brand = JSON.parse(row.brand_json) as Obj;
  const actor = altPerson(user);
  if (actor) actor.acting_for = altPerson(user.on_behalf_of as Obj | undefined);
  return {
    id: row.pk,
    kind: row.action,
    source: row.app,
    actor,
    occurred_at: iso(row.created),
    ip: row.client_ip,
    tenant: brand.pk === undefined ? null : { id: brand.pk, label: brand.name },
    details: JSON.parse(row.context_json) as Obj,
  };
}

const LEVEL: Record<string, string> = { notice: 'info', warning: 'warn', alert: 'critical' };

/** The alt family's inbox item. */
export function toInboxItem(row: NotificationRow, event: EventRow | undefined): Obj {
  return {
    id: row.pk,
    level: LEVEL[row.severity] ?? 'info',
    text: row.body,
    link: row.hyperlink === null ? null : { url: row.hyperlink, label: row.hyperlink_label },
    at: iso(row.created),
    read: row.seen === 1,
    audit_log: event ? toAltEvent(event) : null,
  };
}
