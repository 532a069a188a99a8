/**
 * Canvas drawing cannot read CSS custom properties: this resolves the map's colour tokens
 * (`--ev-map-*`, the action palette) to concrete colours with a hidden probe element inside
 * the shadow root, so `light-dark()`, `theme="dark"` and page overrides all apply. Re-resolved
 * when the theme or the operating system's colour scheme changes.
 *
 * (A shared theme-colours controller is planned in src/controllers; this is the map's own
 * small resolver until it lands.)
 */
import { PALETTE_SIZE } from '../../format/actions.js';
import { type TokenName, tokenDefault } from '../../styles/token.js';

export interface MapPalette {
  land: string;
  border: string;
  /** Outline of markers and the count inside them. */
  markerStroke: string;
  markerText: string;
  /** Colour per palette slot 0–12. */
  slots: string[];
}

/** CSS value of each map colour: a per-component hook falling back to a global token. */
export const MAP_COLOR_VARS = {
  land: `var(--ev-map-land, var(--ev-color-surface-raised, ${tokenDefault('color-surface-raised')}))`,
  border: `var(--ev-map-border, var(--ev-color-border-strong, ${tokenDefault('color-border-strong')}))`,
  markerStroke: `var(--ev-map-marker-stroke, var(--ev-color-bg, ${tokenDefault('color-bg')}))`,
  markerText: `var(--ev-map-marker-text, var(--ev-color-bg, ${tokenDefault('color-bg')}))`,
} as const;

export function resolvePalette(container: Element): MapPalette {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.display = 'none';
  container.append(probe);
  const resolve = (value: string) => {
    probe.style.color = '';
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  try {
    const slots: string[] = [];
    for (let slot = 0; slot <= PALETTE_SIZE; slot++) slots.push(resolve(`var(--ev-action-${slot}, ${tokenDefault(`action-${slot}` as TokenName)})`));
    return {
      land: resolve(MAP_COLOR_VARS.land),
      border: resolve(MAP_COLOR_VARS.border),
      markerStroke: resolve(MAP_COLOR_VARS.markerStroke),
      markerText: resolve(MAP_COLOR_VARS.markerText),
      slots,
    };
  } finally {
    probe.remove();
  }
}
