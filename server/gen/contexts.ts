/**
 * `context` payloads per action, in the shapes authentik records them. Each builder gets the
 * acting user and request, and returns the action-specific part; the event builder adds
 * `geo`/`asn`.
 */
import { legacyException, tracebackText } from './exceptions.js';
import { createDiff, MASK, randomModel, updateDiff } from './models.js';
import type { Random } from './random.js';
import type { ModelRef, Person, World } from './world.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Context = { [key: string]: Json };

export interface ContextInput {
  r: Random;
  w: World;
  actor: Person;
  /** Null for background events that have no HTTP request. */
  http: Context | null;
  created: number;
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'python-requests/2.32.3',
  'Terraform/1.9.8 terraform-provider-authentik/2025.10.0',
];

/** The `http_request` block: method, path, query args, user agent and request id. */
export function httpRequest(r: Random, method: string, path: string, query?: string): Context {
  const args: Context = {};
  if (query !== undefined) args.query = query;
  else if (r.chance(0.2)) args.next = r.pick(['/if/user/', '/if/admin/']);
  return { args, path, method, user_agent: r.pick(USER_AGENTS), request_id: r.hex(32) };
}

/** The path and query of the request that would create an event of this action. */
export function requestLine(r: Random, w: World, action: string): [string, string, string | undefined] {
  const flow = r.pick(w.flows).slug;
  const app = r.pick(w.applications).slug;
  switch (action) {
    case 'authorize_application':
      return ['GET', `/application/o/authorize/`, `client_id=${r.hex(20)}&redirect_uri=https%3A%2F%2F${app}.example.com%2Foauth%2Fcallback&response_type=code&scope=openid+email+profile`];
    case 'model_created':
      return ['POST', `/api/v3/${r.pick(['core/users', 'core/groups', 'core/applications', 'flows/instances'])}/`, undefined];
    case 'model_updated':
      return [r.pick(['PATCH', 'PUT']), `/api/v3/${r.pick(['core/users', 'core/groups', 'providers/oauth2', 'flows/instances'])}/${r.int(1, 300)}/`, undefined];
    case 'model_deleted':
      return ['DELETE', `/api/v3/${r.pick(['core/tokens', 'core/groups', 'policies/bindings'])}/${r.hex(8)}/`, undefined];
    case 'secret_view':
      return ['GET', `/api/v3/core/tokens/${r.pick(['ci-deploy', 'terraform', 'grafana-sync'])}/view_key/`, undefined];
    case 'logout':
      return ['GET', `/flows/-/default/invalidation/`, undefined];
    default:
      return [r.chance(0.7) ? 'GET' : 'POST', `/api/v3/flows/executor/${flow}/`, `next=%2Fapplication%2Fo%2F${app}%2F`];
  }
}

const ref = (pk: string | number, app: string, name: string, model_name: string): Context => ({ pk, app, name, model_name });
const withHttp = (http: Context | null, ctx: Context): Context => (http ? { ...ctx, http_request: http } : ctx);
const asRef = (m: ModelRef): Context => ref(m.pk, m.app, m.name, m.model_name);
const userRef = (p: Person): Context => ({ pk: p.pk, username: p.username, email: p.email });

function exceptionContext(r: Random, extra: Context): Context {
  if (r.chance(0.2)) return { ...extra, exception: legacyException(r) as Json };
  return { ...extra, message: tracebackText(r) };
}

function loginContext({ r, http }: ContextInput): Context {
  const method = r.pick(['password', 'password', 'password', 'token', 'auth_webauthn_pwl', 'app_password', 'source', 'jwt']);
  const args: Context = {};
  if (method === 'password' && r.chance(0.4)) {
    args.mfa_devices = [ref(r.int(1, 900), 'authentik_stages_authenticator_totp', r.pick(['Phone', 'Authenticator app', 'YubiKey 5C']), 'totpdevice')];
  }
  if (method === 'token' || method === 'app_password') args.identifier = `${r.pick(['ci-deploy', 'mail-client', 'nas'])}-${r.hex(4)}`;
  if (method === 'source') args.source = ref(r.hex(32), 'authentik_sources_oauth', r.pick(['GitHub', 'Google', 'Entra ID']), 'oauthsource');
  if (method === 'jwt') args.jwt = { iss: 'https://ci.example.com', sub: `repo:example/${r.pick(['infra', 'web'])}` };
  if (r.chance(0.3)) args.known_device = r.chance(0.7);
  return withHttp(http, { auth_method: method, auth_method_args: args });
}

function loginFailedContext({ r, w, http }: ContextInput): Context {
  const stage = r.chance(0.85) ? w.stages[0] : w.stages[2];
  const username = r.chance(0.7) ? r.pick(w.users).username : r.pick(['admin', 'root', 'test', 'administrator', 'guest@example.com']);
  return withHttp(http, { stage: asRef(stage as ModelRef), password: MASK, username });
}

