import { expect, fixture, html } from '@open-wc/testing';
import { composeStories } from './compose.js';

/** The composition the story axe test relies on, on a synthetic CSF module. */
describe('composeStories (Storybook CSF semantics)', () => {
  const calls: string[] = [];
  const module = {
    default: {
      title: 'Test/Widget',
      component: 'x-compose-probe',
      args: { a: 1, b: 'meta' },
      decorators: [(story: () => unknown) => html`<section class="meta">${story()}</section>`],
      loaders: [() => ({ fromMeta: true })],
      excludeStories: /^helper/,
    },
    helperData: { not: 'a story' },
    Plain: {},
    WithArgs: { args: { b: 'story' } },
    Rendered: {
      name: 'Custom name',
      render: (args: Record<string, unknown>, ctx: { loaded: Record<string, unknown> }) => html`<p>${String(args.a)} ${String(args.b)} ${String(ctx.loaded.fromMeta)} ${String(ctx.loaded.fromStory)}</p>`,
      decorators: [(story: () => unknown) => html`<div class="story">${story()}</div>`],
      loaders: [async () => ({ fromStory: 'yes' })],
      play: () => void calls.push('play'),
    },
    Skipped: { tags: ['!test'] },
    Csf2: () => html`<i>csf2</i>`,
  };

  it('finds the stories among the exports, in order, honouring excludeStories and !test', () => {
    expect(composeStories(module).map((s) => s.exportName)).to.deep.equal(['Plain', 'WithArgs', 'Rendered', 'Csf2']);
    expect(composeStories(module).map((s) => s.name)).to.deep.equal(['Plain', 'With Args', 'Custom name', 'Csf2']);
  });

  it('renders meta.component with the merged args as properties by default', async () => {
    const story = composeStories(module).find((s) => s.exportName === 'WithArgs')!;
    const root = await fixture<HTMLElement>(html`<div>${story.render()}</div>`);
    const el = root.querySelector('section.meta > x-compose-probe') as HTMLElement & { a?: number; b?: string };
    expect(el).to.exist;
    expect([el.a, el.b]).to.deep.equal([1, 'story']);
  });

  it('applies story decorators inside meta decorators, runs loaders and play', async () => {
    const story = composeStories(module).find((s) => s.exportName === 'Rendered')!;
    await story.load();
    const root = await fixture<HTMLElement>(html`<div>${story.render()}</div>`);
    expect(root.querySelector('section.meta > div.story > p')?.textContent).to.equal('1 meta true yes');
    expect(story.hasPlay).to.equal(true);
    await story.play(root);
    expect(calls).to.deep.equal(['play']);
  });
});
