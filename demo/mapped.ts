/**
 * The mapped-adapter page: the reference server's "alt" API (/api/alt/v1: cursor paging, other
 * field names, an X-Api-Key header that Vite's proxy adds) read through `createMappedClient`
 * and the declared mapping in ./alt-mapping.ts. Same elements, same features, other JSON.
 */
import '../src/define.js';
import '../src/i18n/locales/de.js';
import { createMappedClient } from '../src/client/adapters/mapped.js';
import type { EvSource } from '../src/components/source/source.js';
import { formatNumber } from '../src/format/time.js';
import { altMapping } from './alt-mapping.js';
import { setupDrawer } from './drawer.js';
import { setupShell } from './shell.js';

const source = document.querySelector<EvSource>('ev-source')!;
// No token here: the proxy in front of the API adds the key (see demo/vite.config.ts).
const client = createMappedClient(altMapping('/api/alt/v1'));
source.client = client;

const shell = setupShell(source, 'docTitleMapped');
setupDrawer(source, document.getElementById('drawer')!);

const status = document.getElementById('status')!;
let count: number | null | undefined;
const render = () => {
  const t = shell.t;
  status.dataset.state = count === undefined ? 'connecting' : count === null ? 'error' : 'ok';
  status.textContent = count === undefined ? t.connecting : count === null ? t.unreachable : t.connected(formatNumber(count, document.documentElement.lang));
};
render();
shell.onLanguage(render);
client.listEvents({ pageSize: 1 }).then(
  (page) => {
    count = page.total ?? page.items.length;
    render();
  },
  () => {
    count = null;
    render();
  },
);
