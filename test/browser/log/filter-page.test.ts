// <ev-log mode="pages">: a new filter starts the result at page 1 (as authentik's tables do),
// whoever changed it (the filter bar, another element on the same source, code); a filter and a
// page restored together from a link or by Back / Forward keep the page they name. The count
// names the whole result ("120 events"), not the rows of the page shown.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import '../../../src/define.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';
import { settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const events = makeEvents({ count: 120, now: NOW, actions: ['login', 'logout', 'login_failed'] });
const ACTION = events[0]!.action;
const matching = events.filter((e) => e.action === ACTION).length;
const countText = (el: EvLog) => shadow(el).querySelector('[part="count"]')?.textContent;
const pagerText = (el: EvLog) => shadow(el).querySelector('[part="pager"] .page-status')?.textContent?.trim();
const popState = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

async function ready(el: EvLog, page: string): Promise<void> {
  await waitFor(() => el.matches(':state(ready)') && pagerText(el) === page, `pager "${page}"`);
  await settle(el);
}

describe('<ev-log mode="pages"> when the filter changes', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('on page 4, a filter set on the store (standalone, in memory) shows page 1 of the new result', async () => {
    expect(matching, 'fixture: more than one page match').to.be.greaterThan(10);
    const el = await fixture<EvLog>(html`<ev-log mode="pages" page-size="10" page="4" style="height: 480px" .client=${createMemoryClient({ events })}></ev-log>`);
    await ready(el, 'Page 4 of 12');
    expect(countText(el), 'the whole result, not the page').to.equal('120 events');
    el.store.setFilter({ actions: [ACTION] });
    await ready(el, `Page 1 of ${Math.ceil(matching / 10)}`);
    expect(el.page).to.equal(1);
    expect(countText(el)).to.equal(`${matching} events`);
    await expect(el).to.be.accessible();
  });

  it('inside <ev-source sync-url>: page 1 after a filter change, the URL drops ?page, Back returns to page 3 unfiltered', async () => {
    history.replaceState(null, '', `${location.pathname}?page=3`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${createMemoryClient({ events })}>
      <ev-log mode="pages" page-size="10" sync-url style="height: 480px"></ev-log>
    </ev-source>`);
    const el = source.querySelector('ev-log')!;
    await ready(el, 'Page 3 of 12');
    source.store.setFilter({ actions: [ACTION] });
    await ready(el, `Page 1 of ${Math.ceil(matching / 10)}`);
    await waitFor(() => !location.search.includes('page='), `URL without page, is ${location.search}`);
    expect(new URLSearchParams(location.search).getAll('actions')).to.deep.equal([ACTION]);
    const back = popState();
    history.back();
    await back;
    await ready(el, 'Page 3 of 12');
    expect(location.search).to.equal('?page=3');
  });

  it('a link naming a filter and a page opens on that page', async () => {
    history.replaceState(null, '', `${location.pathname}?actions=${encodeURIComponent(ACTION)}&page=2`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${createMemoryClient({ events })}>
      <ev-log mode="pages" page-size="10" sync-url style="height: 480px"></ev-log>
    </ev-source>`);
    const el = source.querySelector('ev-log')!;
    await ready(el, `Page 2 of ${Math.ceil(matching / 10)}`);
    expect(new URLSearchParams(location.search).get('page')).to.equal('2');
  });
});
