// web-test-runner plugin of the security suite (test/browser/security):
//
// - `/__ev/security/csp.html?policy=<name>&scenario=<name>`: a page served with a
//   Content-Security-Policy *HTTP header* (not a meta tag) that runs csp-page.ts. The policies
//   are listed below; the page reports its findings to its parent with postMessage.
// - `/__ev/security/server.json?name=<name>`: a private reference server per name (own data,
//   fault queue and request log, and a token nothing else uses), so fault and request-log
//   assertions never see another test file's requests.
// - the `ev-set-offline` command: cuts the test page off from one origin (the API's) and back.
import { loadServerApp } from '../../reference-server-plugin.mjs';

const STRICT = "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html event-elements";

/** Policy name → header value. `strict` is the one the components promise to run under. */
export const POLICIES = {
  strict: STRICT,
  // The same without a `trusted-types` allow-list: every policy name is accepted.
  'strict-any-policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'",
  // Strict scripts plus the tightest style policy the components work with.
  'strict-style-self': `${STRICT}; style-src 'self'`,
  // No stylesheet from anywhere: shows what breaks without any style-src allowance.
  'strict-style-none': `${STRICT}; style-src 'none'`,
  // What the components need: style attributes (Lit's styleMap writes its first value as one).
  'strict-style-attr': `${STRICT}; style-src 'self'; style-src-attr 'unsafe-inline'`,
  // Style attributes only: no stylesheet source at all (the components' sheets are constructed).
  'strict-style-attr-only': `${STRICT}; style-src 'none'; style-src-attr 'unsafe-inline'`,
  // Negative control: the map's worker policy is not on the allow-list.
  'strict-no-map-policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
};

function page(scenario) {
  // Nothing inline: one module script from this origin.
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>event-elements under a strict CSP (${scenario})</title></head>
<body>
<script type="module" src="/test/browser/security/csp-page.ts"></script>
</body>
</html>`;
}

export function securityPlugin() {
  const servers = new Map();
  const serverFor = (name) => {
    let running = servers.get(name);
    if (!running) {
      // A token no other fixture uses, so finding it anywhere is meaningful. No fixed `now`: the
      // data ends at the current minute, so windows relative to today hold data whatever the date.
      const token = `sec-${name}-Tok3n-${Math.random().toString(36).slice(2, 10)}`;
      running = loadServerApp()
        .then((mod) => mod.startServer({ port: 0, host: '127.0.0.1', events: 600, seed: 11, token, heartbeatMs: 1000 }))
        .then((server) => ({ server, token }));
      servers.set(name, running);
    }
    return running;
  };

  return {
    name: 'ev-security',
    async serve(context) {
      if (context.path === '/__ev/security/csp.html') {
        const policy = context.query.policy ?? 'strict';
        const header = POLICIES[policy];
        if (!header) return { body: `unknown policy ${policy}`, type: 'text', headers: { 'cache-control': 'no-store' } };
        return {
          body: page(String(context.query.scenario ?? 'all')),
          type: 'html',
          headers: { 'content-security-policy': header, 'cache-control': 'no-store' },
        };
      }
      if (context.path === '/__ev/security/server.json') {
        const name = String(context.query.name ?? 'default').replace(/[^\w-]/g, '').slice(0, 40) || 'default';
        const { server, token } = await serverFor(name);
        return {
          body: JSON.stringify({ origin: server.url, apiUrl: `${server.url}/api/v3`, altUrl: `${server.url}/api/alt/v1`, controlUrl: `${server.url}/__control`, token }),
          type: 'json',
          headers: { 'cache-control': 'no-store' },
        };
      }
      return undefined;
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'ev-set-offline') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('ev-set-offline needs the Playwright launcher');
      const page = session.browser.getPage(session.id);
      const origin = String(payload?.origin ?? '');
      if (!origin) throw new Error('ev-set-offline needs the origin to cut off');
      // Only the API's origin goes offline: the whole context offline would also cut the test
      // runner's own connection to this page. The page hears `offline` / `online` as well.
      const pattern = `${origin}/**`;
      if (payload?.offline) {
        await page.route(pattern, (route) => route.abort('internetdisconnected'));
        await page.evaluate(() => window.dispatchEvent(new Event('offline')));
      } else {
        await page.unroute(pattern);
        await page.evaluate(() => window.dispatchEvent(new Event('online')));
      }
      return true;
    },
    async serverStop() {
      for (const running of servers.values()) await (await running).server.close();
    },
  };
}
