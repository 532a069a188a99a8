/**
 * Stories of a CSF module, composed the way Storybook's web-components renderer composes them
 * (storybook/preview-api's `composeStory` itself cannot be loaded here: it pulls CommonJS
 * testing-library code). What is handled: the default export's `includeStories` /
 * `excludeStories`, the `!test` tag, meta + story `args`, story / meta `render` or the
 * renderer's default (an element of `meta.component` with the args set as properties),
 * `decorators` (story, then meta), `loaders` and `beforeEach` (meta, then story) and `play`.
 */
import type { TemplateResult } from 'lit';

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: (update?: { args?: Args }) => unknown, context: StoryContext) => unknown;
type Loader = (context: StoryContext) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
type Cleanup = () => unknown;
type BeforeEach = (context: StoryContext) => Promise<Cleanup | void> | Cleanup | void;
type Play = (context: StoryContext & { canvasElement: HTMLElement }) => Promise<void> | void;

interface Annotations {
  args?: Args;
  render?: Render;
  decorators?: Decorator | Decorator[];
  loaders?: Loader | Loader[];
  beforeEach?: BeforeEach | BeforeEach[];
  play?: Play;
  tags?: string[];
  name?: string;
}

interface MetaAnnotations extends Annotations {
  title?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  component?: string;
  args: Args;
  loaded: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

/** One story ready to run: `load()` runs loaders / beforeEach, `render()` the decorated story. */
export interface ComposedStory {
  exportName: string;
  name: string;
  context: StoryContext;
  hasPlay: boolean;
  load(): Promise<void>;
  render(): unknown;
  play(canvasElement: HTMLElement): Promise<void>;
  cleanup(): Promise<void>;
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const matches = (key: string, pattern: string[] | RegExp) => (Array.isArray(pattern) ? pattern.includes(key) : pattern.test(key));

/** Storybook's export-name-to-story-name rule ("HostileStrings" → "Hostile Strings"). */
function storyNameFromExport(key: string): string {
  return key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .trim();
}

/** The renderer's default render (@storybook/web-components): the component with args as properties. */
function defaultRender(args: Args, context: StoryContext): HTMLElement {
  if (!context.component) throw new Error(`${context.title}/${context.name}: no render and no meta.component`);
  const element = document.createElement(context.component) as HTMLElement & Args;
  for (const [key, value] of Object.entries(args)) element[key] = value;
  return element;
}

/** Every story exported by a CSF module, in export order. */
export function composeStories(module: Record<string, unknown>): ComposedStory[] {
  const meta = (module.default ?? {}) as MetaAnnotations;
  const title = meta.title ?? 'untitled';
  const order = Array.isArray(module.__namedExportsOrder) ? (module.__namedExportsOrder as string[]) : Object.keys(module);
  const stories: ComposedStory[] = [];
  for (const key of order) {
    if (key === 'default' || key === '__esModule' || key === '__namedExportsOrder') continue;
    if (meta.includeStories && !matches(key, meta.includeStories)) continue;
    if (meta.excludeStories && matches(key, meta.excludeStories)) continue;
    const raw = module[key];
    if (typeof raw !== 'function' && (typeof raw !== 'object' || raw === null)) continue;
    // CSF 2: a story may be a plain render function.
    const story: Annotations = typeof raw === 'function' ? { render: raw as Render } : (raw as Annotations);
    const tags = [...(meta.tags ?? []), ...(story.tags ?? [])];
    if (tags.includes('!test')) continue;
    stories.push(compose(key, story, meta, title));
  }
  return stories;
}

function compose(exportName: string, story: Annotations, meta: MetaAnnotations, title: string): ComposedStory {
  const name = story.name ?? storyNameFromExport(exportName);
  const context: StoryContext = {
    id: `${title}--${exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    name,
    title,
    component: meta.component,
    args: { ...meta.args, ...story.args },
    loaded: {},
    parameters: {},
  };
  const render = story.render ?? meta.render ?? defaultRender;
  // Storybook's decorateStory: the first decorator is the innermost; story decorators before meta ones.
  const decorators = [...list(story.decorators), ...list(meta.decorators)];
  const cleanups: Cleanup[] = [];
  const decorated = decorators.reduce<(ctx: StoryContext) => unknown>(
    (inner, decorator) => (ctx) => decorator((update) => inner({ ...ctx, args: { ...ctx.args, ...update?.args } }), ctx),
    (ctx) => render(ctx.args, ctx),
  );
  return {
    exportName,
    name,
    context,
    hasPlay: typeof story.play === 'function' || typeof meta.play === 'function',
    async load() {
      for (const hook of [...list(meta.beforeEach), ...list(story.beforeEach)]) {
        const cleanup = await hook(context);
        if (typeof cleanup === 'function') cleanups.push(cleanup);
      }
      for (const loader of [...list(meta.loaders), ...list(story.loaders)]) Object.assign(context.loaded, await loader(context));
    },
    render: () => decorated(context) as TemplateResult | Node | string,
    async play(canvasElement) {
      const play = story.play ?? meta.play;
      if (play) await play({ ...context, canvasElement });
    },
    async cleanup() {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}
