import { expect } from '@open-wc/testing';

const CSP = "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

describe('<ev-log> under a strict CSP with Trusted Types', () => {
  it('renders, expands, filters, scrolls and exports hostile data with no violation', async () => {
    const frame = document.createElement('iframe');
    const entry = new URL('./csp-frame.ts', import.meta.url).pathname;
    // Only the attribute values are built here; the frame runs nothing inline.
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}"><body><script type="module" src="${entry}"></script></body>`;
    frame.style.cssText = 'width: 1000px; height: 700px';
    const result = new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.source !== frame.contentWindow || !e.data?.cspResult) return;
        window.removeEventListener('message', onMessage);
        resolve(e.data.cspResult as Record<string, unknown>);
      });
    });
    document.body.append(frame);
    const r = await result;
    frame.remove();
    expect(r.error).to.equal(undefined);
    expect(r.controlBlocked, 'Trusted Types are enforced').to.equal(true);
    expect(r.evalBlocked, 'script-src is enforced').to.equal(true);
    expect(r.violations).to.deep.equal([]);
    expect(r.pwned).to.equal(false);
    expect(r.rows as number).to.be.greaterThan(5);
    expect(r.expanded).to.equal(true);
    expect(r.exports).to.equal(2);
  });
});
