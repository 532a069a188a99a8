import type { Manifest } from './react-wrappers.mjs';

export type Aliases = Record<string, Array<{ file: string; union: string }>>;
export declare function stringUnionAliases(dir?: string): Aliases;
export declare function literalValues(typeText: string | undefined, aliases?: Aliases, near?: string): string[];
export interface VsCodeData {
  version: number;
  tags: Array<{
    name: string;
    description: { kind: 'markdown'; value: string };
    attributes: Array<{ name: string; description: string; valueSet?: string; values?: Array<{ name: string }> }>;
    references: Array<{ name: string; url: string }>;
  }>;
}
interface Named {
  name: string;
  description: string;
}
export interface WebTypes {
  name: string;
  version: string;
  contributions: {
    html: {
      elements: Array<
        Named & {
          attributes: Array<Named & { value: { type: string } }>;
          slots: Named[];
          events: Named[];
          js: { properties: Array<Named & { value: { type: string } }>; events: Named[] };
          css: { properties: Named[]; parts: Named[] };
        }
      >;
    };
  };
}
export declare function vsCodeData(manifest: Manifest, aliases?: Aliases): VsCodeData;
export declare function webTypes(manifest: Manifest, pkg: { name: string; version: string }, aliases?: Aliases): WebTypes;
export declare const OUTPUTS: { vscode: string; webTypes: string };
