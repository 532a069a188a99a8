/**
 * An action's label as `<ev-log>` and `<ev-map>` show it, in parts. A known action's label is the
 * translation's, as it is. A custom or unknown action's label is made of event data and shown as
 * names are (`shownName`): "Custom: Ac⟨U+200B⟩me sync" does not pass for "Custom: Acme sync", and
 * its bidi controls are marks, so they never act. Each element passes its own strings and limit.
 *
 * No DOM and no Lit here: `<ev-map>`'s popups build their nodes from these parts.
 */
import { actionLabel, isKnownAction } from './actions.js';
import { clipText } from './clip.js';
import { partsText, type ShownPart, isBlankName, shownName } from './invisible.js';
import type { Translation } from '../i18n/translation.js';

export interface ActionShownOptions {
  /** The element's "(invisible name: U+200B)" for a label with nothing visible. */
  invisibleName: (codes: string) => string;
  /** Longest label shown (UTF-16 units, cut with an ellipsis). */
  max: number;
  /**
   * When given, what an action that is no string or shows nothing is called (`<ev-map>`'s
   * "Unnamed action"), not "Null" or "[object Object]". Without it the action is taken as text.
   */
  unnamed?: string;
}

/** An action's label as shown, in parts (see above). */
export function shownActionParts(action: unknown, t: Translation, options: ActionShownOptions): ShownPart[] {
  if (options.unnamed !== undefined && (typeof action !== 'string' || isBlankName(action))) return [{ text: options.unnamed, mark: false }];
  const name = String(action);
  const label = clipText(actionLabel(name, t), options.max);
  return isKnownAction(name) ? [{ text: label, mark: false }] : shownName(label, options.invisibleName);
}

/** `shownActionParts` as one string (accessible names): the marks' text in place. */
export function shownActionText(action: unknown, t: Translation, options: ActionShownOptions): string {
  return partsText(shownActionParts(action, t, options));
}
