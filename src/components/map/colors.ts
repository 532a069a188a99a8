/**
 * Canvas drawing cannot read CSS custom properties: the map's colour tokens (`--ev-map-*`, the
 * action palette) resolved to concrete colours through the element's ThemeColorsController,
 * so `light-dark()`, `theme="dark"`, a container's `--ev-color-scheme` and page overrides all
 * apply, and are re-resolved when any of them changes.
 */
import { ThemeColorsController } from '../../controllers/theme-colors.js';
import { PALETTE_SIZE } from '../../format/actions.js';
import { type TokenName, t } from '../../styles/token.js';

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
const MAP_COLOR_VARS = {
  land: t('color-surface-raised', 'map-land').cssText,
  border: t('color-border-strong', 'map-border').cssText,
  markerStroke: t('color-bg', 'map-marker-stroke').cssText,
  markerText: t('color-bg', 'map-marker-text').cssText,
  selection: t('color-text', 'map-selection').cssText,
} as const;

/** Every map colour, through `resolve` (a CSS colour expression → a concrete colour). */
export function resolvePalette(resolve: (expression: string) => string): MapPalette {
  const slots: string[] = [];
  for (let slot = 0; slot <= PALETTE_SIZE; slot++) slots.push(resolve(t(`action-${slot}` as TokenName).cssText));
  return {
    land: resolve(MAP_COLOR_VARS.land),
    border: resolve(MAP_COLOR_VARS.border),
    markerStroke: resolve(MAP_COLOR_VARS.markerStroke),
    markerText: resolve(MAP_COLOR_VARS.markerText),
    selection: resolve(MAP_COLOR_VARS.selection),
    slots,
  };
}

/** The map's colours as its element sees them: resolved when first drawn, and again after a change of theme anywhere above it (`onChange`: redraw). */
export class MapColors {
  #palette?: MapPalette;
  readonly #theme: ThemeColorsController;

  constructor(host: ConstructorParameters<typeof ThemeColorsController>[0], onChange: () => void) {
    this.#theme = new ThemeColorsController(host, {
      onChange: () => {
        this.#palette = undefined;
        onChange();
      },
    });
  }

  get palette(): MapPalette {
    this.#palette ??= resolvePalette((expression) => this.#theme.resolve(expression));
    return this.#palette;
  }
}
