/**
 * The loading / empty / error / no-client views every data element shows (styled by
 * `stateStyles`), as plain functions so an element that does not extend `EvDataElement` (the
 * notification bell keeps its bundle small) renders exactly the same markup.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { EventsApiError, EventsHttpError, EventsValidationError } from '../client/errors.js';
import type { CommonStrings } from '../i18n/translation.js';

/** A short user-facing message for an error; never includes response bodies or tokens. */
export function errorMessage(t: CommonStrings, error: unknown): { title: string; detail: string } {
  if (error instanceof EventsApiError && error.kind !== 'aborted') {
    const detail =
      error instanceof EventsValidationError ? t.invalidPath(error.path) : error instanceof EventsHttpError ? t.httpStatus(error.status) : '';
    return { title: t.errors[error.kind], detail };
  }
  return { title: t.errorTitle, detail: '' };
}

export function loadingView(label: string): TemplateResult {
  return html`<div part="loading" class="ev-state ev-loading" role="status" aria-live="polite">
    <span class="ev-spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

export function errorView(t: CommonStrings, { title, detail }: { title: string; detail: string }, retry: () => void): TemplateResult {
  return html`<div part="error" class="ev-state ev-error" role="alert">
    <p class="ev-error-title">${title}</p>
    ${detail ? html`<p class="ev-error-detail">${detail}</p>` : nothing}
    <button part="retry-button" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

export function emptyView(message: string, action?: { label: string; run: () => void }): TemplateResult {
  return html`<div part="empty" class="ev-state ev-empty" role="status">
    <p>${message}</p>
    ${action ? html`<button part="empty-action" type="button" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}

export function noClientView(t: CommonStrings): TemplateResult {
  return html`<div part="empty" class="ev-state ev-no-client" role="status"><p>${t.noClient}</p></div>`;
}
