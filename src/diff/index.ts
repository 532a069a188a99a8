/** Structural JSON diff (no DOM, no Lit; runs in Node too). */
export { diffJson, diffJsonAsync, wantsTextDiff, DEFAULT_KEYS, type AsyncDiffOptions } from './diff.js';
export { diffText, tokenize } from './text.js';
export { diffSequences, longestIncreasingRun, DEFAULT_BUDGET, type SequenceDiff, type SequenceDiffOptions } from './sequence.js';
export { diffArrays } from './array.js';
export { jsonEqual, hashJson, isJsonObject } from './equal.js';
export { firstDifference, type DifferenceSearch, type DifferenceSearchOptions, type PathStep } from './first-difference.js';
export { modelChanges, isMasked, type FieldChange, type ModelChanges } from './changes.js';
export { buildVersions, type ModelVersion } from './versions.js';
export type * from './types.js';
