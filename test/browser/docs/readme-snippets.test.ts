/**
 * Every ```html example of README.md, pasted into a page, works as written: each ev-* element in
 * it upgrades and reaches a non-error state (`:state(ready)` / `:state(empty)`; the elements that
 * have no view state — <ev-source>, <ev-json-diff> — upgrade and render), nothing throws or logs
 * a console error or warning, and the result passes axe.
 *
 * The README is read at test time (`/README.md`, served from the repo root), so a changed
 * example is tested as it now reads. Snippets are mounted one at a time and removed after.
 *
 * What the test changes in a snippet, and why (nothing else is touched):
 * - Module specifiers: `event-elements` → `/src/index.ts`, `event-elements/define.js` →
 *   `/src/define.ts`, `event-elements/components/….js` → `/src/components/….ts` (the package's
 *   source, which the test runner compiles, under the URLs its own imports resolve to, so a page
 *   has one copy of each module; an integrator's bundler resolves the package name instead).
 * - `createAuthentikClient({ … })`: its options become `{ baseUrl: <reference server apiUrl>,
 *   token: <its token> }`. The README's URLs stand for the integrator's own authentik (an origin,
 *   or `/api/v3` on the page's origin with the session cookie); the test page is served by the
 *   test runner, and the reference server on another origin takes a Bearer token.
 * - `<ev-detail event-id="f00f54e7-…">`: the README's placeholder id becomes the id of an event
 *   the reference server has.
 * - A block without a `<script>` (the chart and map examples) is a fragment for a page set up as
 *   in "Use it in plain HTML": it is mounted with that section's script.
 *
 * Skipped: a block that loads the script-tag bundle (`<script src="/assets/ev-notification-bell.js">`,
 * the bell's "no build step" example). The bundle exists only after `npm run build`, and its `api`
 * client authenticates with the session cookie of the page's own origin; test/e2e/demo.test.ts
 * covers exactly that page (demo/portal.html: built bundle, proxied API, strict CSP).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { referenceServer } from '../reference.js';

interface Snippet {
  /** The README heading the block sits under. */
  section: string;
  html: string;
}

const README_PLACEHOLDER_EVENT_ID = 'f00f54e7-2b38-421f-bc78-e61f950048d6';

function readmeSnippets(readme: string): Snippet[] {
  const snippets: Snippet[] = [];
  let section = '';
  let block: string[] | undefined;
  for (const line of readme.split('\n')) {
    if (block) {
      if (line.trim() === '```') {
        snippets.push({ section, html: block.join('\n') });
        block = undefined;
      } else block.push(line);
    } else if (line.startsWith('## ')) section = line.slice(3).trim();
    else if (line.trim() === '```html') block = [];
  }
  return snippets;
}

const readme = await (await fetch('/README.md')).text();
const snippets = readmeSnippets(readme);
const setupSnippet = snippets.find((s) => s.section === 'Use it in plain HTML');

const loadsBundle = (s: Snippet) => /<script[^>]*\ssrc=/.test(s.html);
const hasScript = (s: Snippet) => /<script[\s>]/.test(s.html);

function rewriteScript(source: string, apiUrl: string, token: string): string {
  return source
    .replace(/'event-elements\/define\.js'/g, "'/src/define.ts'")
    .replace(/'event-elements\/components\/([^']+)\.js'/g, "'/src/components/$1.ts'")
    .replace(/'event-elements'/g, "'/src/index.ts'")
    .replace(/createAuthentikClient\(\{[\s\S]*?\}\)/g, `createAuthentikClient({ baseUrl: ${JSON.stringify(apiUrl)}, token: ${JSON.stringify(token)} })`);
}

/** Parses the snippet's HTML and appends its nodes to `into`; scripts are re-created so they run. */
function mount(html: string, into: HTMLElement, rewrite: (source: string) => string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node instanceof HTMLScriptElement) {
      const script = document.createElement('script');
      if (node.type) script.type = node.type;
      script.async = false; // in document order, as a parsed page runs them
      script.textContent = rewrite(node.textContent ?? '');
      into.append(script);
    } else {
      into.append(document.importNode(node, true));
    }
  }
}

