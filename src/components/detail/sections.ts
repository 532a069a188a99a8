/**
 * Per-action sections for authentik's action catalogue: which context fields each action carries
 * and how to show them. Fields an action does not list are never hidden: they appear under
 * "Other context". Unknown and `custom_*` actions show their whole context that way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord, JsonObject, JsonValue } from '../../client/types.js';
import { isJsonObject, setOwn } from '../../diff/equal.js';
import { renderChildren } from '../json-diff/json-tree.js';
import type { DetailStrings } from './detail.strings.js';
import { SUMMARY_KEYS } from './summary.js';
import { jsonValue, link, list, modelRef, preText, scopes, text, user, username, type RenderContext } from './values.js';

type Renderer = (value: JsonValue | undefined, path: string, ctx: RenderContext) => TemplateResult;

interface FieldSpec {
  label: keyof DetailStrings['fields'];
  /** Context key, or a function reading the value from the whole event. */
  key: string | ((event: EventRecord) => JsonValue | undefined);
  render: Renderer;
  /** Context keys this field shows (default: `key` when it is a string). */
  consumes?: string[];
}

const asJson = (v: unknown) => v as JsonValue | undefined;

const EXCEPTION_FIELDS: Record<string, FieldSpec[]> = {
  policy_exception: [
    { label: 'binding', key: 'binding', render: modelRef },
    { label: 'requestUser', key: (e) => asJson(isJsonObject(e.context.request) ? e.context.request.user : undefined), render: (v, p, c) => user(v, p, c), consumes: [] },
    { label: 'requestObject', key: (e) => asJson(isJsonObject(e.context.request) ? e.context.request.obj : undefined), render: modelRef, consumes: [] },
    { label: 'expression', key: 'expression', render: preText },
  ],
  property_mapping_exception: [
    { label: 'mapping', key: 'mapping', render: modelRef },
    { label: 'expression', key: 'expression', render: preText },
  ],
  system_task_exception: [
    { label: 'task', key: 'name', render: text },
    { label: 'taskUid', key: 'uid', render: text },
  ],
};

const impersonated = (e: EventRecord) => asJson(e.user?.on_behalf_of ?? e.context.user);

export const ACTION_FIELDS: Record<string, FieldSpec[]> = {
  login: [
    { label: 'authMethod', key: 'auth_method', render: text },
    { label: 'authMethodArgs', key: 'auth_method_args', render: (v, p, c) => jsonValue(v, p, c, 1) },
  ],
  login_failed: [
    { label: 'username', key: 'username', render: username },
    { label: 'stage', key: 'stage', render: modelRef },
    { label: 'password', key: 'password', render: jsonValue },
  ],
  authorize_application: [
    { label: 'application', key: 'authorized_application', render: modelRef },
    { label: 'scopes', key: 'scopes', render: scopes },
    { label: 'flow', key: 'flow', render: text },
  ],
  impersonation_started: [
    { label: 'impersonator', key: (e) => asJson(e.user ? { ...e.user, on_behalf_of: undefined } : undefined), render: (v, p, c) => user(v, p, c), consumes: [] },
    { label: 'impersonated', key: impersonated, render: (v, p, c) => user(v, p, c), consumes: ['user'] },
    { label: 'reason', key: 'reason', render: preText },
  ],
  ...EXCEPTION_FIELDS,
  policy_execution: EXCEPTION_FIELDS.policy_exception!,
  system_task_execution: EXCEPTION_FIELDS.system_task_exception!,
  configuration_error: [{ label: 'message', key: 'message', render: preText }],
  configuration_warning: [{ label: 'message', key: 'message', render: preText }],
  email_sent: [
    { label: 'subject', key: 'subject', render: text },
    { label: 'to', key: 'to_email', render: list },
    { label: 'from', key: 'from_email', render: text },
    { label: 'message', key: 'message', render: preText },
    { label: 'body', key: 'body', render: preText },
  ],
  secret_view: [{ label: 'secret', key: 'secret', render: modelRef }],
  secret_rotate: [{ label: 'secret', key: 'secret', render: modelRef }],
  suspicious_request: [{ label: 'message', key: 'message', render: preText }],
  update_available: [
    { label: 'newVersion', key: 'new_version', render: text },
    { label: 'message', key: 'message', render: text },
    { label: 'changelog', key: 'changelog', render: link },
  ],
  model_created: [{ label: 'model', key: 'model', render: modelRef }],
  model_updated: [{ label: 'model', key: 'model', render: modelRef }],
  model_deleted: [{ label: 'model', key: 'model', render: modelRef }],
};
ACTION_FIELDS.impersonation_ended = ACTION_FIELDS.impersonation_started!;

export interface SectionOptions {
  /** Context keys shown elsewhere (exception, changes). */
  shownElsewhere: ReadonlySet<string>;
}

/** The per-action fields plus every remaining context key; nothing when there is nothing to show. */
export function renderActionSection(event: EventRecord, ctx: RenderContext, options: SectionOptions): TemplateResult | typeof nothing {
  const context: JsonObject = isJsonObject(event.context) ? event.context : {};
  const specs = Object.prototype.hasOwnProperty.call(ACTION_FIELDS, event.action) ? ACTION_FIELDS[event.action]! : [];
  const consumed = new Set<string>([...SUMMARY_KEYS, ...options.shownElsewhere]);
  const rows: TemplateResult[] = [];
  for (const spec of specs) {
    const keys = spec.consumes ?? (typeof spec.key === 'string' ? [spec.key] : []);
    if (typeof spec.key === 'string' && options.shownElsewhere.has(spec.key)) continue;
    const value = typeof spec.key === 'string' ? (Object.prototype.hasOwnProperty.call(context, spec.key) ? context[spec.key] : undefined) : spec.key(event);
    for (const k of keys) consumed.add(k);
    if (value === undefined) continue;
    if (spec.label === 'authMethodArgs' && isJsonObject(value) && Object.keys(value).length === 0) continue;
    const path = `/section/${spec.label}`;
    rows.push(html`<div class="field" part="field"><dt part="field-label">${ctx.d.fields[spec.label]}</dt><dd part="field-value">${spec.render(value, path, ctx)}</dd></div>`);
  }
  const rest: JsonObject = {};
  for (const key of Object.keys(context)) if (!consumed.has(key)) setOwn(rest, key, context[key]!);
  const restCount = Object.keys(rest).length;
  if (rows.length === 0 && restCount === 0) return nothing;
  return html`${rows.length ? html`<dl class="fields" part="action-fields">${rows}</dl>` : nothing}${restCount
    ? html`<div class="other" part="other-context">
        ${rows.length ? html`<p class="subheading">${ctx.d.otherContext}</p>` : nothing}
        ${renderChildren(rest, '/other', { state: ctx.state, t: ctx.j, dir: ctx.dir, openDepth: 0 })}
      </div>`
    : nothing}`;
}
