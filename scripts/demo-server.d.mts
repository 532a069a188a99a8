import type { ChildProcess } from 'node:child_process';
import type { ViteDevServer } from 'vite';

export interface ReferenceServerOptions {
  events?: number;
  seed?: number;
  token?: string;
  liveRate?: number;
  port?: number;
  db?: string;
  now?: string;
  quiet?: boolean;
}
export declare function startReferenceServer(options?: ReferenceServerOptions): Promise<{ url: string; child: ChildProcess; close(): Promise<void> }>;
export declare function startDemoServer(options: {
  apiUrl: string;
  token?: string;
  port?: number;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}): Promise<{ url: string; vite: ViteDevServer; close(): Promise<void> }>;
