import { defineStrings } from '../../i18n/translation.js';

/** The view windows the range picker offers. */
export type RangePreset = '24h' | '7d' | '30d' | '90d' | 'custom';

/**
 * The presets in picker order. (Also what keeps this module, and so its `defineStrings` call,
 * in bundles: a module imported only for its side effect is dropped under `sideEffects`.)
 */
export const RANGE_PRESETS: readonly RangePreset[] = ['24h', '7d', '30d', '90d', 'custom'];

/** Pieces of the summary sentence, already formatted for the element's language and time zone. */
export interface VolumeSummary {
  /** Number of events (visible actions). */
  total: number;
  /** `total`, formatted. */
  totalText: string;
  /** The whole window, e.g. `Nov 13, 12:00 AM – Nov 20, 12:00 PM`. */
  range: string;
  bars: number;
  /** One bar's width, e.g. `6 hours`. */
  bar: string;
  /** The tallest bar, when any bar has events. */
  busiest?: { range: string; totalText: string };
  /** The most frequent actions, e.g. `Login (500)`, most first. */
  top: string[];
  /** How many less frequent actions are grouped as one "Other actions" series (formatted), when they are. */
  grouped?: string;
}

/** The field of a bad bucket, or of a client's answer, that `invalidBucket` names. */
export type BadField = 'time' | 'count' | 'action' | 'since' | 'until' | 'bucketMs';

export interface VolumeChartStrings {
  /** Accessible name of the chart. */
  chartLabel: string;
  /** What the chart is, read by screen readers instead of "application". */
  chartRole: string;
  /** Label of the range picker group. */
  rangeLabel: string;
  /** Visible text of each range button. */
  presets: Record<RangePreset, string>;
  /** Labels of the custom window inputs, given the time-zone label (e.g. `UTC`). */
  from: (zone: string) => string;
  to: (zone: string) => string;
  apply: string;
  /** Validation message when the custom window ends before it starts. */
  invalidRange: string;
  /** The control that removes the selected range from the shared filter. */
  clearRange: string;
  /** The selected range (and action), shown next to the clear control. */
  selected: (range: string, action: string | null) => string;
  /** The answer stopped short of the window's start (the client keeps the newest buckets): where the bars start. */
  cutNotice: (from: string) => string;
  /** Bar width label; `source` is the server's own bucket width. */
  bars: (bar: string, source: string, same: boolean) => string;
  summary: (s: VolumeSummary) => string;
  /** Empty state. */
  noEvents: string;
  /** Label of the legend (a group of toggle buttons). */
  legendLabel: string;
  /** The name shown for an action whose name is empty or blank. */
  unnamedAction: string;
  /** The series of the less frequent actions grouped together (legend, tooltip, table), given how many (formatted). */
  otherActions: (countText: string) => string;
  /** Caption of the visually hidden table of every action's total (shown when actions are grouped). */
  actionTableCaption: string;
  columnAction: string;
  /** Legend button text: label and the action's total. */
  legendItem: (label: string, totalText: string) => string;
  tableCaption: (bar: string) => string;
  columnTime: (zone: string) => string;
  columnTotal: string;
  columnActions: string;
  /** A list entry in the table and announcements, e.g. `Login 5`. */
  actionCount: (label: string, countText: string) => string;
  /** A number of events, e.g. `1 event`, `5 events`. */
  events: (count: number, countText: string) => string;
  /** Tooltip line when more actions exist than are listed, given how many (and formatted, `2,987`). */
  more: (count: number, countText: string) => string;
  /** Last line of a tooltip that does not list every action of the bar: how many more actions and their events (`eventsText`), so the entries add up to the bar's total. */
  moreActions: (count: number, countText: string, eventsText: string) => string;
  /** The actions the "Other actions" group holds in one bar (`Custom: A 5; Custom: B 2`), after its entry in the tooltip and the data table. */
  groupIn: (list: string) => string;
  /** The same list, after the announcement of the group's segment. */
  groupHeld: (list: string) => string;
  /** Read when the chart gets focus. */
  keyboardHelp: string;
  /** The short key hint shown under the plot while it has keyboard focus (screen readers get `keyboardHelp`). */
  keyboardHint: string;
  /** Announced when keyboard focus moves to a bar. */
  announceBar: (range: string, eventsText: string, top: string) => string;
  /** Announced when keyboard focus moves to one action's segment. */
  announceSegment: (action: string, eventsText: string, range: string) => string;
  /**
   * Announced when the bar in keyboard focus left the chart (the live window slid past it) and the
   * focus moved to the nearest bar; `now` is that bar's announcement.
   */
  announceFocusLeft: (range: string, now: string) => string;
  /** Announced while extending a range with Shift + arrows. */
  announcePending: (range: string) => string;
  /** Shown while new data loads over an existing chart. */
  refreshing: string;
  /** Chart.js could not be loaded. */
  loadFailed: string;
  /** A bucket of the page-supplied `buckets` is invalid: a time that is no date, a count that is no event count (the detail names the bucket). */
  invalidBuckets: string;
  /** The detail of a bad bucket (given or in a client's answer) or answer window: its path (`buckets[3].time`, `since`) and what was expected there. */
  invalidBucket: (path: string, field: BadField) => string;
}

