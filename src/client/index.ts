/** The events client: typed domain model, errors and (later) adapters. No DOM, no Lit. */
export * from './errors.js';
export type * from './types.js';
