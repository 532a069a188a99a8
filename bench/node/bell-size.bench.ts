// Size rows of issue 8: gzip of a minified bundle of the bell's define entry (the same build as
// dist/cdn: the path of the README's script-tag example, whose bell builds its client from `api`),
// with and without Lit, plus where the bytes go (each part bundled alone, so parts overlap). Novu's and MagicBell's inboxes
// (~150 kB gzip, their published figures) cannot be installed offline: the in-run baseline is
// Lit alone.
import { gzipSync } from 'node:zlib';
import { LIT_PACKAGES, bundle } from '../../scripts/build-cdn.mjs';
import type { BenchRow } from '../types.js';

const ENTRY = 'src/components/notification-bell/ev-notification-bell.ts';
const kB = (code: string) => gzipSync(code, { level: 9 }).length / 1024;

/** gzip kB of `entry` bundled with Lit left out, for the breakdown rows. */
async function own(entry: string): Promise<number> {
  return kB(await bundle(entry, { external: LIT_PACKAGES }));
}

export default async function bellSize(): Promise<BenchRow[]> {
  const [withLit, withoutLit, litOnly] = await Promise.all([
    bundle(ENTRY),
    bundle(ENTRY, { external: LIT_PACKAGES }),
    bundle('bench/node/lit-baseline.ts'),
  ]);
  const lit = { name: 'Lit alone (LitElement + decorators)', value: kB(litOnly) };
  const [client, base, feed, general, dataBase] = await Promise.all([
    own('src/components/notification-bell/bell-client.ts'),
    own('src/components/notification-bell/bell-base.ts'),
    own('src/components/notification-bell/feed.ts'),
    own('src/client/adapters/authentik-notifications.ts'),
    own('src/base/ev-data-element.ts'),
  ]);
  const group = 'ev-notification-bell';
  return [
    { group, name: 'bell define entry, gzip, own code (client included, Lit excluded)', value: kB(withoutLit), unit: 'kB', goal: '<= 5', note: `minified ${(withoutLit.length / 1024).toFixed(1)} kB` },
    {
      group,
      name: 'bell define entry, gzip, Lit included (dist/cdn/ev-notification-bell.js)',
      value: kB(withLit),
      unit: 'kB',
      goal: '<= 12',
      baseline: lit,
      note: 'Novu inbox ~150 kB, MagicBell ~149 kB (published figures, not measured here)',
    },
    { group, name: "of which: the bell's own client alone (fetch wrapper, live strategies; shared: cross-tab sharing, validation, errors)", value: client, unit: 'kB' },
    { group, name: "of which: the bell's base alone (EvElement, i18n, context requests, state views, host and state styles)", value: base, unit: 'kB' },
    { group, name: 'of which: the notification feed alone (count, lists, optimistic seen, mark-all, catch-up)', value: feed, unit: 'kB' },
    {
      group,
      name: 'not in the bundle: createAuthentikNotificationClient / EvDataElement alone (what the bell used before)',
      value: general,
      unit: 'kB',
      note: `EvDataElement ${dataBase.toFixed(2)} kB`,
    },
  ];
}
