/**
 * Which state covers `<ev-map>`'s map (error, loading, no client, empty) or none (ready), and its
 * template: the element's shared state views, the load's progress while the first pages arrive.
 */
import { TaskStatus } from '@lit/task';
import { type TemplateResult, nothing } from 'lit';
import type { ViewState } from '../../base/ev-data-element.js';
import { isAbortError } from '../../client/errors.js';
import type { Translation } from '../../i18n/translation.js';
import { renderLoadProgress } from './map-frame.js';
import type { MapData } from './map.parts.js';

export interface OverlayInput {
  t: Translation;
  status: TaskStatus;
  /** The task's error (aborts are no error). */
  taskError: unknown;
  /** The map (Leaflet, its base layer) could not be built. */
  viewError: unknown;
  data: MapData | undefined;
  /** Events are handed (`.events`) or a client is there: something is to come. */
  hasSource: boolean;
  /** The load's progress as shown, while pages arrive. */
  progress: string | undefined;
  /** An area filter is in effect (the empty state offers to clear it). */
  area: boolean;
  clearArea: () => void;
  /** The element's shared state views. */
  views: {
    error: (error: unknown) => TemplateResult;
    loading: () => TemplateResult;
    noClient: () => TemplateResult;
    empty: (message: string, action?: { label: string; run: () => void }) => TemplateResult;
  };
}

export interface Overlay {
  state: ViewState;
  template: TemplateResult | typeof nothing;
}

export function mapOverlay(o: OverlayInput): Overlay {
  const t = o.t.map;
  const error = o.viewError ?? (o.status === TaskStatus.ERROR && !isAbortError(o.taskError) ? o.taskError : undefined);
  if (error) return { state: 'error', template: o.views.error(error) };
  const data = o.data;
  if (o.status === TaskStatus.PENDING || (o.status === TaskStatus.INITIAL && o.hasSource)) {
    return { state: 'loading', template: o.progress !== undefined && !data ? renderLoadProgress(o.progress) : data ? nothing : o.views.loading() };
  }
  if (!o.hasSource) return { state: 'no-client', template: o.views.noClient() };
  if (!data || data.index.places.length === 0) {
    return { state: 'empty', template: o.views.empty(t.noLocatedEvents, o.area ? { label: t.clearArea, run: o.clearArea } : undefined) };
  }
  return { state: 'ready', template: nothing };
}
