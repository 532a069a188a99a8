import { expect, fixture, html } from '@open-wc/testing';
import * as stories from '../../../stories/json-diff.stories.js';
import { composeStories } from './compose.js';
import { axeEveryStory } from './run.js';
import { settle } from './settle.js';

axeEveryStory('stories/json-diff.stories.ts', stories);

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The story's canvas after render, settle and play, as the axe test sees it. */
async function shown(exportName: string): Promise<ShadowRoot> {
  const story = composeStories(stories).find((s) => s.exportName === exportName);
  expect(story, `story ${exportName}`).to.exist;
  await story!.load();
  const canvas = await fixture<HTMLDivElement>(html`<div id="storybook-root">${story!.render()}</div>`);
  await settle(canvas, { loading: false });
  await story!.play(canvas);
  if (story!.hasPlay) await settle(canvas, { loading: false });
  return canvas.querySelector('ev-json-diff')!.shadowRoot!;
}

describe('stories/json-diff.stories.ts: the depth limit has its states', () => {
  it('DepthLimit: a row replaced at the depth limit, with its first difference and "Compare from here"', async () => {
    const root = await shown('DepthLimit');
    expect(text(root.querySelector('button[part~=deeper-button]'))).to.contain('Compare from here');
    expect(text(root.querySelector('[part~=row-replace]'))).to.contain('First difference');
  });

  it('ComparedFromHere: after "Compare from here", every change below that row', async () => {
    const root = await shown('ComparedFromHere');
    const rows = (part: string) => [...root.querySelectorAll(`[part~=${part}]`)].map(text).join(' | ');
    expect(rows('row-removed')).to.contain('gone');
    expect(rows('row-added')).to.contain('fresh');
  });
});
