/**
 * The reference events server of this test run (started by the web-test-runner plugin in
 * test/reference-server-plugin.mjs) and helpers for its control API.
 */
import type { LoggedRequest } from '../../server/request-log.js';
import { currentTestFile } from './grouped.js';

export type { LoggedRequest };

export interface ReferenceServer {
  origin: string;
  /** authentik-compatible API root, e.g. http://127.0.0.1:PORT/api/v3 */
  apiUrl: string;
  /** The second route family (cursor paging, other field names). */
  altUrl: string;
  controlUrl: string;
  token: string;
}

/** Per test file: files grouped in one page (grouped.ts) each get their own server, as alone. */
const cached = new Map<string, Promise<ReferenceServer>>();

export function referenceServer(): Promise<ReferenceServer> {
  const file = currentTestFile();
  let server = cached.get(file);
  if (!server) {
    server = fetch(`/__ev/reference-server.json${file ? `?file=${encodeURIComponent(file)}` : ''}`).then((r) => r.json() as Promise<ReferenceServer>);
    cached.set(file, server);
  }
  return server;
}

/** The server's request log, oldest first. */
export async function requestLog(): Promise<LoggedRequest[]> {
  return (await control('/requests')) as LoggedRequest[];
}

/** Calls the control API (faults, request log, reset, emit). */
export async function control(path: string, init?: { method?: string; body?: unknown }): Promise<unknown> {
  const { controlUrl } = await referenceServer();
  const response = await fetch(`${controlUrl}${path}`, {
    method: init?.method ?? (init?.body ? 'POST' : 'GET'),
    headers: init?.body ? { 'content-type': 'application/json' } : {},
    body: init?.body ? JSON.stringify(init.body) : null,
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/**
 * A copy of a streamed response (an SSE stream) that the test can end at will, as a dropped
 * connection would: `cut()` cancels the server's body and closes the one handed to the client.
 */
export function cuttable(response: Response): { response: Response; cut: () => void } {
  const reader = response.body!.getReader();
  let cut!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      cut = () => {
        void reader.cancel();
        controller.close();
      };
    },
    async pull(controller) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
  return { response: new Response(body, { status: response.status, headers: response.headers }), cut };
}
