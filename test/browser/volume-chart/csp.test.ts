// Runs under the project's CSP, added before any chart renders (so the on-demand Chart.js
// import is subject to it): no violation, no uncaught error, while rendering and interacting.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { hostileStrings } from '../../fixtures/hostile.js';
import { pwned } from '../../fixtures/xss-corpus.js';

const T0 = Date.UTC(2026, 10, 1);

describe('<ev-volume-chart> under CSP with Trusted Types', () => {
  it("script-src 'self'; object-src 'none'; require-trusted-types-for 'script'", async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
    document.head.append(meta);
    // The policy is in force: a script URL sink now throws without a trusted value.
    expect(() => {
      document.createElement('script').src = '/x.js';
    }).to.throw();
    await new Promise((r) => setTimeout(r, 50));
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

    const actions = ['login', ...hostileStrings.slice(0, 4).map((s) => `custom_${s}`)];
    const buckets = [0, 1, 2].flatMap((i) => actions.map((action, a) => ({ action, time: new Date(T0 + i * 3_600_000).toISOString(), count: a + i })));
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.width).to.be.greaterThan(0);
    const rect = canvas.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.bottom - 40)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=tooltip]')).not.to.equal(null);
    expect(el.store.filter.since).to.be.a('string');
    expect(violations).to.deep.equal([]);
    expect(pwned()).to.equal(false);
  });
});
