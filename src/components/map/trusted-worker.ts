/**
 * Starting the cluster worker under `require-trusted-types-for 'script'`: the Worker URL must
 * be a TrustedScriptURL. The `event-elements` policy turns exactly one kind of URL into one: a
 * same-origin `cluster.worker` script (the file this package ships, or the copy a bundler
 * emits, e.g. `cluster.worker-1a2b3c.js`). Pages with a `trusted-types` CSP directive list
 * `event-elements` (and `lit-html`, for Lit); when the policy is refused, the map clusters on
 * the main thread instead.
 */

/** The name of the Trusted Types policy, for CSP `trusted-types` directives. */
export const TRUSTED_TYPES_POLICY = 'event-elements';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): ScriptUrlPolicy;
}

const WORKER_PATH = /\/cluster\.worker(?:-[\w-]+)?\.(?:js|ts)$/;

/** True for the cluster worker's own script on this page's origin (never data:, blob: or another host). */
export function isClusterWorkerUrl(input: string, origin = location.origin): boolean {
  let url: URL;
  try {
    url = new URL(input, origin);
  } catch {
    return false;
  }
  return url.origin === origin && (url.protocol === 'http:' || url.protocol === 'https:') && WORKER_PATH.test(url.pathname);
}

let policy: ScriptUrlPolicy | null | undefined;

function getPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (factory) {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL: (input) => {
        if (!isClusterWorkerUrl(input)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused script URL`);
        return input;
      },
    });
  }
  return policy;
}

/**
 * A `Worker` whose URL goes through the policy. Named and called like `Worker` on purpose:
 * bundlers (Vite) recognise `new Worker(new URL('./x.js', import.meta.url))` and emit the
 * worker; see cluster-client.ts. Throws when workers are unavailable, or the page's CSP
 * refuses the policy or the URL.
 */
export const TrustedWorker = function TrustedWorker(url: URL, options: WorkerOptions): Worker {
  if (typeof Worker === 'undefined') throw new TypeError('no Web Workers here');
  if (!isClusterWorkerUrl(url.href)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: refused script URL`);
  const p = getPolicy();
  return new Worker((p ? p.createScriptURL(url.href) : url.href) as string, options);
} as unknown as new (url: URL, options: WorkerOptions) => Worker;
