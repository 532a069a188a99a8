/**
 * "Every story state passes axe": one test per story of a stories module, discovered from its
 * exports (a new story is covered without touching the tests). Each story is composed as
 * Storybook composes it, rendered into a canvas like Storybook's root, settled, then checked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { referenceServer } from '../reference.js';
import { composeStories, type ComposedStory } from './compose.js';
import { evElements, settle } from './settle.js';

/**
 * The data state a story is named after (export `Loading`, `Error`, `ErrorState`, `EmptyFiltered`
 * …; not `ConfigurationError`, an event type): after settling, at least one element must show it,
 * so axe checks the state the story is about. A loading story's data never arrives, so its
 * elements may stay `:state(loading)`.
 */
function namedState(story: ComposedStory): 'loading' | 'error' | 'empty' | undefined {
  const state = /^(Loading|Error|Empty)(?![a-z])/.exec(story.exportName)?.[1];
  return state?.toLowerCase() as 'loading' | 'error' | 'empty' | undefined;
}

/**
 * Args that would leave the test machine: a story taking `baseUrl` (and `token`) talks to the
 * reference server of this run instead of its default.
 */
async function localArgs(story: ComposedStory): Promise<void> {
  const args = story.context.args;
  if (!('baseUrl' in args)) return;
  const server = await referenceServer();
  args.baseUrl = server.apiUrl;
  if ('token' in args) args.token = server.token;
}

/** What .storybook/preview.ts adds to every story: the design tokens and the canvas stylesheet. */
async function previewStyles(): Promise<void> {
  if (document.querySelector('link[data-story-preview]')) return;
  const sheets = ['../../../src/styles/tokens.css', '../../../.storybook/canvas.css'].map((path) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(path, import.meta.url).href });
    link.dataset.storyPreview = '';
    return link;
  });
  const loaded = sheets.map(
    (link) =>
      new Promise<void>((resolve, reject) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => reject(new Error(`${link.href} did not load`)), { once: true });
      }),
  );
  document.head.append(...sheets);
  await Promise.all(loaded);
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', location.hostname]);

/**
 * Every resource the page loaded since the last check (fetches and failed requests included)
 * came from this machine.
 */
function expectOnlyLocalRequests(): void {
  const remote = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => /^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname))
    .map((url) => url.href);
  performance.clearResourceTimings();
  expect(remote, 'requests outside localhost').to.deep.equal([]);
}

export interface AxeOptions {
  /**
   * Operating-system colour schemes to check each story in (default both). Elements without
   * `theme` follow the OS (`--ev-color-scheme: light dark`), so every story has a dark look too.
   */
  colorSchemes?: ReadonlyArray<'light' | 'dark'>;
}

export function axeEveryStory(file: string, module: Record<string, unknown>, options: AxeOptions = {}): void {
  const stories = composeStories(module);
  for (const scheme of options.colorSchemes ?? ['light', 'dark']) describeStories(file, stories, scheme);
}

function describeStories(file: string, stories: ComposedStory[], scheme: 'light' | 'dark'): void {
  describe(`${file}: every story passes axe${scheme === 'light' ? '' : ` (OS ${scheme} scheme)`}`, function () {
    this.timeout(30_000);

    before(async () => {
      // The default buffer keeps 250 entries and drops the rest.
      performance.setResourceTimingBufferSize(100_000);
      expectOnlyLocalRequests();
      await previewStyles();
      await emulateMedia({ colorScheme: scheme });
      expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
    });

    after(() => emulateMedia({ colorScheme: 'light' }));

    it('exports at least one story', () => {
      expect(stories.length).to.be.greaterThan(0);
    });

    for (const story of stories) {
      it(`${story.name} (${story.exportName})`, async () => {
        await localArgs(story);
        await story.load();
        try {
          const canvas = await fixture<HTMLDivElement>(html`<div id="storybook-root">${story.render()}</div>`);
          const state = namedState(story);
          await settle(canvas, { loading: state === 'loading' });
          await story.play(canvas);
          if (story.hasPlay) await settle(canvas, { loading: state === 'loading' });
          if (state) {
            const shown = evElements(canvas).map((el) => `<${el.localName}> ${el.viewState ?? '-'}`);
            expect(evElements(canvas).some((el) => el.matches(`:state(${state})`)), `an element in :state(${state}); ${shown.join(', ')}`).to.equal(true);
          }
          await expect(canvas).to.be.accessible();
          expectOnlyLocalRequests();
        } finally {
          await story.cleanup();
        }
      });
    }
  });
}
