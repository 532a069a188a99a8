/**
 * Model audit payloads: the `context.model`, `context.diff` and `context.model_state` that
 * authentik's audit middleware records for model_created / model_updated / model_deleted.
 * Diff shape: `{field: {previous_value, new_value}}`; many-to-many changes as
 * `{related_name: {add: [pk…]}}`, `{remove: [pk…]}` or `{clear: true}`; secrets masked.
 */
import type { Random } from './random.js';
import type { ModelRef, World } from './world.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Gen = (r: Random, w: World) => Json;

/** authentik's mask for sensitive values. */
export const MASK = '********************';

interface ModelKind {
  app: string;
  model_name: string;
  pk: (r: Random) => string | number;
  /** Which generated field provides `context.model.name`. */
  nameField: string;
  fields: Record<string, Gen>;
  /** Many-to-many relations and how their related pks look. */
  m2m: Record<string, (r: Random, w: World) => string | number>;
}

const bool: Gen = (r) => r.chance(0.5);
const secret: Gen = () => MASK;
const oneOf =
  (...values: Json[]): Gen =>
  (r) => r.pick(values);
const maybe =
  (gen: Gen, pNull = 0.4): Gen =>
  (r, w) => (r.chance(pNull) ? null : gen(r, w));
const uuidHex = (r: Random): string => r.hex(32);
const isoDate: Gen = (r) => new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59))).toISOString();
const userPk = (r: Random, w: World): number => r.pick(w.users).pk;

const attributes: Gen = (r) =>
  r.pick<Json>([
    {},
    { settings: { locale: r.pick(['de', 'en', 'fr', 'ja']), theme: { base: r.pick(['dark', 'light', 'automatic']) } } },
    { 'goauthentik.io/user/can-change-username': r.chance(0.5), 'goauthentik.io/user/token-expires': r.chance(0.5) },
    { department: r.pick(['Finance', 'Engineering', 'Legal', '']), cost_center: r.int(0, 9000), tags: ['vpn', 'on-call'].slice(0, r.int(0, 2)) },
  ]);

const expression: Gen = (r) =>
  r.pick([
    'return ak_is_group_member(request.user, name="Admins")',
    'if request.context.get("geoip", {}).get("country") in ["DE", "AT"]:\n    return True\nak_message("Access from this country is not allowed")\nreturn False',
    '',
  ]);

