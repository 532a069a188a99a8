import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventRecord, JsonValue } from '../../../src/client/types.js';
import { setOwn } from '../../../src/diff/equal.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import {
  MASK,
  TRACEBACK,
  actionFamilyEvents,
  detailEvent,
  hugeContext,
  legacyExceptionEvent,
  modelCreatedEvent,
  modelDeletedEvent,
  modelUpdatedEvent,
  policyExceptionEvent,
} from '../../fixtures/detail-events.js';
import { hostileEvent, hostileStrings, pwned } from '../../fixtures/hostile.js';
import { NEVER_RENDERED_TAGS, corpus, pwned as corpusPwned } from '../../fixtures/xss-corpus.js';
import { $, $$, buttonOf, changeRows, detailOf, field, section, text } from './helpers.js';

describe('<ev-detail> rendering', () => {
  it('summary: action, times in the store zone, user on behalf of, IP with geo and ASN, brand, request, id with copy', async () => {
    const [login] = actionFamilyEvents();
    const event: EventRecord = { ...login!, user: { pk: 1, username: 'akadmin', email: 'a@example.com', on_behalf_of: { pk: 5, username: 'alice' } } };
    const el = await detailOf(event);
    el.store.update({ timeZone: 'UTC' });
    await el.updateComplete;
    expect(text($(el, '[part="action"]'))).to.equal('Login');
    expect(field(el, 'Created')).to.match(/^Nov 20, 2026, 10:15:30 AM UTC · /);
    expect(field(el, 'User')).to.equal('akadmin <a@example.com> #1 on behalf of alice');
    expect(field(el, 'Client IP')).to.equal('192.0.2.44');
    expect(field(el, 'Location')).to.equal('Berlin, Germany, EU (52.52, 13.405)');
    expect(field(el, 'Network')).to.equal('AS64500 Example Carrier GmbH 198.51.100.0/22');
    expect(field(el, 'Brand')).to.equal('Default brand');
    expect(field(el, 'Request')).to.equal('POST /api/v3/flows/executor/default-authentication-flow/?query=next=%2F');
    expect(text($(el, '[part="event-id"] code'))).to.equal(event.pk);
    el.store.update({ timeZone: 'Asia/Tokyo' });
    await el.updateComplete;
    expect(field(el, 'Created')).to.match(/^Nov 20, 2026, 7:15:30 PM GMT\+9 · /);
    await expect(el).to.be.accessible();
  });

  it('changes: every value kind exact — false, 0, "", null, [] and {} distinct and visible', async () => {
    const el = await detailOf(modelUpdatedEvent());
    const rows = Object.fromEntries(changeRows(el).map(([f, ...cells]) => [f, cells]));
    expect(rows.name).to.deep.equal(['"Wiki"', '"Team wiki"']);
    expect(rows.open_in_new_tab).to.deep.equal(['true', 'false']);
    expect(rows.priority).to.deep.equal(['10', '0']);
    expect(rows.meta_publisher).to.deep.equal(['"ACME"', '"" (empty string)']);
    expect(rows.policy_engine_mode).to.deep.equal(['null', '"any"']);
    expect(rows.backchannel_providers).to.deep.equal(['[1 item]', '[]']);
    expect(rows.meta_launch_url).to.deep.equal(['{}', '"https://wiki.example.com/"']);
    expect(rows.client_secret).to.deep.equal([`"${MASK}"masked Secret changed (values are masked)`]);
    // The long description is a word diff: deletions on the left, insertions on the right.
    const description = $$(el, '.changes tbody tr').find((tr) => text(tr.firstElementChild) === 'meta_description')!;
    expect([...description.querySelectorAll('del')].map(text)).to.deep.equal(['deleted text: team']);
    expect([...description.querySelectorAll('ins')].map(text)).to.deep.equal(['inserted text: and security teams', 'inserted text: -help']);
    await expect(el).to.be.accessible();
  });

  it('changes: nested values are a structural diff with moves (and follow a forced dark theme)', async () => {
    const el = await detailOf(modelUpdatedEvent(), { theme: 'dark' });
    const nested = $(el, 'ev-json-diff') as EvJsonDiff;
    await nested.updateComplete;
    expect(getComputedStyle(nested).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const cells = [...nested.shadowRoot!.querySelectorAll('.row .cell')].map(text);
    expect(cells).to.include('changed, accent: Previous, "blue" → New, "green"');
    expect(cells).to.include('[1]: moved from [0] to [1] "alice"');
    expect(cells).to.include('added, [2]: "carol"');
  });

  it('changes: many-to-many add / remove / clear', async () => {
    const el = await detailOf(modelUpdatedEvent());
    const row = (name: string) => $$(el, '.changes tbody tr').find((tr) => text(tr.firstElementChild) === name)!;
    const chips = (name: string, kind: string) => [...row(name).querySelectorAll(`[part="m2m-${kind}"] .chip`)].map(text);
    expect(text(row('groups').querySelector('.m2m-label'))).to.equal('Added');
    expect(chips('groups', 'added')).to.deep.equal(['12', '15']);
    expect(text(row('users').querySelector('.m2m-label'))).to.equal('Removed');
    expect(chips('users', 'removed')).to.deep.equal(['3']);
    expect(text(row('policies').querySelector('td'))).to.equal('Cleared: every relation removed');
  });

  it('model_created: "created with" Field | Value; model_deleted: "state when deleted"', async () => {
    const created = await detailOf(modelCreatedEvent());
    expect(section(created, 'Created with')).not.to.equal(null);
    expect($$(created, '.changes thead th').map(text)).to.deep.equal(['Field', 'Value']);
    const rows = Object.fromEntries(changeRows(created).map(([f, v]) => [f, v]));
    expect(rows).to.include({ name: '"Grafana"', open_in_new_tab: 'false', group: '"" (empty string)', priority: '0', meta_icon: 'null', attributes: '{}', backchannel_providers: '[]' });
    await expect(created).to.be.accessible();

    const deleted = await detailOf(modelDeletedEvent());
    expect(section(deleted, 'State when deleted')).not.to.equal(null);
    const state = Object.fromEntries(changeRows(deleted).map(([f, v]) => [f, v]));
    expect(state).to.deep.equal({
      identifier: '"ci-deploy-token"',
      intent: '"api"',
      key: `"${MASK}"masked`,
      expiring: 'false',
      expires: 'null',
      description: '"" (empty string)',
      retries: '0',
      scopes: '[]',
      attributes: '{}',
    });
    await expect(deleted).to.be.accessible();
  });

  it('traceback from exception_to_string: error line first, frames with code, library frames folded, copy', async () => {
    const el = await detailOf(policyExceptionEvent());
    const error = section(el, 'Error')!;
    expect(text(error.querySelector('[part="error-line"]'))).to.equal("netaddr.core.AddrFormatError: invalid IPNetwork 10.0.0.0/33 while evaluating 'require-vpn'");
    expect(text(error.querySelector('[part="error-type"]'))).to.equal('netaddr.core.AddrFormatError');
    const frames = [...error.querySelectorAll('[part="frames"] > [part="frame"]')].map((f) => text(f.querySelector('.frame-head')));
    expect(frames).to.deep.equal([
      '/authentik/policies/expression/evaluator.py, line 52, in evaluate',
      '/authentik/lib/expression/evaluator.py, line 301, in evaluate',
      'PolicyExpression: require-vpn, line 3, in handler',
    ]);
    expect(text(error.querySelector('[part="frame-code"]'))).to.equal('result = super().evaluate(expression_source)');
    const library = buttonOf(el, '2 library frames')!;
    expect(library.getAttribute('aria-expanded')).to.equal('false');
    library.click();
    await el.updateComplete;
    expect(error.querySelectorAll('.frame.library')).to.have.length(2);
    // The message is not repeated as a plain "message" field.
    expect(field(el, 'Message')).to.equal(null);
    await expect(el).to.be.accessible();

    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      buttonOf(el, 'Copy traceback')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.equal(TRACEBACK);
    expect(text($(el, '[role="status"]'))).to.equal('Copied');
  });

  it('legacy exception dict renders the same way', async () => {
    const el = await detailOf(legacyExceptionEvent());
    expect(text($(el, '[part="error-type"]'))).to.equal('django.db.utils.OperationalError');
    expect(text($(el, '[part="error-message"]'))).to.contain('timeout expired');
    expect($$(el, '[part="frames"] > [part="frame"]').map((f) => text(f.querySelector('.frame-head')))).to.deep.equal(['/authentik/root/middleware.py, line 88, in __call__']);
    expect(text($(el, '[part="library-frames"]'))).to.equal('2 library frames');
    expect(field(el, 'User')).to.contain('anonymous');
    await expect(el).to.be.accessible();
  });

  it('a plain message stays plain text; nothing in a message becomes markup', async () => {
    const el = await detailOf(detailEvent('configuration_error', { message: `${hostileStrings[0]}\nsecond line` }));
    expect(section(el, 'Error')).to.equal(null);
    expect(field(el, 'Message')).to.equal(`${hostileStrings[0]} second line`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(pwned()).to.equal(false);
  });

  it('keyboard: sections, trees and frames open and close with Enter, Space and arrows', async () => {
    const el = await detailOf(detailEvent('custom_sync', { stats: { users: 3, groups: { added: 1 } } }));
    const contextToggle = () => buttonOf(el, 'Context')!;
    contextToggle().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(contextToggle().getAttribute('aria-expanded')).to.equal('true');
    const stats = () => $$(el, '[part="section section-context"] button.toggle').find((b) => text(b).startsWith('stats'))!;
    stats().focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(stats().getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '[part="section section-context"]'))).to.contain('users: 3');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(stats().getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keyboard: the last "Show more" of a tree and of the raw JSON leaves focus on what it revealed', async () => {
    const context = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
    const el = await detailOf(detailEvent('custom_sync', context));
    buttonOf(el, 'Show 50 more (50 left)')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el.shadowRoot!.activeElement)).to.equal('k100: 100');

    const raw = await detailOf(detailEvent('custom_sync', { list: Array.from({ length: 500 }, (_, i) => i) }));
    buttonOf(raw, 'Raw JSON')!.click();
    await raw.updateComplete;
    buttonOf(raw, /^Show \d+ more lines/)!.focus();
    await sendKeys({ press: 'Enter' });
    await raw.updateComplete;
    expect(buttonOf(raw, /more lines/)).to.equal(undefined);
    expect(raw.shadowRoot!.activeElement?.getAttribute('part')).to.equal('raw-json');
    // A named group: ARIA does not let a plain <pre> carry a name (axe does not flag it).
    expect([raw.shadowRoot!.activeElement?.getAttribute('role'), raw.shadowRoot!.activeElement?.getAttribute('aria-label')]).to.deep.equal(['group', 'Raw JSON']);
    await expect(raw).to.be.accessible();
  });

  it('every action family has its section; custom actions show their whole context', async function () {
    this.timeout(90_000);
    const expected: Record<string, Record<string, string>> = {
      login: { 'Authentication method': 'password' },
      login_failed: { Username: 'alice', Stage: 'default-password (authentik_stages_password.passwordstage · 7e88f4a9c442)', Password: `"${MASK}"masked` },
      authorize_application: { Scopes: 'openidprofileemailoffline_access', Flow: 'c3b0d9e2a1f4' },
      impersonation_started: { Impersonator: 'akadmin <admin@example.com> #1', 'Impersonated user': 'alice <alice@example.com> #5', Reason: 'Reproducing ticket #4521' },
      property_mapping_exception: { 'Property mapping': 'ldap-groups (authentik_sources_ldap.ldappropertymapping · e7d1)' },
      system_task_exception: { Task: 'ldap_sync', 'Task instance': 'corp-ldap' },
      email_sent: { Subject: 'Reset your password', To: 'alice@example.com', From: 'authentik@example.com' },
      secret_view: { Secret: 'ci-deploy-token (authentik_core.token · 17)' },
      update_available: { 'New version': '2026.11.1', 'Release notes': 'https://goauthentik.io/docs/releases/2026.11 (opens in a new tab)' },
      model_updated: { Object: 'Team wiki (authentik_core.application · c2a1f0e4-5b1d-4e7a-9d33-7e5f1a2b3c4d)' },
    };
    for (const event of actionFamilyEvents()) {
      const el = await detailOf(event);
      for (const [label, value] of Object.entries(expected[event.action] ?? {})) expect(field(el, label), `${event.action} ${label}`).to.equal(value);
      if (event.action === 'password_set') expect(field(el, 'User')).to.contain('authenticated as ak-outpost-ldap');
      if (event.action === 'custom_report_generated') {
        const entries = [...section(el, 'Details')!.querySelectorAll('.tree-children > li')].map(text);
        expect(entries).to.deep.equal(['report: "quarterly-access"', 'rows: 1200', 'ok: true', 'note: null']);
      }
      if (event.action === 'authorize_application') {
        expect($$(el, '[part="action-fields"] .chip').map(text)).to.deep.equal(['openid', 'profile', 'email', 'offline_access']);
      }
      if (event.action === 'update_available') expect($(el, 'a[part="link"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    }
  });

  it('hostile strings everywhere, in dark mode and RTL: text only, no script, no live links', async function () {
    this.timeout(60_000);
    for (let i = 0; i < hostileStrings.length; i++) {
      const event = hostileEvent(detailEvent('custom_x', { note: hostileStrings[i]!, model: { pk: 1, app: 'a', model_name: 'b', name: hostileStrings[i]! } }), i);
      const el = await detailOf(event, { theme: 'dark' });
      el.setAttribute('dir', 'rtl');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, script, svg, iframe')).to.equal(null);
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^(https?:|\/)/);
      if (i === 0) await expect(el).to.be.accessible();
    }
    expect(pwned()).to.equal(false);
  });

  it('a malformed event handed in through .event still renders', async () => {
    const broken = { pk: 7, action: 42, user: null, context: 'oops', created: 'yesterday', expires: 5, app: null, client_ip: {}, brand: 'x' } as unknown as EventRecord;
    const el = await detailOf(broken);
    expect(text($(el, '[part="action"]'))).to.equal('42');
    expect(field(el, 'Created')).to.equal('Time unknown');
    expect(field(el, 'Expires')).to.equal('Never');
    expect(field(el, 'User')).to.equal('No user');
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    expect(JSON.parse($(el, '[part="raw-json"]')!.textContent!)).to.deep.equal(broken);
    await expect(el).to.be.accessible();
  });

  it('a brand whose name is not a string (unvalidated .event) still renders the detail', async () => {
    const shapes: Array<[unknown, string]> = [
      [{ name: 5 }, '5'],
      [{ name: true, pk: 'b1' }, 'b1'],
      [{ name: { en: 'Default' } }, ''],
      [{ pk: 42 }, '42'],
    ];
    for (const [brand, shown] of shapes) {
      const el = await detailOf(detailEvent('login', { auth_method: 'password' }, { brand } as unknown as Partial<EventRecord>));
      expect(text($(el, '[part="action"]')), JSON.stringify(brand)).to.equal('Login');
      expect(field(el, 'Brand'), JSON.stringify(brand)).to.equal(shown);
      expect(field(el, 'Authentication method'), JSON.stringify(brand)).to.equal('password');
    }
  });

  it('the whole XSS corpus as keys, values, diff values, a traceback and links stays inert text', async function () {
    this.timeout(60_000);
    const context: Record<string, JsonValue> = {};
    corpus.forEach((s, i) => setOwn(context, `${i}:${s}`, s));
    const event = detailEvent('model_updated', {
      ...context,
      model: { pk: corpus[0]!, app: corpus[1]!, model_name: corpus[2]!, name: corpus[3]! },
      diff: Object.fromEntries(corpus.slice(0, 40).map((s, i) => [s, { previous_value: corpus[(i + 1) % corpus.length]!, new_value: s }])),
      message: `Traceback (most recent call last):\n  File "${corpus[0]}", line 1, in ${corpus[1]}\n    ${corpus[2]}\n${corpus[3]}: ${corpus[4]}`,
      changelog: corpus.find((s) => s.startsWith('javascript:'))!,
    });
    const el = await detailOf(event);
    buttonOf(el, 'Context')!.click();
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const roots = [el.shadowRoot!, ...$$(el, 'ev-json-diff').map((d) => d.shadowRoot!)];
    for (const root of roots) {
      // Neither component ever renders any of these tags itself, so one appearing came from data.
      const tags = [...NEVER_RENDERED_TAGS, 'img', 'svg', 'style', 'form', 'input', 'video', 'audio', 'details', 'template', 'body', 'a:not([part="link"])'];
      expect(root.querySelector(tags.join(',')), 'no element from data').to.equal(null);
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|\/)/);
      for (const node of root.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.equal(false);
      }
    }
    expect(text($(el, '[part="error-message"]'))).to.contain(corpus[4]!.replace(/\s+/g, ' ').trim());
    expect(corpusPwned()).to.equal(false);
  });

  it('keys like __proto__ in a context are shown, not lost', async () => {
    const el = await detailOf(detailEvent('custom_x', JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}')));
    expect(text(section(el, 'Details'))).to.contain('__proto__: {1 key}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('a 1.5 MB context renders collapsed and pages its lists', async () => {
    const el = await detailOf(detailEvent('custom_directory_sync', hugeContext(1_500_000)));
    expect($$(el, '*').length).to.be.below(400);
    const users = $$(el, '[part="section section-details"] button.toggle').find((b) => text(b).startsWith('users'))!;
    expect(text(users)).to.match(/^users: \[\d,\d{3} items\]$/);
    users.click();
    await el.updateComplete;
    const details = section(el, 'Details')!;
    expect(details.querySelectorAll('.tree-children .tree-children > li')).to.have.length(101);
    expect(text(buttonOf(el, /^Show 100 more/))).to.match(/^Show 100 more \(\d,\d{3} left\)$/);
  });

  it('raw JSON: opened on demand, paged, copied and downloaded whole', async () => {
    const event = detailEvent('custom_directory_sync', hugeContext(200_000));
    const el = await detailOf(event);
    expect($(el, '[part="raw-json"]')).to.equal(null);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const pre = $(el, '[part="raw-json"]')!;
    expect(pre.textContent!.split('\n')).to.have.length(400);
    expect(text(buttonOf(el, /more lines/))).to.match(/^Show 400 more lines/);

    let blob: Blob | undefined;
    let download = '';
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = this.download;
    };
    try {
      buttonOf(el, 'Download JSON')!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(download).to.equal(`event-${event.pk}.json`);
    expect(JSON.parse(await blob!.text())).to.deep.equal(event);
    await expect(el).to.be.accessible();
  });
});
