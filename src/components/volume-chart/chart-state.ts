/**
 * What the Chart.js view draws from (`VolumeChartState`), built from the element's model and its
 * resolved colours, fonts, language and time zone.
 */
import type { ThemeColorsController } from '../../controllers/theme-colors.js';
import { formatNumber } from '../../format/time.js';
import { tokenDefault } from '../../styles/token.js';
import type { VolumeChartState } from './chart-runtime.js';
import { timeTicks } from './time-axis.js';
import { colorExpression } from './volume-chart.parts.js';
import type { ActionKey, VolumeModel } from './volume-model.js';

export interface ChartStateInput {
  model: VolumeModel;
  hidden: ReadonlySet<ActionKey>;
  /** Tallest visible stack. */
  max: number;
  rtl: boolean;
  lang: string;
  zone: string;
}

export function chartState(host: HTMLElement, theme: ThemeColorsController, { model, hidden, max, rtl, lang, zone }: ChartStateInput): VolumeChartState {
  const style = getComputedStyle(host);
  const token = (hook: string, name: 'color-text-muted' | 'color-border') => theme.resolve(`var(--ev-volume-chart-${hook}, var(--ev-${name}, ${tokenDefault(name)}))`);
  return {
    model,
    hidden,
    // Series colours stay in forced-colours mode (they tell actions apart); axes follow it.
    colors: model.actions.map((a) => theme.resolve(colorExpression(a, model.actions), undefined, { keepInForcedColors: true })),
    max,
    rtl,
    text: token('axis', 'color-text-muted'),
    grid: token('grid', 'color-border'),
    fontFamily: style.fontFamily,
    fontSize: Math.round((parseFloat(style.fontSize) || 14) * 0.86),
    xTicks: (min, max, width) => timeTicks(min, max, width, lang, zone),
    yLabel: (value) => formatNumber(value, lang, { notation: 'compact' }),
  };
}
