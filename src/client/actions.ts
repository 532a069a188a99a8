/**
 * Every action authentik defines: the `EventActions` enum of its OpenAPI schema (2026.2) plus
 * the newer actions of its main branch and docs. Sources may send any other string (custom
 * events use the `custom_` prefix); those are kept, never rejected.
 */
export const KNOWN_ACTIONS = [
  // EventActions in the OpenAPI schema, in its order
  ['login', 'Login'],
  ['login_failed', 'Login failed'],
  ['logout', 'Logout'],
  ['user_write', 'User write'],
  ['suspicious_request', 'Suspicious request'],
  ['password_set', 'Password set'],
  ['secret_view', 'Secret view'],
  ['secret_rotate', 'Secret rotate'],
  ['invitation_used', 'Invitation used'],
  ['authorize_application', 'Authorize application'],
  ['source_linked', 'Source linked'],
  ['impersonation_started', 'Impersonation started'],
  ['impersonation_ended', 'Impersonation ended'],
  ['flow_execution', 'Flow execution'],
  ['policy_execution', 'Policy execution'],
  ['policy_exception', 'Policy exception'],
  ['property_mapping_exception', 'Property mapping exception'],
  ['system_task_execution', 'System task execution'],
  ['system_task_exception', 'System task exception'],
  ['system_exception', 'System exception'],
  ['configuration_error', 'Configuration error'],
  ['configuration_warning', 'Configuration warning'],
  ['model_created', 'Model created'],
  ['model_updated', 'Model updated'],
  ['model_deleted', 'Model deleted'],
  ['email_sent', 'Email sent'],
  ['update_available', 'Update available'],
  ['export_ready', 'Export ready'],
  ['review_initiated', 'Review initiated'],
  ['review_overdue', 'Review overdue'],
  ['review_attested', 'Review attested'],
  ['review_completed', 'Review completed'],
  // newer than the schema excerpt (authentik main, 2026 docs)
  ['account_lockdown_triggered', 'Account lockdown triggered'],
  ['access_request_created', 'Access request created'],
  ['access_request_approved', 'Access request approved'],
  ['access_request_denied', 'Access request denied'],
  ['access_request_revoked', 'Access request revoked'],
  ['mfa_device_added', 'MFA device added'],
  ['mfa_device_removed', 'MFA device removed'],
  ['login_blocked', 'Login blocked'],
  ['user_created', 'User created'],
] as const satisfies ReadonlyArray<readonly [string, string]>;

export type KnownAction = (typeof KNOWN_ACTIONS)[number][0];

/** The prefix authentik gives custom (user-defined) event actions. */
export const CUSTOM_ACTION_PREFIX = 'custom_';

const KNOWN = new Set<string>(KNOWN_ACTIONS.map(([name]) => name));

/**
 * True for an action authentik accepts as a filter value: a known action or a `custom_` one
 * (lower case, digits, `_`, as the reference server checks). authentik answers any other value
 * (a stale link's action, a typo) with HTTP 400, though all it means is that no event matches.
 */
export function isFilterableAction(action: string): boolean {
  return KNOWN.has(action) || /^custom_[a-z0-9_]+$/.test(action);
}
