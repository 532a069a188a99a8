/**
 * Waits until a rendered story shows the state it is about: every element's data has arrived
 * (or failed, or the story is a loading story and the data is still on its way), charts and
 * maps are drawn, open panels have their content.
 */
import { nextFrame } from '@open-wc/testing';

export type Updating = HTMLElement & { updateComplete?: Promise<unknown>; viewState?: string };

/** Every `ev-*` element in `root`, inside shadow roots too (an expanded log row holds an `<ev-detail>`). */
export function evElements(root: Node): Updating[] {
  const out: Updating[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && node.localName.startsWith('ev-')) out.push(node);
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

async function until(check: () => boolean, what: () => string, timeout: number): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Elements with a data view state (`:state(loading)` …): the EvDataElement family and the bell. */
const hasViewState = (el: Updating) => 'viewState' in el;

/** Component-specific "drawn" conditions, run once the view state has settled. */
const drawn: Record<string, (el: Updating, timeout: number) => Promise<void>> = {
  async 'ev-map'(el) {
    await (el as Updating & { rendered: Promise<void> }).rendered;
  },
  async 'ev-volume-chart'(el) {
    // updateComplete waits for the on-demand Chart.js load and the chart; the data table fills at idle time.
    await el.updateComplete;
    await (el as Updating & { tableComplete: Promise<void> }).tableComplete;
  },
  async 'ev-notification-bell'(el, timeout) {
    if (!el.hasAttribute('open')) return;
    const root = el.shadowRoot!;
    await until(() => !!root.querySelector('#panel article, #panel [part=empty], #panel [part=error]'), () => `${el.localName}: the open panel stayed without content`, timeout);
  },
};

/**
 * Waits for every `ev-*` element below `root`. `loading`: the story shows the loading state,
 * so an element may (and at least one must) stay `:state(loading)`.
 */
export async function settle(root: HTMLElement, { loading = false, timeout = 10_000 } = {}): Promise<void> {
  let elements = evElements(root);
  const unknown = elements.filter((el) => !customElements.get(el.localName)).map((el) => `<${el.localName}>`);
  // A story that forgets to import an element renders nothing in its place (unless another story file happened to define it).
  if (unknown.length) throw new Error(`not defined: ${[...new Set(unknown)].join(', ')}`);
  await Promise.all(elements.map((el) => el.updateComplete));
  const stateful = elements.filter(hasViewState);
  const settledState = (el: Updating) => el.viewState !== undefined && (loading || el.viewState !== 'loading');
  await until(
    () => stateful.every(settledState),
    () => `still loading: ${stateful.filter((el) => !settledState(el)).map((el) => `<${el.localName}> ${el.viewState}`).join(', ')}`,
    timeout,
  );
  for (const el of stateful) {
    if (el.viewState === 'loading') continue;
    await drawn[el.localName]?.(el, timeout);
  }
  // Settling may have added elements (an expanded row's detail); let everything finish its update.
  elements = evElements(root);
  await Promise.all(elements.map((el) => el.updateComplete));
  await nextFrame();
  await nextFrame();
  await Promise.all(elements.map((el) => el.updateComplete));
}
