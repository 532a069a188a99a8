/**
 * One typed translation object for every user-visible string.
 *
 * Each component adds its own namespace to `Translation` (module augmentation) and registers
 * its English defaults with `defineStrings`. Pages replace strings globally with
 * `registerTranslation(lang, …)` / `setTranslation(…)`, or per element with `.strings`.
 * Functions are used wherever a string depends on a number (plurals) or on data.
 */
import type { EventsErrorKind } from '../client/errors.js';

export interface CommonStrings {
  loading: string;
  retry: string;
  /** Heading of an error state. */
  errorTitle: string;
  /** Short explanation per error kind (never contains response data beyond a status code). */
  errors: Record<Exclude<EventsErrorKind, 'aborted'>, string>;
  httpStatus: (status: number) => string;
  invalidPath: (path: string) => string;
  /** An answer past the client's size cap (`maxBytes`): its title, with the limit (`8 MiB`, or bytes when no whole MiB). */
  tooLarge: (maxBytes: number) => string;
  noClient: string;
  close: string;
  copy: string;
  copied: string;
}

/** Every namespace; components augment this interface with their own. */
export interface Translation {
  common: CommonStrings;
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : T[K] extends readonly unknown[]
      ? T[K]
      : T[K] extends object
        ? DeepPartial<T[K]>
        : T[K];
};

type AnyRecord = Record<string, unknown>;

const english: AnyRecord = {};
const locales = new Map<string, AnyRecord>();
let overrides: AnyRecord = {};
let version = 0;
const cache = new Map<string, Translation>();
const listeners = new Set<() => void>();

function isPlainObject(value: unknown): value is AnyRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(target: AnyRecord, source: AnyRecord | undefined): AnyRecord {
  if (!source) return target;
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = source[key];
    if (value === undefined) continue;
    const current = target[key];
    target[key] = isPlainObject(value) && isPlainObject(current) ? merge({ ...current }, value) : value;
  }
  return target;
}

function changed(): void {
  version++;
  cache.clear();
  for (const listener of listeners) listener();
}

/** Registers a namespace's English defaults. Called once by the module that owns the namespace. */
export function defineStrings<K extends keyof Translation>(namespace: K, strings: Translation[K]): void {
  if (english[namespace as string] === strings) return;
  english[namespace as string] = strings;
  changed();
}

/**
 * Puts the registered languages and the global overrides over the English of language `key`.
 * Installed by `registerTranslation` / `setTranslation` (before, both are empty): a bundle
 * without those two (a script-tag element's) carries none of it.
 */
let layers: ((merged: AnyRecord, key: string) => void) | undefined;
function layer(merged: AnyRecord, key: string): void {
  const primary = key.split('-')[0] ?? key;
  if (primary !== key) merge(merged, locales.get(primary));
  merge(merged, locales.get(key));
  merge(merged, overrides);
}

/** Adds or extends a language (`de`, `de-AT`, `ar` …). Regional tags fall back to their language. */
export function registerTranslation(lang: string, translation: DeepPartial<Translation>): void {
  layers = layer;
  const key = lang.toLowerCase();
  locales.set(key, merge({ ...(locales.get(key) ?? {}) }, translation as AnyRecord));
  changed();
}

/** Replaces strings for every element, whatever its language. Pass `{}` to reset. */
export function setTranslation(translation: DeepPartial<Translation>): void {
  layers = layer;
  overrides = merge({}, translation as AnyRecord);
  changed();
}

/** The languages registered so far (besides the built-in English). */
export function registeredLanguages(): string[] {
  return [...locales.keys()];
}

/** Resolves the full translation for a language, with optional per-element overrides on top. */
export function resolveTranslation(lang: string, instance?: DeepPartial<Translation>): Translation {
  const key = (lang || 'en').toLowerCase();
  let base = cache.get(key);
  if (!base) {
    const merged = merge({}, english);
    layers?.(merged, key);
    base = merged as unknown as Translation;
    cache.set(key, base);
  }
  return instance ? (merge(merge({}, base as unknown as AnyRecord), instance as AnyRecord) as unknown as Translation) : base;
}

/** A number that changes whenever any translation changes (for memoisation). */
export function translationVersion(): number {
  return version;
}

export function onTranslationChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

defineStrings('common', {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  errors: {
    network: 'The events server cannot be reached. Check the connection and try again.',
    timeout: 'The events server took too long to answer.',
    http: 'The events server answered with an error.',
    auth: 'You are not signed in, or not allowed to see these events.',
    validation: 'The events server sent data in an unexpected shape.',
    unsupported: 'This events source does not support this view.',
    config: 'The events source is not set up correctly, so nothing was requested. Trying again will not help: please tell the owner of this page.',
  },
  httpStatus: (status) => `Status ${status}`,
  invalidPath: (path) => `Unexpected value at ${path}`,
  tooLarge: (max) => `The answer from the events server was too large to read (more than ${max % (1 << 20) ? `${max} bytes` : `${max >> 20} MiB`}).`,
  noClient: 'No events source is connected. Wrap the element in <ev-source> or set its client property.',
  close: 'Close',
  copy: 'Copy',
  copied: 'Copied',
});
