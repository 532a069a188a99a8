import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/json-diff/ev-json-diff.js';
import { typicalModelPair, worstCaseArrays } from '../test/fixtures/detail-events.js';
import { hostileStrings } from '../test/fixtures/hostile.js';

const meta: Meta = {
  title: 'Elements/ev-json-diff',
  component: 'ev-json-diff',
};
export default meta;

type Story = StoryObj;

const [before, after] = typicalModelPair();

export const Inline: Story = { render: () => html`<ev-json-diff .oldValue=${before} .newValue=${after}></ev-json-diff>` };
export const SideBySide: Story = { render: () => html`<ev-json-diff mode="side-by-side" .oldValue=${before} .newValue=${after}></ev-json-diff>` };
export const ShowUnchanged: Story = { render: () => html`<ev-json-diff show-unchanged .oldValue=${before} .newValue=${after}></ev-json-diff>` };

export const ValueKinds: Story = {
  render: () => html`<ev-json-diff
    mode="side-by-side"
    .oldValue=${{ flag: true, count: 1, label: 'x', mode: 'null', list: [1], map: { k: 1 }, gone: 'bye' }}
    .newValue=${{ flag: false, count: 0, label: '', mode: null, list: [], map: {}, born: 'hi' }}
  ></ev-json-diff>`,
};

export const KeyedMoves: Story = {
  render: () => html`<ev-json-diff
    .oldValue=${[{ id: 1, name: 'alpha' }, { id: 2, name: 'beta' }, { id: 3, name: 'gamma' }, { id: 4, name: 'delta' }]}
    .newValue=${[{ id: 4, name: 'delta' }, { id: 1, name: 'alpha' }, { id: 3, name: 'Gamma' }, { id: 5, name: 'epsilon' }]}
  ></ev-json-diff>`,
};

export const TextDiff: Story = {
  render: () => html`<ev-json-diff
    .oldValue=${{ description: 'Users in this group may read every runbook and edit the on-call schedule.', token: 'k3Jd9sQ2mX8vB1nZ7tR4yL6wP0cF5hG2' }}
    .newValue=${{ description: 'Users in this group may read every runbook; only leads edit the on-call schedule.', token: 'k3Jd9sQ2mX8vB1nZ7tR4yL6wP0cF5hG3' }}
  ></ev-json-diff>`,
};

/** Thousands of small edits, and a 300,000-character text: both shown a page at a time ("Show more"). */
export const LongTexts: Story = {
  render: () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`);
    const text = 'A line of a long description. '.repeat(10_000);
    return html`<ev-json-diff
      .oldValue=${{ notes: words.join(' '), description: text }}
      .newValue=${{ notes: words.map((w, i) => (i % 5 === 2 ? `${w}x` : w)).join(' '), description: `${text.slice(0, 150_000)}An inserted sentence. ${text.slice(150_000)}` }}
    ></ev-json-diff>`;
  },
};

/** 8,000 × 8,000 unkeyed items: bounded search (flagged approximate), rows paged. */
export const WorstCase: Story = {
  render: () => {
    const [a, b] = worstCaseArrays(8000);
    return html`<ev-json-diff .oldValue=${a} .newValue=${b}></ev-json-diff>`;
  },
};

/** Values nested 100 levels deep: below the depth limit (64) two objects are one replaced row. */
function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}
const deepBefore = nest(100, { a: [1, 2, { b: 1 }], z: true, gone: 'x' });
const deepAfter = nest(100, { a: [1, 2, { b: 2 }], z: true, fresh: 'y' });

/** At the depth limit: the row names its first difference and offers "Compare from here". */
export const DepthLimit: Story = { render: () => html`<ev-json-diff .oldValue=${deepBefore} .newValue=${deepAfter}></ev-json-diff>` };

/** "Compare from here" pressed: every change below that row, with a fresh depth budget. */
export const ComparedFromHere: Story = {
  render: () => html`<ev-json-diff mode="side-by-side" .oldValue=${deepBefore} .newValue=${deepAfter}></ev-json-diff>`,
  play: async ({ canvasElement }) => {
    const diff = canvasElement.querySelector('ev-json-diff')!;
    await diff.updateComplete;
    diff.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=deeper-button]')?.click();
    await diff.updateComplete;
  },
};

export const NoDifferences: Story = { render: () => html`<ev-json-diff .oldValue=${before} .newValue=${structuredClone(before)}></ev-json-diff>` };

export const HostileStrings: Story = {
  render: () => html`<ev-json-diff
    .oldValue=${Object.fromEntries(hostileStrings.map((s, i) => [s.slice(0, 50), i]))}
    .newValue=${Object.fromEntries(hostileStrings.map((s) => [s.slice(0, 50), s]))}
  ></ev-json-diff>`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#16181d;padding:1rem"><ev-json-diff theme="dark" mode="side-by-side" .oldValue=${before} .newValue=${after}></ev-json-diff></div>`,
};
