// Size rows of issue 8: gzip of a minified bundle of the bell's define entry (the same build as
// dist/cdn: the path of the README's script-tag example, whose bell builds its client from `api`),
// with and without Lit. Where the bytes go is measured by leaving one part out at a time (marked
// external, so its code leaves the bundle while its call sites stay): each "without" row is what
// that part, and what only it pulls in, adds to the bundle. Novu's and MagicBell's inboxes
// (~150 kB gzip, their published figures) cannot be installed offline: the in-run baseline is
// Lit alone.
import { gzipSync } from 'node:zlib';
import { LIT_PACKAGES, bundle } from '../../scripts/build-cdn.mjs';
import type { BenchRow } from '../types.js';

const ENTRY = 'src/components/notification-bell/ev-notification-bell.ts';
const kB = (code: string) => gzipSync(code, { level: 9 }).length / 1024;
const isLit = (id: string) => LIT_PACKAGES.some((re) => re.test(id));

/** The parts of the bell's bundle, by the modules that hold them. */
const PARTS: Array<[string, RegExp]> = [
  ['its own client (fetch wrapper, and all it alone pulls in: live, validation, endpoints, errors)', /notification-bell\/bell-client\.ts$/],
  ['of which live strategies (SSE, websocket, polling, fan-out)', /notification-bell\/bell-live\.ts$/],
  ['of which response validation', /client\/validate\.ts$/],
  ['of which cross-tab sharing', /client\/shared-live\.ts$/],
  ['the feed (count, lists, optimistic seen, mark-all, catch-up)', /notification-bell\/feed(-[a-z]+)?\.ts$/],
  ['the item template and icons', /notification-bell\/bell-item\.ts$/],
  ['the bell styles', /notification-bell\.styles\.ts$/],
  ['the shared host / state / control styles', /styles\/(shared|host)\.styles\.ts$/],
  ['the base (EvBaseElement, BellBase, state views)', /(base\/ev-element|bell-base|base\/state-views)\.ts$/],
  ['i18n and the English strings', /(i18n\/translation|notification-bell\.strings)\.ts$/],
  ['time, number and URL formatting', /format\/[a-z-]+\.ts$/],
];

/** gzip kB of the bundle (Lit excluded) without the modules `leaveOut` matches. */
async function without(leaveOut: RegExp): Promise<number> {
  return kB(await bundle(ENTRY, { external: (id: string) => isLit(id) || leaveOut.test(id) }));
}

export default async function bellSize(): Promise<BenchRow[]> {
  const [withLit, withoutLit, litOnly, general] = await Promise.all([
    bundle(ENTRY),
    bundle(ENTRY, { external: LIT_PACKAGES }),
    bundle('bench/node/lit-baseline.ts'),
    bundle('src/client/adapters/authentik-notifications.ts', { external: LIT_PACKAGES }),
  ]);
  const own = kB(withoutLit);
  const lit = { name: 'Lit alone (LitElement + decorators)', value: kB(litOnly) };
  const group = 'ev-notification-bell';
  const rows: BenchRow[] = [
    { group, name: 'bell define entry, gzip, own code (client included, Lit excluded)', value: own, unit: 'kB', goal: '<= 5', note: `minified ${(withoutLit.length / 1024).toFixed(1)} kB` },
    {
      group,
      name: 'bell define entry, gzip, Lit included (dist/cdn/ev-notification-bell.js)',
      value: kB(withLit),
      unit: 'kB',
      goal: '<= 12',
      baseline: lit,
      note: 'Novu inbox ~150 kB, MagicBell ~149 kB (published figures, not measured here)',
    },
  ];
  // One after the other: each is a full build, and two cores are shared.
  for (const [part, re] of PARTS) {
    rows.push({ group, name: `what it costs (own code without it): ${part}`, value: own - (await without(re)), unit: 'kB' });
  }
  // The element is what remains when every part above is left out (plus event classes and define).
  const rest = await without(new RegExp(PARTS.map(([, re]) => re.source).join('|')));
  rows.push({ group, name: 'what remains without all of the above: the element (render, keyboard, focus, popover / drawer, infinite scroll, desktop, announcements), event classes, define', value: rest, unit: 'kB' });
  rows.push({ group, name: 'not in the bundle: createAuthentikNotificationClient alone (the general client the bell used before)', value: kB(general), unit: 'kB' });
  return rows;
}
