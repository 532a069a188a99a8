// Two <ev-source sync-url> on one page: both would write the same parameters.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvSource } from '../../../src/components/source/source.js';

const popped = (): Promise<unknown> => new Promise((r) => window.addEventListener('popstate', r, { once: true }));

describe('two <ev-source sync-url> on one page', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('the first one owns the URL: the second neither erases its state there nor gets it back on back / forward', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    let wrap: HTMLElement;
    try {
      wrap = await fixture(html`<div>
        <ev-source id="a" sync-url .client=${createMemoryClient()}></ev-source>
        <ev-source id="b" sync-url .client=${createMemoryClient()}></ev-source>
      </div>`);
    } finally {
      console.warn = warn;
    }
    const a = wrap.querySelector<EvSource>('#a')!;
    const b = wrap.querySelector<EvSource>('#b')!;
    a.store.patchFilter({ username: 'alice' });
    b.store.patchFilter({ actions: ['login'] });
    expect(location.search).to.equal('?keep=1&username=alice');
    const back = popped();
    history.back();
    await back;
    expect(a.filter).to.deep.equal({});
    expect(b.filter).to.deep.equal({ actions: ['login'] });
    const forward = popped();
    history.forward();
    await forward;
    expect(a.filter).to.deep.equal({ username: 'alice' });
    expect(b.filter).to.deep.equal({ actions: ['login'] });

    // When the first leaves (a route change), the second takes the URL over.
    a.remove();
    expect(b.filter).to.deep.equal({ username: 'alice' });
    b.store.patchFilter({ username: 'bob' });
    expect(location.search).to.equal('?keep=1&username=bob');
    // The page's author is told why the second one did not sync.
    expect(warnings.join()).to.contain('sync-url');
  });
});
