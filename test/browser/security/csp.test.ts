/**
 * Every component together on one page served with a strict Content-Security-Policy header
 * (csp-page.ts): `script-src 'self'; object-src 'none'; require-trusted-types-for 'script'`,
 * with and without a `trusted-types` allow-list, and the style-src variants the README
 * documents.
 */
import { expect } from '@open-wc/testing';

type Result = Record<string, unknown> & { violations: string[]; error?: string };

async function load(policy: string): Promise<Result> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px';
  frame.src = `/__ev/security/csp.html?policy=${policy}&scenario=all`;
  const result = new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the ${policy} page`)), 30_000);
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || !e.data?.cspPage) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data.cspPage as Result);
    });
  });
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}

function expectWorking(r: Result): void {
  expect(r.error, r.error).to.equal(undefined);
  expect(r.trustedTypesEnforced, 'Trusted Types are enforced (control)').to.equal(true);
  expect(r.evalBlocked, 'script-src is enforced (control)').to.equal(true);
  expect(r.rows as number, 'log rows').to.be.greaterThan(5);
  expect(r.expanded, 'a log row expanded').to.equal(true);
  expect(r.detailSections as number, 'detail sections').to.be.greaterThan(0);
  expect(r.legendItems as number, 'chart legend').to.be.greaterThan(0);
  expect(r.tooltip, 'chart tooltip').to.equal(true);
  expect(r.places as number, 'map places').to.be.greaterThan(0);
  expect(r.clustering, 'map clustering in its worker').to.equal('worker');
  expect(r.popup, 'map popup').to.equal(true);
  expect(r.bellItems as number, 'bell items').to.be.greaterThan(0);
  expect(r.diffText, 'json-diff text').to.equal(true);
  expect(r.pwned).to.equal(false);
}

describe('security: all components on one page under a strict CSP header', function () {
  this.timeout(60_000);

  for (const policy of ['strict', 'strict-any-policy', 'strict-style-attr', 'strict-style-attr-only']) {
    it(`${policy}: every component renders and works, no securitypolicyviolation`, async () => {
      const r = await load(policy);
      expectWorking(r);
      expect(r.styled, 'component styles applied').to.equal('auto');
      expect(r.violations).to.deep.equal([]);
      console.log(`[security] CSP ${policy}: ${r.rows} log rows, ${r.places} places, ${r.legendItems} chart actions, ${r.bellItems} notifications, 0 violations`);
    });
  }

  for (const policy of ['strict-style-self', 'strict-style-none']) {
    it(`${policy}: everything works; only style attributes are refused (they need style-src-attr 'unsafe-inline')`, async () => {
      const r = await load(policy);
      expectWorking(r);
      expect(r.styled, 'component styles applied (constructed stylesheets)').to.equal('auto');
      const directives = [...new Set(r.violations.map((v) => v.split(':')[0]))];
      expect(directives).to.deep.equal(['style-src-attr']);
      console.log(`[security] CSP ${policy}: works; ${r.violations.length} style attributes refused (style-src-attr)`);
    });
  }

  it('without the event-elements policy on the allow-list, the map falls back to clustering on the main thread', async () => {
    const r = await load('strict-no-map-policy');
    expect(r.error, r.error).to.equal(undefined);
    expect(r.places as number).to.be.greaterThan(0);
    expect(r.clustering).to.equal('main');
    expect(r.violations.filter((v) => !/trusted-types/.test(v))).to.deep.equal([]);
  });
});
