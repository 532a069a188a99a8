/** What each malformed kind must do to a component, and the check of a run's outcomes. */

export interface KindInfo {
  kind: string;
  description: string;
  expect: 'error' | 'tolerant';
  appliesTo: string;
}

export interface Outcome {
  kind: string;
  expect: 'error' | 'tolerant';
  /** The server changed the answer of the component's main request. */
  applied: boolean;
  /** That answer was over the response cap. */
  oversize: boolean;
  state: string;
  typedError: boolean;
  /** Data items rendered (rows, sections, legend items, places, notifications). */
  content: number;
  errors: string[];
  longestTask: number;
}

/**
 * The client's documented response cap (`maxBytes`, README "The events client"). Where the client
 * deliberately answers with the typed error although the server would accept a tolerant client:
 * a body over the cap (`huge-body`'s 21 MiB, `huge-array`'s 20,000 events) is refused before it is
 * parsed, so the tab never parses tens of megabytes. Under the cap (e.g. 20,000 volume buckets)
 * those kinds must render.
 */
export const MAX_BYTES = 8 * 1024 * 1024;

/** Problems with one component's outcomes (empty when all is well) and how many kinds applied. */
export function summarize(component: string, outcomes: readonly Outcome[], maxTaskMs: number): { problems: string[]; applied: number } {
  const problems: string[] = [];
  for (const o of outcomes) {
    const at = `${component} × ${o.kind}`;
    if (o.errors.length) problems.push(`${at}: uncaught ${o.errors.join('; ')}`);
    if (o.longestTask > maxTaskMs) problems.push(`${at}: a task took ${o.longestTask} ms`);
    const wantError = o.applied && (o.expect === 'error' || o.oversize);
    if (wantError) {
      if (o.state !== 'error' && !o.typedError) problems.push(`${at}: expected the typed error state, got "${o.state}" with ${o.content} items`);
      else if (!o.typedError) problems.push(`${at}: error state without a typed message and a retry button`);
    } else if (o.state === 'error' || o.typedError || o.content === 0) {
      problems.push(`${at}: expected a tolerant render (${o.applied ? 'applied' : 'not applied'}), got "${o.state}" with ${o.content} items${o.typedError ? ' and an error message' : ''}`);
    }
  }
  return { problems, applied: outcomes.filter((o) => o.applied).length };
}
