/**
 * The action catalogue for display: a label (through the translation) and a palette slot
 * (`--ev-action-<slot>`) for every known action. `custom_*` and unknown actions get a generic
 * label and the neutral slot 0; they are never dropped.
 */
import { CUSTOM_ACTION_PREFIX, KNOWN_ACTIONS, type KnownAction } from '../client/actions.js';
import { tokenDefaults } from '../generated/tokens.js';
import { humanize } from './humanize.js';
import { type Translation, defineStrings } from '../i18n/translation.js';

export interface ActionStrings {
  /** Label per known action. */
  labels: Record<KnownAction, string>;
  /** Label of a custom action, given the part after `custom_` (e.g. `report_generated`). */
  custom: (name: string) => string;
  /** Label of an action the catalogue does not know. */
  unknown: (action: string) => string;
}

declare module '../i18n/translation.js' {
  interface Translation {
    actions: ActionStrings;
  }
}

export { humanize };

defineStrings('actions', {
  labels: Object.fromEntries(KNOWN_ACTIONS) as Record<KnownAction, string>,
  custom: (name) => `Custom: ${humanize(name)}`,
  unknown: (action) => humanize(action),
});

/** Palette slot per action, 1–12; grouped so related actions share a hue. */
const SLOTS: Record<KnownAction, number> = {
  login: 3,
  login_failed: 2,
  login_blocked: 2,
  logout: 12,
  user_write: 5,
  user_created: 10,
  suspicious_request: 2,
  password_set: 9,
  secret_view: 6,
  secret_rotate: 6,
  invitation_used: 3,
  authorize_application: 1,
  source_linked: 1,
  impersonation_started: 8,
  impersonation_ended: 8,
  flow_execution: 7,
  policy_execution: 7,
  policy_exception: 2,
  property_mapping_exception: 2,
  system_task_execution: 12,
  system_task_exception: 2,
  system_exception: 2,
  configuration_error: 2,
  configuration_warning: 4,
  model_created: 10,
  model_updated: 4,
  model_deleted: 11,
  email_sent: 1,
  update_available: 9,
  export_ready: 7,
  review_initiated: 5,
  review_overdue: 4,
  review_attested: 5,
  review_completed: 5,
  account_lockdown_triggered: 2,
  access_request_created: 5,
  access_request_approved: 3,
  access_request_denied: 2,
  access_request_revoked: 11,
  mfa_device_added: 9,
  mfa_device_removed: 9,
};

export const PALETTE_SIZE = 12;

export function isKnownAction(action: string): action is KnownAction {
  return Object.prototype.hasOwnProperty.call(SLOTS, action);
}

export function isCustomAction(action: string): boolean {
  return action.startsWith(CUSTOM_ACTION_PREFIX);
}

/** The palette slot of an action: 1–12 for known actions, 0 (neutral) for custom and unknown ones. */
export function actionSlot(action: string): number {
  return isKnownAction(action) ? SLOTS[action] : 0;
}

/** `var(--ev-action-<slot>, <default>)` for an action, for inline CSS custom properties. */
export function actionColorVar(action: string): string {
  const slot = actionSlot(action);
  return `var(--ev-action-${slot}, ${tokenDefaults[`action-${slot}` as keyof typeof tokenDefaults]})`;
}

/** The user-visible label of an action in the given translation. */
export function actionLabel(action: string, t: Pick<Translation, 'actions'>): string {
  if (isKnownAction(action)) return t.actions.labels[action];
  if (isCustomAction(action)) return t.actions.custom(action.slice(CUSTOM_ACTION_PREFIX.length));
  return t.actions.unknown(action);
}

export interface CatalogueEntry {
  name: KnownAction;
  slot: number;
}

/** Every known action with its palette slot, in catalogue order. */
export const ACTION_CATALOGUE: readonly CatalogueEntry[] = KNOWN_ACTIONS.map(([name]) => ({ name, slot: SLOTS[name] }));