function authorizeContext({ r, w, http }: ContextInput): Context {
  const app = r.pick(w.applications);
  const scopes = r.pick(['openid email profile', 'openid profile', 'openid email profile offline_access', 'openid groups', '']);
  return withHttp(http, { authorized_application: asRef(app), flow: r.pick(w.flows).pk, scopes });
}

function modelContext(input: ContextInput, action: string): Context {
  const { r, w, http } = input;
  const change = randomModel(r, w);
  const model = asRef(change.model);
  if (action === 'model_deleted') return withHttp(http, { model, model_state: { ...change.fields, pk: change.model.pk } });
  const diff = action === 'model_created' ? createDiff(change) : updateDiff(r, w, change);
  return withHttp(http, { model, diff });
}

function emailContext({ r, actor, w }: ContextInput): Context {
  const recipient = actor.email !== '' ? actor : r.pick(w.users);
  const [template, subject] = r.pick([
    ['email/password_reset.html', 'Reset your password'],
    ['email/account_confirmation.html', 'Confirm your email address'],
    ['email/event_notification.html', 'authentik Notification: Login failed'],
    ['email/setup.html', 'authentik Test-Email'],
  ] as const);
  return {
    message: `Email to ${recipient.email} sent`,
    subject,
    to_email: [`${recipient.name} <${recipient.email}>`],
    from_email: 'authentik <no-reply@example.com>',
    template,
    body: `<!DOCTYPE html><html><body><p>Hi ${recipient.name},</p><p>${subject}.</p></body></html>`,
  };
}

function systemTaskContext({ r }: ContextInput): Context {
  const [name, uid] = r.pick([
    ['outpost_controller', 'authentik-embedded-outpost'],
    ['ldap_sync', 'corporate-ad'],
    ['clean_expired_models', ''],
    ['blueprints_discovery', ''],
    ['update_latest_version', ''],
    ['certificate_discovery', ''],
  ] as const);
  const messages: Json[] = r.chance(0.5) ? [`Synced ${r.int(0, 400)} objects`] : [];
  return { name, uid, status: r.chance(0.97) ? 'successful' : 'warning', messages, duration: Math.round(r.next() * 4000) / 1000 };
}

function customContext({ r, w }: ContextInput): Context {
  return {
    report: {
      name: r.pick(['Weekly sign-ins', 'Stale accounts', 'MFA coverage']),
      format: r.pick(['csv', 'pdf']),
      rows: r.int(0, 20000),
      filters: { groups: r.sample(['Admins', 'Engineering', 'Finance'], r.int(0, 2)), since_days: r.pick([7, 30, 90]) },
      recipients: r.sample(w.users, r.int(1, 3)).map((u) => u.email),
    },
    requested_by: { source: r.pick(['api', 'schedule']), job: { id: r.hex(12), attempt: r.int(1, 3), meta: { tags: ['custom', 'report'] } } },
  };
}

type Builder = (input: ContextInput, action: string) => Context;

const reviewObject = ({ r, w }: ContextInput): Context => ({
  review: ref(r.hex(32), 'authentik_enterprise_lifecycle', `Quarterly access review: ${r.pick(w.applications).name}`, 'review'),
  object: asRef(r.pick(w.applications)),
});

const accessRequest = (input: ContextInput): Context => {
  const { r, w, http } = input;
  const application = r.pick(w.applications);
  return withHttp(http, {
    access_request: ref(r.hex(32), 'authentik_enterprise_access_requests', `Access to ${application.name}`, 'accessrequest'),
    application: asRef(application),
    justification: r.pick(['On-call rotation next week', 'Need to debug the production dashboards', '']),
  });
};

const device = ({ r, http }: ContextInput): Context =>
  withHttp(http, {
    device: r.pick([
      ref(r.int(1, 900), 'authentik_stages_authenticator_totp', 'Authenticator app', 'totpdevice'),
      ref(r.int(1, 900), 'authentik_stages_authenticator_webauthn', 'YubiKey 5C NFC', 'webauthndevice'),
      ref(r.int(1, 900), 'authentik_stages_authenticator_static', 'Recovery codes', 'staticdevice'),
    ]),
  });

