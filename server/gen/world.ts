/**
 * The fixed cast of generated data: users (admins, service accounts, anonymous), brands,
 * applications, flows, stages and the network each user connects from. Derived from the seed
 * only, so live events created after a restart use the same cast.
 */
import { CITIES, NETWORKS, type City } from './places.js';
import { Random } from './random.js';

export interface ModelRef {
  pk: string | number;
  app: string;
  name: string;
  model_name: string;
}

export interface Endpoint {
  ip: string;
  /** Null for private addresses, which have no geo data. */
  city: City | null;
  asn: number;
  as_org: string;
  network: string;
}

export interface Person {
  pk: number;
  username: string;
  email: string;
  name: string;
  kind: 'anonymous' | 'admin' | 'service' | 'user';
  endpoints: Endpoint[];
}

export interface World {
  anonymous: Person;
  /** The user the API token belongs to; notifications are theirs. */
  owner: Person;
  admins: Person[];
  services: Person[];
  users: Person[];
  /** Every person except the anonymous one. */
  everyone: Person[];
  brands: ModelRef[];
  applications: Array<ModelRef & { slug: string }>;
  flows: Array<{ pk: string; slug: string }>;
  stages: ModelRef[];
}

const FIRST = ['anna', 'ben', 'carla', 'david', 'elif', 'farid', 'greta', 'hiro', 'ines', 'jonas', 'kemal', 'lena',
  'marco', 'nadia', 'omar', 'paula', 'quentin', 'rosa', 'sven', 'tara', 'umar', 'vera', 'wei', 'ximena', 'yusuf', 'zoe',
  'amara', 'bjorn', 'chloe', 'dmitri', 'emeka', 'fatima', 'gustavo', 'hana', 'ivan', 'julia', 'kwame', 'lucia'];
const LAST = ['schmidt', 'nguyen', 'garcia', 'okafor', 'tanaka', 'kowalski', 'silva', 'andersen', 'rossi', 'dubois',
  'yilmaz', 'haddad', 'kim', 'patel', 'murphy', 'novak', 'costa', 'lindqvist', 'mendes', 'fischer', 'chen', 'ivanova',
  'mbeki', 'larsen', 'moreau', 'sato', 'oconnor', 'weber', 'alvarez', 'kaur'];
const DOMAINS = ['example.com', 'example.org', 'corp.example.net'];

const APPLICATIONS = ['Grafana', 'GitLab', 'Nextcloud', 'Jenkins', 'Portainer', 'Home Assistant', 'Vault', 'Proxmox VE',
  'Wiki.js', 'Mattermost', 'Outline', 'MinIO Console', 'Argo CD', 'Sentry', 'Paperless-ngx', 'Immich'];
const FLOWS = ['default-authentication-flow', 'default-invalidation-flow', 'default-provider-authorization-implicit-consent',
  'default-provider-authorization-explicit-consent', 'default-enrollment-flow', 'default-recovery-flow',
  'default-password-change', 'default-user-settings-flow', 'default-source-authentication'];

const RESERVED_FIRST_OCTETS = new Set([0, 10, 100, 127, 169, 172, 192, 198, 203]);

/** One /16 IPv4 block and one /32 IPv6 block per network, derived from the ASN. */
function blocksFor(asn: number): { v4: [number, number]; v6: string } {
  const r = new Random(asn * 2654435761);
  let a = r.int(11, 223);
  while (RESERVED_FIRST_OCTETS.has(a)) a = r.int(11, 223);
  return { v4: [a, r.int(0, 255)], v6: `2a0${r.int(0, 9)}:${r.hex(4)}` };
}