/** Resolves once every script mounted before it has run (scripts run in order, see mount()). */
function scriptsRan(into: HTMLElement): Promise<void> {
  const done = new Promise<void>((resolve) => document.addEventListener('ev-readme-scripts-ran', () => resolve(), { once: true }));
  const script = document.createElement('script');
  script.type = 'module';
  script.async = false;
  script.textContent = "document.dispatchEvent(new Event('ev-readme-scripts-ran'));";
  into.append(script);
  return done;
}

const describeState = (el: Element) => `<${el.localName}> ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(-200)}`;

const WITHOUT_VIEW_STATE = new Set(['ev-source', 'ev-json-diff']);
const FAILED = ':state(error), :state(not-found)';

describe('README.md html examples, pasted as written', () => {
  it('the README has html examples to test', () => {
    expect(snippets.length).to.be.greaterThan(0);
    expect(setupSnippet, 'the "Use it in plain HTML" example').to.exist;
  });

  for (const [index, snippet] of snippets.entries()) {
    const title = `${snippet.section} (html example ${index + 1})`;
    if (loadsBundle(snippet)) {
      // The built bundle and a same-origin cookie session are what test/e2e/demo.test.ts runs on the
      // portal page: here, that the README's markup is the portal page's, so that run covers it.
      it(`${title}: the script-tag bundle example is the markup the end-to-end portal page runs`, async () => {
        const portal = await (await fetch('/demo/portal.html')).text();
        const elements = snippet.html.match(/<ev-[\s\S]*?<\/ev-[a-z-]+>/g) ?? [];
        expect(elements, 'the example names its elements').to.not.be.empty;
        for (const markup of elements) expect(portal, markup).to.contain(markup);
        expect(snippet.html).to.contain('ev-notification-bell.js');
      });
      continue;
    }
    it(title, async function () {
      this.timeout(90_000);
      const { apiUrl, token } = await referenceServer();
      const eventId = (
        (await (await fetch(`${apiUrl}/events/events/?page_size=1`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          results: { pk: string }[];
        }
      ).results[0]!.pk;

      const problems: string[] = [];
      const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
      const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
      const { error: consoleError, warn: consoleWarn } = console;
      console.error = (...args: unknown[]) => {
        problems.push(`console.error: ${args.map(String).join(' ')}`);
        consoleError.apply(console, args);
      };
      console.warn = (...args: unknown[]) => {
        problems.push(`console.warn: ${args.map(String).join(' ')}`);
        consoleWarn.apply(console, args);
      };
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const url = location.href;
      const storageKeys = new Set(Object.keys(localStorage));
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const html = snippet.html.replaceAll(README_PLACEHOLDER_EVENT_ID, eventId);
        const rewrite = (source: string) => rewriteScript(source, apiUrl, token);
        mount(html, container, rewrite);
        if (!hasScript(snippet)) mount(setupSnippet!.html.replace(/<ev-source>[\s\S]*?<\/ev-source>/, ''), container, rewrite);

        await scriptsRan(container);
        const elements = Array.from(container.querySelectorAll('*')).filter((el) => el.localName.startsWith('ev-'));
        expect(elements.length, 'ev-* elements in the example').to.be.greaterThan(0);
        await waitUntil(() => elements.every((el) => customElements.get(el.localName) && el instanceof customElements.get(el.localName)!), 'every ev-* element upgrades', { timeout: 30_000 });
        const shown = (el: Element) => (WITHOUT_VIEW_STATE.has(el.localName) ? Boolean(el.shadowRoot?.childElementCount) : el.matches(':state(ready), :state(empty)'));
        await waitUntil(
          () => {
            if (problems.length) throw new Error(problems.join('\n'));
            const failed = elements.find((el) => el.matches(FAILED));
            if (failed) throw new Error(`shows an error: ${describeState(failed)}`);
            return elements.every(shown);
          },
          'every ev-* element shows its data (ready or empty)',
          { timeout: 60_000 },
        ).catch((error: Error) => {
          const pending = elements.filter((el) => !shown(el)).map(describeState);
          throw new Error([error.message, ...pending].join('\n'));
        });
        await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
        await expect(container).to.be.accessible();
        expect(problems).to.deep.equal([]);
      } finally {
        container.remove();
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        console.error = consoleError;
        console.warn = consoleWarn;
        history.replaceState(history.state, '', url);
        for (const key of Object.keys(localStorage)) if (!storageKeys.has(key)) localStorage.removeItem(key);
      }
    });
  }
});
