// Types of test/browser-groups.mjs (for the node test that checks it).
/** Files that must have a page of their own (paths from the project root; a folder ends in /). */
export const SOLO: string[];
/** Writes the group files (into `dir`); returns the files to hand web-test-runner (groups and solo files, from `root`). */
export function browserTestFiles(root: string, dir?: string): string[];
/** Whether a test file defines <ev-detail> (reaches its module through relative imports). */
export function definesDetail(root: string, file: string, memo?: Map<string, string[]>): boolean;
