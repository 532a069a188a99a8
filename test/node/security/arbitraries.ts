/**
 * fast-check generators of hostile API answers: near-valid shapes (every field either right,
 * wrong in type, missing or junk) of authentik's events and notifications and of the alt
 * route family, so generated cases reach deep into validation instead of failing at `$`.
 */
import fc from 'fast-check';

/** One UTF-16 code unit: lone surrogates included (`unit: 'binary'` only makes whole code points). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings of any code points, or of any code units (lone surrogates, as broken JSON can hold). */
export const anyString = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: codeUnit, maxLength }));

/** Any JSON (small), the junk a field may hold instead of its value. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', 0, -1, 1e308, true, [], {}, '__proto__', '2026-13-45T99:99:99Z', 'NaN'),
  anyString(12),
);

/** Either `valid` (most of the time) or junk. */
export const mostly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: junk });

/** Records with every key optional. */
const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });

const iso = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const text = anyString(16);
const deepContext = fc.nat({ max: 150 }).map((depth) => {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < depth; i++) value = { [`k${i % 3}`]: value };
  return value;
});
const context = fc.oneof(fc.dictionary(text, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), deepContext);

const user = optional({ pk: mostly(fc.oneof(fc.integer(), text)), username: mostly(text), email: mostly(text), on_behalf_of: mostly(optional({ pk: junk, username: mostly(text) })), authenticated_as: junk });

export const authentikEvent = optional({
  pk: mostly(fc.oneof(fc.uuid(), text)),
  user: mostly(user),
  action: mostly(fc.oneof(fc.constantFrom('login', 'model_updated', 'custom_x', 'system_exception'), text)),
  app: mostly(text),
  context: mostly(context),
  client_ip: mostly(fc.oneof(fc.ipV4(), fc.ipV6(), text)),
  created: mostly(iso),
  expires: mostly(iso),
  brand: mostly(optional({ pk: junk, name: mostly(text), app: junk, model_name: junk })),
});

export const authentikNotification = optional({
  pk: mostly(fc.uuid()),
  severity: mostly(fc.constantFrom('notice', 'warning', 'alert', 'info')),
  body: mostly(text),
  hyperlink: mostly(fc.oneof(fc.webUrl(), text)),
  hyperlink_label: mostly(text),
  created: mostly(iso),
  event: mostly(fc.oneof(fc.constant(null), authentikEvent)),
  seen: mostly(fc.boolean()),
});

/** authentik's pagination envelope around `item`, with consistent or broken counts. */
export const authentikPage = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  mostly(
    optional({
      pagination: mostly(
        optional({
          next: mostly(fc.nat({ max: 5 })),
          previous: mostly(fc.nat({ max: 5 })),
          count: mostly(fc.nat({ max: 100 })),
          current: mostly(fc.nat({ max: 5 })),
          total_pages: mostly(fc.nat({ max: 5 })),
          start_index: mostly(fc.nat({ max: 100 })),
          end_index: mostly(fc.nat({ max: 100 })),
        }),
      ),
      results: mostly(fc.array(item, { maxLength: 4 })),
    }),
  );

export const volumeBody = mostly(fc.array(mostly(optional({ action: mostly(text), time: mostly(iso), count: mostly(fc.nat()) })), { maxLength: 4 }));

/** The alt route family (cursor paging, other names). */
export const altEvent = optional({
  id: mostly(fc.oneof(fc.uuid(), text)),
  kind: mostly(fc.oneof(fc.constantFrom('login', 'model_updated'), text)),
  source: mostly(text),
  actor: mostly(fc.oneof(fc.constant(null), optional({ id: junk, login: mostly(text), mail: mostly(text), acting_for: mostly(optional({ id: junk, login: mostly(text), mail: junk })) }))),
  occurred_at: mostly(fc.oneof(iso, fc.integer())),
  ip: mostly(text),
  tenant: mostly(fc.oneof(fc.constant(null), optional({ id: junk, label: mostly(text) }))),
  details: mostly(context),
});

export const altNotification = optional({
  id: mostly(fc.uuid()),
  level: mostly(fc.constantFrom('info', 'warn', 'critical', 'other')),
  text: mostly(text),
  link: mostly(optional({ url: mostly(fc.oneof(fc.webUrl(), text)), label: mostly(text) })),
  at: mostly(iso),
  read: mostly(fc.boolean()),
  audit_log: mostly(fc.oneof(fc.constant(null), altEvent)),
});

export const altPage = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  mostly(optional({ data: mostly(fc.array(item, { maxLength: 4 })), meta: mostly(optional({ next_cursor: mostly(fc.oneof(fc.constant(null), text)), total: mostly(fc.nat()) })) }));

export const altItem = (item: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => mostly(optional({ data: item }));

/** A fetch answering every request with `body` as JSON. */
export function answering(body: unknown): typeof fetch {
  return (async () => new Response(JSON.stringify(body) ?? 'null', { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
}
