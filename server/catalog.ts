/**
 * The action catalogue: every authentik `EventActions` value (except the bare `custom_`
 * prefix), the actions newer authentik versions add, and a few `custom_*` actions, each with
 * the label the UI shows, a relative frequency and the Python module (`app`) that emits it.
 */

export interface ActionSpec {
  /** The action value stored on events, e.g. `login_failed`. */
  action: string;
  /** Human label, e.g. `Login Failed`. */
  label: string;
  /** Relative frequency in generated data. */
  weight: number;
  /** Modules that create this event (the event's `app`). */
  apps: readonly string[];
}

const SIGNALS = ['authentik.events.signals'];
const MIDDLEWARE = ['authentik.events.middleware', 'authentik.enterprise.audit.middleware'];

/** [action, weight, apps] in authentik's enum order, then the newer and custom ones. */
const TABLE: ReadonlyArray<readonly [string, number, readonly string[]]> = [
  ['login', 220, SIGNALS],
  ['login_failed', 55, SIGNALS],
  ['logout', 120, SIGNALS],
  ['user_write', 30, SIGNALS],
  ['suspicious_request', 4, ['authentik.core.middleware', 'authentik.stages.identification.stage']],
  ['password_set', 10, ['authentik.core.signals', 'authentik.stages.password.stage']],
  ['secret_view', 12, ['authentik.core.api.tokens', 'authentik.crypto.api']],
  ['secret_rotate', 3, ['authentik.core.tasks', 'authentik.crypto.tasks']],
  ['invitation_used', 4, ['authentik.stages.invitation.stage']],
  ['authorize_application', 160, ['authentik.providers.oauth2.views.authorize', 'authentik.providers.saml.processors.assertion']],
  ['source_linked', 5, ['authentik.sources.oauth.views.callback', 'authentik.sources.saml.processors.response']],
  ['impersonation_started', 2, ['authentik.core.api.users']],
  ['impersonation_ended', 2, ['authentik.core.views.impersonate']],
  ['flow_execution', 115, ['authentik.flows.views.executor']],
  ['policy_execution', 28, ['authentik.policies.process']],
  ['policy_exception', 1.2, ['authentik.policies.process']],
  ['property_mapping_exception', 1, ['authentik.core.expression.evaluator', 'authentik.providers.oauth2.views.userinfo']],
  ['system_task_execution', 40, ['authentik.events.system_tasks', 'authentik.tasks.models']],
  ['system_task_exception', 1.5, ['authentik.events.system_tasks', 'authentik.tasks.models']],
  ['system_exception', 0.8, ['authentik.core.middleware', 'authentik.api.v3.config']],
  ['configuration_error', 1.5, ['authentik.outposts.controllers.kubernetes', 'authentik.stages.email.tasks']],
  ['configuration_warning', 1.2, ['authentik.outposts.tasks', 'authentik.crypto.tasks']],
  ['model_created', 30, MIDDLEWARE],
  ['model_updated', 80, MIDDLEWARE],
  ['model_deleted', 9, MIDDLEWARE],
  ['email_sent', 20, ['authentik.stages.email.tasks']],
  ['update_available', 0.3, ['authentik.admin.tasks']],
  ['export_ready', 0.6, ['authentik.enterprise.reports.tasks']],
  ['review_initiated', 0.8, ['authentik.enterprise.lifecycle.tasks']],
  ['review_overdue', 0.4, ['authentik.enterprise.lifecycle.tasks']],
  ['review_attested', 1.5, ['authentik.enterprise.lifecycle.api']],
  ['review_completed', 0.8, ['authentik.enterprise.lifecycle.tasks']],
  ['account_lockdown_triggered', 0.5, ['authentik.stages.user_login.lockdown']],
  ['access_request_created', 2, ['authentik.enterprise.access_requests.api']],
  ['access_request_approved', 1.4, ['authentik.enterprise.access_requests.api']],
  ['access_request_denied', 0.5, ['authentik.enterprise.access_requests.api']],
  ['access_request_revoked', 0.3, ['authentik.enterprise.access_requests.tasks']],
  ['mfa_device_added', 4, ['authentik.stages.authenticator.signals']],
  ['mfa_device_removed', 1.5, ['authentik.stages.authenticator.signals']],
  ['login_blocked', 2.5, ['authentik.stages.identification.stage', 'authentik.policies.reputation.signals']],
  ['user_created', 6, ['authentik.core.signals', 'authentik.stages.user_write.stage']],
  ['custom_report_generated', 1.5, ['authentik.policies.expression.evaluator']],
  ['custom_backup_completed', 1, ['authentik.blueprints.v1.tasks']],
  ['custom_vpn_session_started', 3, ['authentik.policies.expression.evaluator']],
];

/** Turns `login_failed` into `Login Failed`. */
function labelFor(action: string): string {
  return action
    .split('_')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Every action the generator emits, in a stable order. */
export const ACTIONS: readonly ActionSpec[] = TABLE.map(([action, weight, apps]) => ({
  action,
  label: labelFor(action),
  weight,
  apps,
}));

const KNOWN = new Set(ACTIONS.map((a) => a.action));

/** True for catalogue actions and any `custom_*` action (authentik's extension point). */
export function isKnownAction(action: string): boolean {
  return KNOWN.has(action) || /^custom_[a-z0-9_]+$/.test(action);
}
