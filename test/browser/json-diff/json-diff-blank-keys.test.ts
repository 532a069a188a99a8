/**
 * JSON keys that show nothing: the empty key, white space, invisible format characters (zero-width
 * space, bidi marks). Shown as they are they all read ": 1 → 2", rows the user cannot tell apart
 * (and a screen reader says no key at all). They are shown quoted, invisible characters escaped:
 * `""`, `" "`, `"\u200B"`. Visible keys are shown as before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import '../../../src/components/detail/ev-detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const keys = (root: ShadowRoot) => [...root.querySelectorAll('[part~=key]')].map((k) => k.textContent);

const before = { '': 1, ' ': 1, '\u200b': 1, '\u202e\u200f': 1, a: 1 };
const after = { '': 2, ' ': 2, '\u200b': 2, '\u202e\u200f': 2, a: 2 };

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> keys that show nothing`, () => {
    it('are shown quoted, invisible characters escaped, so each row names its key', async () => {
      const el = await fixture<EvJsonDiff>(html`<ev-json-diff mode=${mode} .oldValue=${before} .newValue=${after}></ev-json-diff>`);
      await el.updateComplete;
      const shown = [...new Set(keys(el.shadowRoot!))];
      expect(shown).to.deep.equal(['""', '" "', '"\\u200B"', '"\\u202E\\u200F"', 'a']);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<ev-json-diff> which keys show nothing', () => {
  it('the shared rule (what the log shows as invisible only): a combining grapheme joiner or a Mongolian variation selector is escaped; an Arabic number sign is a key as it is', async () => {
    // U+034F and U+180B draw nothing (the old rule showed them bare: an empty-looking row); U+0600 draws a sign (the old rule escaped it).
    const oldValue = { '\u034f': 1, '\u180b': 1, '\u0600': 1, '\u2800': 1 };
    const newValue = { '\u034f': 2, '\u180b': 2, '\u0600': 2, '\u2800': 2 };
    const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${oldValue} .newValue=${newValue}></ev-json-diff>`);
    await el.updateComplete;
    expect([...new Set(keys(el.shadowRoot!))]).to.deep.equal(['"\\u034F"', '"\\u180B"', '\u0600', '"\\u2800"']);
  });
});

describe('<ev-json-diff> a key that shows nothing below the depth limit', () => {
  it('the "First difference" path names it escaped', async () => {
    let a: unknown = { '\u200b': 1 };
    let b: unknown = { '\u200b': 2 };
    for (let i = 0; i < 70; i++) [a, b] = [{ level: a }, { level: b }];
    const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${a} .newValue=${b}></ev-json-diff>`);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~=deep-difference]'))).to.contain('["\\u200B"]: 1 → 2');
  });
});

describe('<ev-detail> context keys that show nothing', () => {
  it('the context tree shows them quoted and escaped too', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail .event=${detailEvent('custom_x', { '': 'empty key', '\u200b': 'zero-width key', visible: 'v' })}></ev-detail>`);
    await el.updateComplete;
    const other = el.shadowRoot!.querySelector('[part~=other-context]')!;
    expect(text(other)).to.contain('"": "empty key"');
    expect(text(other)).to.contain('"\\u200B": "zero-width key"');
    expect(text(other)).to.contain('visible: "v"');
  });
});