/** A public address in `city` on one of the networks serving its country. */
export function publicEndpoint(r: Random, city: City): Endpoint {
  const local = NETWORKS.filter((n) => n.countries.includes(city.country));
  const net = local.length > 0 && r.chance(0.85) ? r.pick(local) : r.pick(NETWORKS.filter((n) => n.countries[0] === '*'));
  const blocks = blocksFor(net.asn);
  const v6 = r.chance(0.3);
  const ip = v6
    ? `${blocks.v6}:${r.hex(4)}:${r.hex(4)}::${r.int(1, 0xfff).toString(16)}`
    : `${blocks.v4[0]}.${blocks.v4[1]}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const network = v6 ? `${blocks.v6}::/32` : `${blocks.v4[0]}.${blocks.v4[1]}.0.0/16`;
  return { ip, city, asn: net.asn, as_org: net.as_org, network };
}

function privateEndpoint(r: Random): Endpoint {
  const ip = r.chance(0.5) ? `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 254)}` : `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  return { ip, city: null, asn: 0, as_org: '', network: '' };
}

function endpointsFor(r: Random): Endpoint[] {
  const home = r.pick(CITIES);
  const out = [publicEndpoint(r, home)];
  if (r.chance(0.5)) out.push(publicEndpoint(r, home));
  if (r.chance(0.35)) out.push(privateEndpoint(r));
  if (r.chance(0.25)) out.push(publicEndpoint(r, r.pick(CITIES)));
  return out;
}

function person(r: Random, pk: number, username: string, name: string, kind: Person['kind']): Person {
  const email = kind === 'anonymous' ? '' : `${username.replace(/^ak-/, '')}@${r.pick(DOMAINS)}`;
  return { pk, username, email, name, kind, endpoints: endpointsFor(r) };
}

function regularUsers(r: Random, firstPk: number, count: number): Person[] {
  const taken = new Set<string>();
  const out: Person[] = [];
  while (out.length < count) {
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    let username = r.chance(0.6) ? `${first}.${last}` : `${first[0]}${last}`;
    if (taken.has(username)) username = `${username}${r.int(2, 99)}`;
    if (taken.has(username)) continue;
    taken.add(username);
    const display = `${first[0]?.toUpperCase()}${first.slice(1)} ${last[0]?.toUpperCase()}${last.slice(1)}`;
    out.push(person(r, firstPk + out.length, username, display, 'user'));
  }
  return out;
}

function modelRef(r: Random, app: string, modelName: string, name: string): ModelRef {
  return { pk: r.hex(32), app, name, model_name: modelName };
}

/** Builds the cast for a seed. Cheap (a few hundred objects); call it on every start. */
export function buildWorld(seed: number): World {
  const r = Random.derive(seed, 'world');
  const anonymous = person(r, 1, 'AnonymousUser', 'Anonymous User', 'anonymous');
  anonymous.endpoints = [];
  const admins = [
    person(r, 4, 'akadmin', 'authentik Default Admin', 'admin'),
    person(r, 5, 'ops.admin', 'Operations Admin', 'admin'),
    person(r, 6, 'sec.lead', 'Security Lead', 'admin'),
  ];
  const services = ['ak-outpost-3f2a9c1e', 'svc-terraform', 'svc-ci-deploy', 'svc-backup'].map((u, i) =>
    person(r, 10 + i, u, u === 'ak-outpost-3f2a9c1e' ? 'Outpost service-account' : u, 'service'),
  );
  const users = regularUsers(r, 20, 240);
  return {
    anonymous,
    owner: admins[0] as Person,
    admins,
    services,
    users,
    everyone: [...admins, ...services, ...users],
    brands: [
      modelRef(r, 'authentik_brands', 'brand', 'authentik Default'),
      modelRef(r, 'authentik_brands', 'brand', 'Example Corp'),
      modelRef(r, 'authentik_brands', 'brand', 'Partner Portal'),
    ],
    applications: APPLICATIONS.map((name) => ({
      ...modelRef(r, 'authentik_core', 'application', name),
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    })),
    flows: FLOWS.map((slug) => ({ pk: r.hex(32), slug })),
    stages: [
      modelRef(r, 'authentik_stages_password', 'passwordstage', 'default-authentication-password'),
      modelRef(r, 'authentik_stages_identification', 'identificationstage', 'default-authentication-identification'),
      modelRef(r, 'authentik_stages_authenticator_validate', 'authenticatorvalidatestage', 'default-authentication-mfa-validation'),
    ],
  };
}
