import { defineStrings } from '../../i18n/translation.js';

export interface DetailStrings {
  /** Accessible name of the whole view. */
  label: (action: string) => string;
  noEvent: string;
  /** The event asked for is gone (the server answered 404 / 410): deleted, or expired and purged. */
  notFound: string;
  notFoundDetail: string;
  /** The last chip of a long list: how many more items there are (the raw JSON has them all). */
  moreItems: (n: number) => string;
  // Summary
  summary: string;
  eventId: string;
  copyId: string;
  action: string;
  created: string;
  expires: string;
  neverExpires: string;
  /** A time (created, expires, a version's) that is no time: an unvalidated source handed over a number, words or nothing. */
  timeUnknown: string;
  user: string;
  onBehalfOf: (username: string) => string;
  authenticatedAs: (username: string) => string;
  anonymous: string;
  noUser: string;
  /**
   * A username with nothing visible (only zero-width, bidi or other invisible characters, or
   * white space), named by its code points: `(invisible name: U+200B)`.
   */
  invisibleName: (codes: string) => string;
  /**
   * A value from data that is no name (a text field, a list item, a request path) with nothing
   * visible, named by its code points: `(invisible value: U+200B)`.
   */
  invisibleValue: (codes: string) => string;
  app: string;
  clientIp: string;
  location: string;
  network: string;
  /** `AS64500 Example Carrier` */
  asn: (asn: string, org: string) => string;
  brand: string;
  request: string;
  // Sections
  details: string;
  context: string;
  otherContext: string;
  emptyContext: string;
  // Per-action fields
  fields: {
    authMethod: string;
    authMethodArgs: string;
    stage: string;
    username: string;
    password: string;
    application: string;
    scopes: string;
    flow: string;
    impersonator: string;
    impersonated: string;
    reason: string;
    binding: string;
    requestUser: string;
    requestObject: string;
    mapping: string;
    task: string;
    taskUid: string;
    message: string;
    subject: string;
    to: string;
    from: string;
    body: string;
    secret: string;
    newVersion: string;
    changelog: string;
    model: string;
    expression: string;
  };
  // Changes
  changes: string;
  createdWith: string;
  stateWhenDeleted: string;
  field: string;
  previous: string;
  new: string;
  value: string;
  m2mAdded: string;
  m2mRemoved: string;
  m2mCleared: string;
  unrecognised: string;
  secretChanged: string;
  noFieldChanges: string;
  /** A deleted object whose recorded state (`model_state`) has no fields. */
  noDeletedFields: string;
  // Exceptions
  error: string;
  traceback: string;
  frames: (n: number) => string;
  libraryFrames: (n: number) => string;
  /** The middle of a long traceback, a page at a time: "Show 100 more frames (800 hidden)". */
  moreFrames: (next: number, hidden: number) => string;
  /** The middle of a long chain of exceptions: "Show 20 more exceptions (4,960 hidden)". */
  moreExceptions: (next: number, hidden: number) => string;
  /** `line 52` */
  lineNumber: (line: number) => string;
  /** `in evaluate` */
  inFunction: (fn: string) => string;
  copyTraceback: string;
  /** Added, visually hidden, to the name of a link that opens a new tab: "(opens in a new tab)". */
  opensInNewTab: string;
  causedBy: string;
  // Raw JSON
  rawJson: string;
  copyJson: string;
  downloadJson: string;
  copyFailed: string;
  showMoreLines: (next: number, left: number) => string;
  // Compare versions
  compare: string;
  compareVersions: string;
  compareFrom: string;
  compareTo: string;
  noVersions: string;
  /** One option: `20 Nov 2026, 10:15 · akadmin` */
  version: (when: string, user: string) => string;
  thisEvent: string;
  versionsShown: (shown: number, total: number | null) => string;
  sameVersion: string;
}

