export interface ManifestElement {
  name: string;
  tagName: string;
  modulePath: string;
  summary?: string;
  description?: string;
  events?: Array<{ name: string; description?: string; type?: { text: string } }>;
  attributes?: Array<{ name: string; description?: string; fieldName?: string; type?: { text: string }; default?: string }>;
  members?: Array<{ kind: string; name: string; static?: boolean; privacy?: string; readonly?: boolean; type?: { text: string } }>;
  slots?: Array<{ name: string; description?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string; description?: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Manifest = { modules: Array<{ path: string; declarations?: any[] }> };
export declare function manifestElements(manifest: Manifest): ManifestElement[];
export declare function eventPropName(eventName: string): string;
export declare function reactWrappers(manifest: Manifest, options?: { index?: string; define?: string }): string;