const KINDS: readonly ModelKind[] = [
  {
    app: 'authentik_core',
    model_name: 'user',
    pk: (r) => r.int(20, 400),
    nameField: 'username',
    fields: {
      username: (r, w) => r.pick(w.users).username,
      name: (r, w) => r.pick(w.users).name,
      is_active: bool,
      email: oneOf('', 'it-ops@example.com', 'someone@example.org'),
      path: oneOf('users', 'users/contractors', 'goauthentik.io/service-accounts'),
      type: oneOf('internal', 'external', 'service_account'),
      attributes,
      last_login: maybe(isoDate),
      password: secret,
      password_change_date: isoDate,
    },
    m2m: { groups: uuidHex, roles: uuidHex },
  },
  {
    app: 'authentik_core',
    model_name: 'group',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: oneOf('Admins', 'Engineering', 'Contractors', 'Finance', 'On-call', 'VPN users'),
      is_superuser: bool,
      parent: maybe(uuidHex, 0.6),
      attributes,
    },
    m2m: { users: userPk, roles: uuidHex },
  },
  {
    app: 'authentik_core',
    model_name: 'application',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: (r, w) => r.pick(w.applications).name,
      slug: (r, w) => r.pick(w.applications).slug,
      group: oneOf('', 'Monitoring', 'Dev tools'),
      meta_launch_url: oneOf('', 'https://grafana.example.com/login/generic_oauth', 'blank://blank'),
      meta_description: oneOf('', 'Dashboards for the platform team'),
      open_in_new_tab: bool,
      policy_engine_mode: oneOf('any', 'all'),
      provider: maybe((r) => r.int(1, 40), 0.3),
    },
    m2m: {},
  },
  {
    app: 'authentik_providers_oauth2',
    model_name: 'oauth2provider',
    pk: (r) => r.int(1, 40),
    nameField: 'name',
    fields: {
      name: (r, w) => `${r.pick(w.applications).name} OIDC`,
      client_type: oneOf('confidential', 'public'),
      client_id: (r) => r.hex(40),
      client_secret: secret,
      redirect_uris: (r) => [{ matching_mode: r.pick(['strict', 'regex']), url: `https://app${r.int(1, 9)}.example.com/oauth/callback` }],
      access_token_validity: oneOf('minutes=5', 'hours=1', 'days=1'),
      include_claims_in_id_token: bool,
      sub_mode: oneOf('hashed_user_id', 'user_email', 'user_username'),
      signing_key: maybe(uuidHex),
    },
    m2m: { property_mappings: uuidHex },
  },
  {
    app: 'authentik_flows',
    model_name: 'flow',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: (r, w) => r.pick(w.flows).slug.replace(/-/g, ' '),
      slug: (r, w) => r.pick(w.flows).slug,
      title: oneOf('Welcome to authentik!', 'Sign in', ''),
      designation: oneOf('authentication', 'authorization', 'enrollment', 'invalidation', 'recovery'),
      compatibility_mode: bool,
      denied_action: oneOf('message_continue', 'message', 'continue'),
      layout: oneOf('stacked', 'content_left', 'sidebar_right'),
    },
    m2m: {},
  },
  {
    app: 'authentik_core',
    model_name: 'token',
    pk: uuidHex,
    nameField: 'identifier',
    fields: {
      identifier: (r) => r.pick(['ci-deploy', 'terraform', 'grafana-sync', 'backup-job']) + `-${r.hex(4)}`,
      intent: oneOf('api', 'app_password', 'recovery'),
      expiring: bool,
      expires: maybe(isoDate),
      description: oneOf('', 'Used by the nightly export'),
      key: secret,
    },
    m2m: {},
  },
  {
    app: 'authentik_brands',
    model_name: 'brand',
    pk: uuidHex,
    nameField: 'domain',
    fields: {
      domain: oneOf('auth.example.com', 'login.example.org', 'partners.example.net'),
      default: bool,
      branding_title: oneOf('authentik', 'Example Corp SSO', ''),
      branding_logo: oneOf('/static/dist/assets/icons/icon_left_brand.svg', ''),
      flow_authentication: maybe(uuidHex),
      attributes,
    },
    m2m: {},
  },
  {
    app: 'authentik_policies',
    model_name: 'policybinding',
    pk: uuidHex,
    nameField: 'target',
    fields: {
      target: uuidHex,
      order: oneOf(0, 10, 20, 100),
      enabled: bool,
      negate: bool,
      timeout: oneOf(0, 30, 60),
      failure_result: bool,
      policy: maybe(uuidHex),
      group: maybe(uuidHex),
      user: maybe(userPk, 0.7),
    },
    m2m: {},
  },
  {
    app: 'authentik_crypto',
    model_name: 'certificatekeypair',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: oneOf('authentik Self-signed Certificate', 'wildcard.example.com', 'saml-signing-2026'),
      certificate_data: (r) => `-----BEGIN CERTIFICATE-----\nMIIF${r.hex(48)}\n-----END CERTIFICATE-----\n`,
      key_data: secret,
      managed: maybe(oneOf('goauthentik.io/crypto/jwt-managed')),
    },
    m2m: {},
  },
  {
    app: 'authentik_sources_ldap',
    model_name: 'ldapsource',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: oneOf('Corporate AD', 'OpenLDAP'),
      slug: oneOf('corporate-ad', 'openldap'),
      enabled: bool,
      server_uri: oneOf('ldaps://dc1.corp.example.com', 'ldap://ldap.example.org:389'),
      bind_cn: oneOf('CN=svc-authentik,OU=Service,DC=corp,DC=example,DC=com', ''),
      bind_password: secret,
      base_dn: oneOf('DC=corp,DC=example,DC=com', 'dc=example,dc=org'),
      sync_users: bool,
      sync_groups: bool,
      start_tls: bool,
      additional_user_dn: oneOf('', 'OU=Users'),
    },
    m2m: { user_property_mappings: uuidHex, group_property_mappings: uuidHex },
  },
  {
    app: 'authentik_policies_expression',
    model_name: 'expressionpolicy',
    pk: uuidHex,
    nameField: 'name',
    fields: { name: oneOf('geo-restrict', 'admins-only', 'working-hours'), execution_logging: bool, expression },
    m2m: {},
  },
  {
    app: 'authentik_outposts',
    model_name: 'outpost',
    pk: uuidHex,
    nameField: 'name',
    fields: {
      name: oneOf('authentik Embedded Outpost', 'ldap-outpost', 'k8s-proxy'),
      type: oneOf('proxy', 'ldap', 'radius'),
      config: (r) => ({
        authentik_host: 'https://auth.example.com/',
        log_level: r.pick(['info', 'debug', 'warning']),
        kubernetes_replicas: r.int(0, 3),
        kubernetes_ingress_annotations: r.chance(0.5) ? { 'cert-manager.io/cluster-issuer': 'letsencrypt' } : ({} as Json),
        docker_labels: null,
      }),
    },
    m2m: { providers: (r) => r.int(1, 40) },
  },
];

