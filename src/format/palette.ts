/**
 * Colour variants of the action palette: the actions that share a palette slot
 * (`--ev-action-<slot>`) in one view get different variants of that slot's colour, up to
 * `PALETTE_VARIANTS`, so two actions never share a colour until the variants run out.
 *
 * A variant is the slot colour made lighter or darker (mixed with the background or the text
 * colour) and, for half of them, muted (mixed with the neutral slot 0; the neutral slot itself is
 * tinted with slot 1 instead). The amounts keep every variant of the default palette at least
 * 3:1 against the background in light and dark (WCAG 1.4.11) and variants of one slot at least
 * 0.03 apart in OKLab (test/browser/volume-chart/palette.test.ts); page overrides of the tokens
 * are mixed the same way.
 */
import { actionColorVar, actionSlot } from './actions.js';
import { tokenDefault } from '../styles/token.js';
import { tokenDefaults } from '../generated/tokens.js';

/** How many distinct variants one palette slot has. */
export const PALETTE_VARIANTS = 8;

/**
 * Per variant: how far towards the text colour (positive) or the background (negative), and how
 * much of the second colour (slot 0, or slot 1 for slot 0). Ordered so the first few are the
 * furthest apart: most views have two or three actions of a slot, not eight.
 */
const VARIANTS: ReadonlyArray<readonly [shade: number, mute: number]> = [
  [0, 0],
  [60, 0],
  [-22, 60],
  [-10, 60],
  [45, 60],
  [12, 60],
  [25, 0],
  [-20, 0],
];

const slotVar = (slot: number) => `var(--ev-action-${slot}, ${tokenDefaults[`action-${slot}` as keyof typeof tokenDefaults]})`;
const TEXT = `var(--ev-color-text, ${tokenDefault('color-text')})`;
const BG = `var(--ev-color-bg, ${tokenDefault('color-bg')})`;

/** The CSS colour of variant `variant` (0 … PALETTE_VARIANTS - 1, wrapping) of palette slot `slot`. */
export function slotVariantColor(slot: number, variant: number): string {
  const [shade, mute] = VARIANTS[((variant % PALETTE_VARIANTS) + PALETTE_VARIANTS) % PALETTE_VARIANTS]!;
  let color = slotVar(slot);
  if (mute) color = `color-mix(in srgb, ${color} ${100 - mute}%, ${slotVar(slot === 0 ? 1 : 0)})`;
  if (shade) color = `color-mix(in srgb, ${color} ${100 - Math.abs(shade)}%, ${shade > 0 ? TEXT : BG})`;
  return color;
}

/** The CSS colour of an action as the `variant`-th action of its palette slot in a view. */
export function actionVariantColor(action: string, variant: number): string {
  return variant % PALETTE_VARIANTS === 0 ? actionColorVar(action) : slotVariantColor(actionSlot(action), variant);
}
