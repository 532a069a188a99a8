export declare const chromeFlags: string[];
export declare const installHint: string;
export declare function findChrome(options?: {
  env?: Record<string, string | undefined>;
  fixed?: string[];
}): { path?: string; error?: string };
export declare function requireChrome(): string;
