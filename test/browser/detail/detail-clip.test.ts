/**
 * Event data is attacker-controlled: a megabyte in any one field must not reach the page as one
 * megabyte of text (Chromium lays out one long word in quadratic time; a megabyte field made a
 * first render of 140–400 ms in one task, a megabyte username a minute). Every field is cut like
 * the username ("…" at the end), lists of chips are cut too, and the copy buttons and the raw JSON
 * still give the whole value. Asserted on the rendered text, not on timing.
 */
import { expect } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, detailOf, field, section, text } from './helpers.js';

const MB = 1_000_000;
const big = (c: string) => c.repeat(MB);
/** The username's limit (format/clip.ts MAX_TEXT) plus the "…", plus a few words of label around it (`in <function>`). */
const MAX_NODE = 2001 + 40;

/** Every text node under `root`, through the shadow roots of nested elements (<ev-json-diff>). */
async function textNodes(root: ShadowRoot): Promise<Text[]> {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) out.push(node);
    else if ((node as Element).shadowRoot) {
      await (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      out.push(...(await textNodes((node as Element).shadowRoot!)));
    }
  }
  return out;
}

/** The longest text node, the whole text and the number of elements an event renders. */
async function footprint(el: EvDetail): Promise<{ longest: number; total: number; elements: number }> {
  const nodes = await textNodes(el.shadowRoot!);
  return {
    longest: nodes.reduce((max, n) => Math.max(max, n.data.length), 0),
    total: nodes.reduce((sum, n) => sum + n.data.length, 0),
    elements: el.shadowRoot!.querySelectorAll('*').length,
  };
}

async function bounded(event: EventRecord): Promise<EvDetail> {
  const el = await detailOf(event);
  const { longest, total, elements } = await footprint(el);
  expect(longest, `${event.action}: longest text node`).to.be.at.most(MAX_NODE);
  expect(total, `${event.action}: all text`).to.be.below(40_000);
  expect(elements, `${event.action}: elements`).to.be.below(2_000);
  return el;
}

/** What the copy button puts on the clipboard. */
async function copied(el: EvDetail, button: HTMLElement): Promise<string> {
  let value = '';
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (v: string) => void (value = v);
  try {
    button.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  } finally {
    navigator.clipboard.writeText = original;
  }
  return value;
}

const cut = (value: string | null) => ({ length: value?.length, ellipsis: value?.endsWith('…') });

describe('<ev-detail> cuts megabyte strings in every field', function () {
  // The old code renders whole megabytes: give it time to fail on the lengths, not on a timeout.
  this.timeout(120_000);

  it('summary: event id, app, client IP and the query string; the id copies whole, the raw JSON holds everything', async () => {
    const event = detailEvent(
      'login_failed',
      { username: 'mallory', http_request: { method: 'GET', path: '/', args: { q: big('q') } } },
      { pk: big('p'), app: big('a'), client_ip: big('i') },
    );
    const el = await bounded(event);
    expect(cut(field(el, 'App'))).to.deep.equal({ length: 2001, ellipsis: true });
    expect(cut(field(el, 'Client IP'))).to.deep.equal({ length: 2001, ellipsis: true });
    expect(field(el, 'Request')!.startsWith('GET /?q=qqq')).to.equal(true);
    expect(field(el, 'Request')!.endsWith('q…')).to.equal(true);
    expect(cut(text($(el, '[part="event-id"] code')))).to.deep.equal({ length: 2001, ellipsis: true });

    expect(await copied(el, $(el, '[part="event-id"] [part="copy-button"]')!)).to.equal(event.pk);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    expect(JSON.parse(await copied(el, buttonOf(el, 'Copy JSON')!))).to.deep.equal(event);
  });

  it('scopes, list chips, link text, multi-line text', async () => {
    const scopes = await bounded(detailEvent('authorize_application', { scopes: 'openid '.repeat(MB / 7), flow: 'f' }));
    expect($$(scopes, '[part="chip"]').length).to.be.within(2, 400);
    await bounded(detailEvent('authorize_application', { scopes: [big('s'), 'email'] }));

    const mail = await bounded(
      detailEvent('email_sent', {
        subject: big('S'),
        to_email: [big('t'), ...Array.from({ length: 50_000 }, (_, i) => `u${i}@example.com`)],
        message: big('m'),
        body: 'a line of the body\n'.repeat(MB / 19),
      }),
    );
    expect(cut(field(mail, 'Message'))).to.deep.equal({ length: 2001, ellipsis: true });
    expect(field(mail, 'To')!.length).to.be.below(3_000);

    // safeUrl takes URLs up to 8 kB; a longer one is text.
    const url = `https://example.com/${'c'.repeat(8000)}`;
    const update = await bounded(detailEvent('update_available', { new_version: '2026.12', changelog: url }));
    expect(cut(text($(update, '[part="link"] bdi')))).to.deep.equal({ length: 2001, ellipsis: true });
    // The link still goes where the data says.
    expect($(update, '[part="link"]')!.getAttribute('href')).to.equal(url);
    const notLink = await bounded(detailEvent('update_available', { changelog: `https://example.com/${big('c')}` }));
    expect(cut(field(notLink, 'Release notes'))).to.deep.equal({ length: 2001, ellipsis: true });
  });

  it('a traceback with megabyte file, function, code, preamble and message; "Copy traceback" copies it whole', async () => {
    const message = [
      big('P'),
      'Traceback (most recent call last):',
      `  File "/app/${big('f')}", line 7, in ${big('n')}`,
      `    ${big('c')}`,
      `authentik.Huge: ${big('e')}`,
    ].join('\n');
    const el = await bounded(detailEvent('policy_exception', { message }));
    expect(cut(text($(el, '[part="error-message"]')))).to.deep.equal({ length: 2001, ellipsis: true });
    buttonOf(el, /Traceback \(1 frame/)?.click();
    await el.updateComplete;
    const { longest } = await footprint(el);
    expect(longest).to.be.at.most(MAX_NODE);
    expect(await copied(el, buttonOf(el, 'Copy traceback')!)).to.equal(message);
  });

  it('JSON-tree keys, change-table field names and keys inside nested diffs, m2m chips', async () => {
    const other = await bounded(detailEvent('custom_thing', { [big('k')]: 1, fine: 'yes' }));
    expect(text(section(other, 'Details')).length).to.be.below(3_000);

    await bounded(
      detailEvent('model_updated', {
        model: { pk: '1', app: 'authentik_core', model_name: 'application', name: big('N') },
        diff: {
          [big('F')]: { previous_value: 1, new_value: 2 },
          nested: { previous_value: { [big('K')]: 1 }, new_value: { [big('K')]: 2 } },
          groups: { add: Array.from({ length: 100_000 }, (_, i) => i) },
          // A text diff whose inserted run is a megabyte.
          description: { previous_value: 'word '.repeat(MB / 5), new_value: `${'word '.repeat(MB / 5)}${big('z')}` },
        },
      }),
    );
  });
});