declare module '../../i18n/translation.js' {
  interface Translation {
    detail: DetailStrings;
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const detailStrings: DetailStrings = {
  label: (action) => `Event: ${action}`,
  noEvent: 'No event selected.',
  notFound: 'This event no longer exists.',
  notFoundDetail: 'It may have been deleted or expired.',
  moreItems: (n) => `+${n.toLocaleString('en-US')} more`,
  summary: 'Summary',
  eventId: 'Event ID',
  copyId: 'Copy event ID',
  action: 'Action',
  created: 'Created',
  expires: 'Expires',
  neverExpires: 'Never',
  timeUnknown: 'Time unknown',
  user: 'User',
  onBehalfOf: (username) => `on behalf of ${username}`,
  authenticatedAs: (username) => `authenticated as ${username}`,
  anonymous: 'anonymous',
  noUser: 'No user',
  invisibleName: (codes) => `(invisible name: ${codes})`,
  invisibleValue: (codes) => `(invisible value: ${codes})`,
  app: 'App',
  clientIp: 'Client IP',
  location: 'Location',
  network: 'Network',
  asn: (asn, org) => (org ? `AS${asn} ${org}` : `AS${asn}`),
  brand: 'Brand',
  request: 'Request',
  details: 'Details',
  context: 'Context',
  otherContext: 'Other context',
  emptyContext: 'This event has no context.',
  fields: {
    authMethod: 'Authentication method',
    authMethodArgs: 'Method details',
    stage: 'Stage',
    username: 'Username',
    password: 'Password',
    application: 'Application',
    scopes: 'Scopes',
    flow: 'Flow',
    impersonator: 'Impersonator',
    impersonated: 'Impersonated user',
    reason: 'Reason',
    binding: 'Policy binding',
    requestUser: 'Request user',
    requestObject: 'Object',
    mapping: 'Property mapping',
    task: 'Task',
    taskUid: 'Task instance',
    message: 'Message',
    subject: 'Subject',
    to: 'To',
    from: 'From',
    body: 'Body',
    secret: 'Secret',
    newVersion: 'New version',
    changelog: 'Release notes',
    model: 'Object',
    expression: 'Expression',
  },
  changes: 'Changes',
  createdWith: 'Created with',
  stateWhenDeleted: 'State when deleted',
  field: 'Field',
  previous: 'Previous',
  new: 'New',
  value: 'Value',
  m2mAdded: 'Added',
  m2mRemoved: 'Removed',
  m2mCleared: 'Cleared: every relation removed',
  unrecognised: 'Unrecognised change record, shown as recorded',
  secretChanged: 'Secret changed (values are masked)',
  noFieldChanges: 'The change record is empty.',
  noDeletedFields: 'No fields were recorded for the deleted object.',
  error: 'Error',
  traceback: 'Traceback',
  frames: (n) => `Traceback (${plural(n, 'frame', 'frames')}, most recent call last)`,
  libraryFrames: (n) => plural(n, 'library frame', 'library frames'),
  moreFrames: (next, hidden) => `Show ${plural(next, 'more frame', 'more frames')} (${hidden.toLocaleString('en-US')} hidden)`,
  moreExceptions: (next, hidden) => `Show ${plural(next, 'more exception', 'more exceptions')} (${hidden.toLocaleString('en-US')} hidden)`,
  lineNumber: (line) => `line ${line}`,
  inFunction: (fn) => `in ${fn}`,
  copyTraceback: 'Copy traceback',
  opensInNewTab: '(opens in a new tab)',
  causedBy: 'Earlier exception',
  rawJson: 'Raw JSON',
  copyJson: 'Copy JSON',
  downloadJson: 'Download JSON',
  copyFailed: 'Copying failed: select the text and copy it yourself.',
  showMoreLines: (next, left) => `Show ${next.toLocaleString('en-US')} more lines (${left.toLocaleString('en-US')} left)`,
  compare: 'Compare versions',
  compareVersions: 'Compare versions of this object',
  compareFrom: 'Compare',
  compareTo: 'with',
  noVersions: 'No other versions of this object were found.',
  version: (when, user) => `${when} · ${user}`,
  thisEvent: '(this event)',
  versionsShown: (shown, total) => (total !== null && total > shown ? `Latest ${shown} of ${total} versions.` : plural(shown, 'version', 'versions')),
  sameVersion: 'Pick two different versions.',
};

defineStrings('detail', detailStrings);
