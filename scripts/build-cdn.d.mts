export declare const LIT_PACKAGES: RegExp[];
export declare function bundle(entry: string, options?: { external?: Array<string | RegExp> | ((id: string) => boolean) }): Promise<string>;
export declare function elementEntries(): string[];
/** The source of the bundles' `decorate` helper (an ES module whose default export is the helper). */
export declare const DECORATE: string;