const BUILDERS: Record<string, Builder> = {
  login: loginContext,
  login_failed: loginFailedContext,
  logout: ({ http }) => withHttp(http, {}),
  user_write: ({ r, actor, http }) =>
    withHttp(http, { email: actor.email, name: actor.name, username: actor.username, created: r.chance(0.1), attributes: r.chance(0.3) ? { settings: { locale: r.pick(['en', 'de', 'fr']) } } : {} }),
  suspicious_request: ({ r, http }) =>
    withHttp(http, r.chance(0.7) ? { message: r.pick(['Reputation score below threshold', 'Captcha verification failed', 'Blocked by geo policy']) } : {}),
  password_set: () => ({}),
  secret_view: ({ r, http }) => withHttp(http, { secret: ref(r.hex(32), 'authentik_core', `${r.pick(['ci-deploy', 'terraform', 'grafana-sync'])}-${r.hex(4)}`, 'token') }),
  secret_rotate: ({ r }) => ({ secret: ref(r.hex(32), 'authentik_core', `ak-outpost-${r.hex(8)}-api`, 'token') }),
  invitation_used: ({ r, http }) => withHttp(http, { invitation_uuid: r.hex(32) }),
  authorize_application: authorizeContext,
  source_linked: ({ r, http }) => withHttp(http, { source: ref(r.hex(32), 'authentik_sources_oauth', r.pick(['GitHub', 'Google', 'Entra ID']), 'oauthsource') }),
  impersonation_started: ({ r, http }) => withHttp(http, { reason: r.pick(['Support ticket #4521', 'Reproduce dashboard permissions issue', '']) }),
  impersonation_ended: ({ http }) => withHttp(http, {}),
  flow_execution: ({ r, w, http }) => {
    const flow = r.pick(w.flows);
    return withHttp(http, { flow: ref(flow.pk, 'authentik_flows', flow.slug, 'flow') });
  },
  policy_execution: ({ r, w }) => ({
    policy: ref(r.hex(32), 'authentik_policies_expression', r.pick(['geo-restrict', 'admins-only', 'working-hours']), 'expressionpolicy'),
    result: { passing: r.chance(0.8), messages: r.chance(0.3) ? ['Access from this country is not allowed'] : [], log_messages: [] },
    request: { user: userRef(r.pick(w.users)), obj: asRef(r.pick(w.applications)), context: { geoip: null } },
  }),
  policy_exception: ({ r }) => exceptionContext(r, { policy: ref(r.hex(32), 'authentik_policies_expression', 'geo-restrict', 'expressionpolicy') }),
  property_mapping_exception: ({ r }) => exceptionContext(r, { mapping: ref(r.hex(32), 'authentik_providers_oauth2', 'authentik default OAuth Mapping: OpenID \'profile\'', 'scopemapping') }),
  system_task_execution: systemTaskContext,
  system_task_exception: ({ r }) => exceptionContext(r, {}),
  system_exception: ({ r }) => exceptionContext(r, {}),
  configuration_error: ({ r }) => ({
    message: r.pick([
      "Failed to connect to outpost 'k8s-proxy': Kubernetes API returned 403 Forbidden",
      'Email stage "default-recovery-email" has no SMTP server configured',
      'Provider "Grafana OIDC" has no signing key configured',
    ]),
  }),
  configuration_warning: ({ r }) => ({ message: `Certificate '${r.pick(['wildcard.example.com', 'saml-signing-2026'])}' expires in ${r.int(1, 30)} days` }),
  model_created: modelContext,
  model_updated: modelContext,
  model_deleted: modelContext,
  email_sent: emailContext,
  update_available: ({ r }) => {
    const v = `2026.${r.pick([5, 8])}.${r.int(0, 3)}`;
    return { new_version: v, message: `New version ${v} available!` };
  },
  export_ready: ({ r }) => ({
    export: ref(r.hex(32), 'authentik_enterprise_reports', 'Event log export', 'dataexport'),
    file_url: `/media/public/reports/${r.hex(16)}.csv`,
  }),
  review_initiated: reviewObject,
  review_overdue: (input) => ({ ...reviewObject(input), due: new Date(input.created - 86400000 * input.r.int(1, 20)).toISOString() }),
  review_attested: (input) => withHttp(input.http, { ...reviewObject(input), note: input.r.pick(['All members still need access', '']) }),
  review_completed: reviewObject,
  account_lockdown_triggered: ({ r, w, http }) =>
    withHttp(http, { reason: 'Too many failed login attempts', failed_attempts: r.int(5, 40), locked_user: userRef(r.pick(w.users)) }),
  access_request_created: accessRequest,
  access_request_approved: accessRequest,
  access_request_denied: accessRequest,
  access_request_revoked: accessRequest,
  mfa_device_added: device,
  mfa_device_removed: device,
  login_blocked: ({ r, w, http }) => withHttp(http, { username: r.pick(w.users).username, reason: r.pick(['reputation', 'geoip', 'lockdown']), score: -r.int(3, 20) }),
  user_created: ({ r, w, http }) => withHttp(http, { created_user: userRef(r.pick(w.users)), source: r.chance(0.4) ? 'enrollment' : 'api' }),
};

/** The context for `action` (custom and unknown actions get an arbitrary nested payload). */
export function buildContext(input: ContextInput, action: string): Context {
  return (BUILDERS[action] ?? customContext)(input, action);
}
