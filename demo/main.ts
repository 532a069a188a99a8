/**
 * The admin demo page: every element on one `<ev-source>` that talks to the reference server
 * at /api/v3 on this origin. Vite forwards /api to the server and adds the Bearer token on the
 * way (scripts/start.mjs, demo/vite.config.ts), so the browser never holds a credential.
 */
import '../src/define.js';
import '../src/i18n/locales/de.js';
import { createAuthentikClient } from '../src/client/adapters/authentik.js';
import type { EventsClient } from '../src/client/types.js';
import type { EvSource } from '../src/components/source/source.js';
import { formatNumber } from '../src/format/time.js';
import { setupDrawer } from './drawer.js';
import { setupShell } from './shell.js';
import type { DemoStrings } from './strings.js';

const source = document.querySelector<EvSource>('ev-source')!;
const client = createAuthentikClient({ baseUrl: '/api/v3' });
source.client = client;

const shell = setupShell(source, 'docTitleAdmin');
setupDrawer(source, document.getElementById('drawer')!);
setupStatus(client, shell.t);

/** One line under the heading: whether the API answers, and how many events it holds. */
function setupStatus(client: EventsClient, initial: DemoStrings): void {
  const status = document.getElementById('status')!;
  let state: { kind: 'connecting' } | { kind: 'ok'; count: number } | { kind: 'error'; status?: number } = { kind: 'connecting' };
  const render = (t: DemoStrings) => {
    status.dataset.state = state.kind;
    status.textContent =
      state.kind === 'connecting'
        ? t.connecting
        : state.kind === 'ok'
          ? t.connected(formatNumber(state.count, document.documentElement.lang))
          : state.status
            ? t.refused(state.status)
            : t.unreachable;
  };
  render(initial);
  shell.onLanguage(render);
  client.listEvents({ pageSize: 1 }).then(
    (page) => {
      state = { kind: 'ok', count: page.total ?? page.items.length };
      render(shell.t);
    },
    (error: { status?: number }) => {
      state = { kind: 'error', status: error.status };
      render(shell.t);
    },
  );
}