export interface ModelChange {
  model: ModelRef;
  fields: Record<string, Json>;
  kind: ModelKind;
}

/** A model instance with every field filled in. */
export function randomModel(r: Random, w: World): ModelChange {
  const kind = r.pick(KINDS);
  const fields: Record<string, Json> = {};
  for (const [name, gen] of Object.entries(kind.fields)) fields[name] = gen(r, w);
  const label = fields[kind.nameField];
  const name = typeof label === 'string' && label !== '' ? label : `${kind.model_name} ${r.hex(6)}`;
  return { model: { pk: kind.pk(r), app: kind.app, model_name: kind.model_name, name }, fields, kind };
}

/** The diff authentik records on create: every field, previous value null. */
export function createDiff(change: ModelChange): Record<string, Json> {
  const diff: Record<string, Json> = {};
  for (const [name, value] of Object.entries(change.fields)) diff[name] = { previous_value: null, new_value: value };
  return diff;
}

/** An update diff: a few changed fields and sometimes a many-to-many change. */
export function updateDiff(r: Random, w: World, change: ModelChange): Record<string, Json> {
  const diff: Record<string, Json> = {};
  for (const name of r.sample(Object.keys(change.fields), r.int(1, 3))) {
    const gen = change.kind.fields[name] as Gen;
    const previous = change.fields[name] ?? null;
    let next = gen(r, w);
    for (let i = 0; i < 6 && JSON.stringify(next) === JSON.stringify(previous) && previous !== MASK; i++) next = gen(r, w);
    if (typeof previous === 'boolean') next = !previous;
    if (JSON.stringify(next) === JSON.stringify(previous) && previous !== MASK) continue;
    diff[name] = { previous_value: previous, new_value: next };
  }
  const relations = Object.entries(change.kind.m2m);
  if (relations.length > 0 && (Object.keys(diff).length === 0 || r.chance(0.3))) {
    const [relation, pkGen] = r.pick(relations);
    const op = r.next();
    const pks = Array.from({ length: r.int(1, 3) }, () => pkGen(r, w));
    diff[relation] = op < 0.55 ? { add: pks } : op < 0.9 ? { remove: pks } : { clear: true };
  }
  return diff;
}
