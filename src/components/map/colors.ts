/**
 * Canvas drawing cannot read CSS custom properties: the map's colour tokens (`--ev-map-*`, the
 * action palette) resolved to concrete colours through the element's ThemeColorsController,
 * so `light-dark()`, `theme="dark"`, a container's `--ev-color-scheme` and page overrides all
 * apply, and are re-resolved when any of them changes.
 */
import { PALETTE_SIZE } from '../../format/actions.js';
import { type TokenName, tokenDefault } from '../../styles/token.js';

export interface MapPalette {
  land: string;
  border: string;
  /** Outline of markers and the count inside them. */
  markerStroke: string;
  markerText: string;
  /** The ring around the selected event. */
  selection: string;
  /** Colour per palette slot 0–12. */
  slots: string[];
}

/** CSS value of each map colour: a per-component hook falling back to a global token. */
export const MAP_COLOR_VARS = {
  land: `var(--ev-map-land, var(--ev-color-surface-raised, ${tokenDefault('color-surface-raised')}))`,
  border: `var(--ev-map-border, var(--ev-color-border-strong, ${tokenDefault('color-border-strong')}))`,
  markerStroke: `var(--ev-map-marker-stroke, var(--ev-color-bg, ${tokenDefault('color-bg')}))`,
  markerText: `var(--ev-map-marker-text, var(--ev-color-bg, ${tokenDefault('color-bg')}))`,
  selection: `var(--ev-map-selection, var(--ev-color-text, ${tokenDefault('color-text')}))`,
} as const;

/** Every map colour, through `resolve` (a CSS colour expression → a concrete colour). */
export function resolvePalette(resolve: (expression: string) => string): MapPalette {
  const slots: string[] = [];
  for (let slot = 0; slot <= PALETTE_SIZE; slot++) slots.push(resolve(`var(--ev-action-${slot}, ${tokenDefault(`action-${slot}` as TokenName)})`));
  return {
    land: resolve(MAP_COLOR_VARS.land),
    border: resolve(MAP_COLOR_VARS.border),
    markerStroke: resolve(MAP_COLOR_VARS.markerStroke),
    markerText: resolve(MAP_COLOR_VARS.markerText),
    selection: resolve(MAP_COLOR_VARS.selection),
    slots,
  };
}
