/** Names in words, with no side effects (the action catalogue in actions.ts registers strings). */

/** `report_generated` → `Report generated`. */
export function humanize(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}