declare module '../../i18n/translation.js' {
  interface Translation {
    volumeChart: VolumeChartStrings;
  }
}

defineStrings('volumeChart', {
  chartLabel: 'Event volume by action',
  chartRole: 'chart',
  rangeLabel: 'Time range',
  presets: { '24h': '24 h', '7d': '7 d', '30d': '30 d', '90d': '90 d', custom: 'Custom' },
  from: (zone) => `From (${zone})`,
  to: (zone) => `To (${zone})`,
  apply: 'Apply',
  invalidRange: 'The end must be after the start.',
  clearRange: 'Clear range',
  selected: (range, action) => (action ? `Selected: ${range}, ${action}` : `Selected: ${range}`),
  bars: (bar, source, same) => (same ? `Bars of ${bar} (the server's bucket size)` : `Bars of ${bar} (server buckets: ${source})`),
  cutNotice: (from) => `Shown from ${from}: the events source answers no further back.`,
  summary: (s) => {
    const head = `${s.totalText} ${s.total === 1 ? 'event' : 'events'} from ${s.range}, in ${s.bars} ${s.bars === 1 ? 'bar' : 'bars'} of ${s.bar}.`;
    const busiest = s.busiest ? ` Busiest: ${s.busiest.range} with ${s.busiest.totalText}.` : '';
    const top = s.top.length ? ` Most frequent: ${s.top.join(', ')}.` : '';
    const grouped = s.grouped ? ` ${s.grouped} less frequent actions are grouped as “Other actions”.` : '';
    return head + busiest + top + grouped;
  },
  noEvents: 'No events in this time range.',
  legendLabel: 'Actions (toggle to show or hide)',
  unnamedAction: 'Unnamed action',
  otherActions: (countText) => `Other actions (${countText})`,
  actionTableCaption: 'Events per action',
  columnAction: 'Action',
  legendItem: (label, totalText) => `${label} (${totalText})`,
  tableCaption: (bar) => `Events per ${bar}, by action`,
  columnTime: (zone) => `Time (${zone})`,
  columnTotal: 'Events',
  columnActions: 'By action',
  actionCount: (label, countText) => `${label} ${countText}`,
  events: (count, countText) => `${countText} ${count === 1 ? 'event' : 'events'}`,
  more: (_count, countText) => `and ${countText} more`,
  moreActions: (count, countText, eventsText) => `and ${countText} more ${count === 1 ? 'action' : 'actions'} (${eventsText})`,
  groupIn: (list) => `(${list})`,
  groupHeld: (list) => `In this bar: ${list}.`,
  keyboardHelp:
    'Arrow keys move between bars, Up and Down between actions, Enter selects the bar or action as the time range, Shift with arrows extends a range, Escape cancels.',
  keyboardHint: '← → bars · ↑ ↓ actions · Enter selects · Shift + arrows extend · Esc cancels',
  announceBar: (range, eventsText, top) => (top ? `${range}: ${eventsText}. ${top}.` : `${range}: ${eventsText}.`),
  announceSegment: (action, eventsText, range) => `${action}: ${eventsText}, ${range}.`,
  announceFocusLeft: (range, now) => `${range} is no longer in the chart. Now on ${now}`,
  announcePending: (range) => `Range ${range}. Press Enter to select it.`,
  refreshing: 'Updating…',
  loadFailed: 'The chart could not be loaded.',
  invalidBuckets: 'The volume data given to the chart is invalid.',
  invalidBucket: (path, field) =>
    `Unexpected value at ${path}: expected ${
      {
        time: 'an ISO 8601 date',
        since: 'an ISO 8601 date',
        until: 'an ISO 8601 date after since',
        count: 'a whole number of events (0 or more)',
        action: 'a string',
        bucketMs: 'a whole number of milliseconds from 1 to until − since',
      }[field]
    }.`,
});
