import { defineStrings } from '../../i18n/translation.js';

/** Strings of <ev-json-diff> and of the JSON tree / value views it shares with <ev-detail>. */
export interface JsonDiffStrings {
  /** Accessible name of the diff region. */
  label: string;
  before: string;
  after: string;
  inline: string;
  sideBySide: string;
  /** Label of the layout switch. */
  layout: string;
  showAll: string;
  noChanges: string;
  /** Shown while a large diff is computed. */
  computing: string;
  /** Summary line, e.g. "3 changes". */
  changes: (n: number) => string;
  /** A collapsed run of unchanged entries. */
  unchanged: (n: number) => string;
  added: string;
  removed: string;
  changed: string;
  /** `moved from [3] to [7]`. */
  moved: (from: number, to: number) => string;
  /** Shown when a bound made the array match approximate. */
  approximate: string;
  /** "matched by pk". */
  matchedBy: (key: string) => string;
  /** Text-diff legend. */
  deletedText: string;
  insertedText: string;
  /** Container summaries. */
  items: (n: number) => string;
  keys: (n: number) => string;
  emptyString: string;
  masked: string;
  expand: (label: string) => string;
  collapse: (label: string) => string;
  /** "Show 100 more (1,234 left)". */
  showMore: (next: number, left: number) => string;
  /** A long string cut short. */
  showFullText: (length: number) => string;
  showLessText: string;
  /** Long text shown a page at a time: "Show more (950,000 characters left)". */
  showMoreText: (left: number) => string;
  /** A text diff with many edits, shown a page of edits at a time: "Show 200 more changes (1,800 left)". */
  showMoreChanges: (next: number, left: number) => string;
  /** Label of the root of a tree. */
  root: string;
  /** Below the diff's depth limit: "First difference, 39 levels below: .a[2].b: 1 → 2". */
  deepDifference: (levels: number, path: string, change: string) => string;
  /** The change of `deepDifference` when only the new side has the value. */
  deepAdded: (value: string) => string;
  deepRemoved: (value: string) => string;
  /** The bounded search for the first difference gave up. */
  deepStopped: (compared: number) => string;
  /** Diffs a row replaced at the depth limit from there, with every change below it. */
  compareDeeper: string;
}

declare module '../../i18n/translation.js' {
  interface Translation {
    jsonDiff: JsonDiffStrings;
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const jsonDiffStrings: JsonDiffStrings = {
  label: 'Changes',
  before: 'Previous',
  after: 'New',
  inline: 'Inline',
  sideBySide: 'Side by side',
  layout: 'Layout',
  showAll: 'Show all',
  noChanges: 'No differences.',
  computing: 'Comparing…',
  changes: (n) => plural(n, 'change', 'changes'),
  unchanged: (n) => `${plural(n, 'unchanged entry', 'unchanged entries')}`,
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  moved: (from, to) => `moved from [${from}] to [${to}]`,
  approximate: 'Very different lists: the match shown is approximate.',
  matchedBy: (key) => `items matched by ${key}`,
  deletedText: 'deleted text',
  insertedText: 'inserted text',
  items: (n) => plural(n, 'item', 'items'),
  keys: (n) => plural(n, 'key', 'keys'),
  emptyString: 'empty string',
  masked: 'masked',
  expand: (label) => `Expand ${label}`,
  collapse: (label) => `Collapse ${label}`,
  showMore: (next, left) => `Show ${next.toLocaleString('en-US')} more (${left.toLocaleString('en-US')} left)`,
  showFullText: (length) => `Show all ${length.toLocaleString('en-US')} characters`,
  showLessText: 'Show less',
  showMoreText: (left) => `Show more (${plural(left, 'character', 'characters')} left)`,
  showMoreChanges: (next, left) => `Show ${plural(next, 'more change', 'more changes')} (${left.toLocaleString('en-US')} left)`,
  root: 'value',
  deepDifference: (levels, path, change) => `First difference, ${plural(levels, 'level', 'levels')} below: ${path}: ${change}`,
  deepAdded: (value) => `added ${value}`,
  deepRemoved: (value) => `removed ${value}`,
  deepStopped: (compared) => `No difference found in the first ${plural(compared, 'value', 'values')} compared; compare from here to look further.`,
  compareDeeper: 'Compare from here',
};

defineStrings('jsonDiff', jsonDiffStrings);
