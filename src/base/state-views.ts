/**
 * The loading / empty / error / no-client views every data element shows (styled by
 * `stateStyles`), as plain functions so an element that does not extend `EvDataElement` (the
 * notification bell keeps its bundle small) renders exactly the same markup.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EventsApiError, EventsHttpError, EventsTooLargeError, EventsValidationError } from '../client/errors.js';
import type { CommonStrings } from '../i18n/translation.js';

/** A short user-facing message for an error; never includes response bodies or tokens. */
export function errorMessage(t: CommonStrings, error: unknown): { title: string; detail: string } {
  // Past the size cap: not data of a wrong shape, but too much of it.
  if (error instanceof EventsTooLargeError) return { title: t.tooLarge(error.maxBytes), detail: '' };
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

/**
 * Whether trying again can help. A config error (the client's own options cannot be sent) and an
 * unsupported view send nothing and fail the same way until the page's code changes. An auth
 * error can pass next time (the token function is asked again; the user may sign in meanwhile).
 */
export function canRetry(error: unknown): boolean {
  return !(error instanceof EventsApiError && (error.kind === 'config' || error.kind === 'unsupported'));
}

/**
 * The error view; without `retry` it has no button and can take focus itself (`tabindex="-1"`), so
 * focus that was on a Retry it replaced need not fall to the page.
 */
export function errorView(t: CommonStrings, { title, detail }: { title: string; detail: string }, retry: (() => void) | undefined): TemplateResult {
  return html`<div part="error" class="ev-state ev-error" role="alert" tabindex=${ifDefined(retry ? undefined : -1)}>
    <p class="ev-error-title">${title}</p>
    ${detail ? html`<p class="ev-error-detail">${detail}</p>` : nothing}
    ${retry ? html`<button part="retry-button" type="button" @click=${retry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** A message that can take focus itself (`tabindex="-1"`): the empty view without an action (`empty`), the view without a client (`no-client`). */
export const messageView = (message: string, kind: 'empty' | 'no-client' = 'empty'): TemplateResult =>
  html`<div part="empty" class="ev-state ev-${kind}" role="status" tabindex="-1"><p>${message}</p></div>`;

/** The empty view; without `action` it can take focus itself (`tabindex="-1"`), as the error view without Retry. */
export function emptyView(message: string, action?: { label: string; run: () => void }): TemplateResult {
  if (!action) return messageView(message);
  return html`<div part="empty" class="ev-state ev-empty" role="status">
    <p>${message}</p>
    <button part="empty-action" type="button" @click=${action.run}>${action.label}</button>
  </div>`;
}

/** The view without a client; it can take focus itself (`tabindex="-1"`). */
export const noClientView = (t: CommonStrings): TemplateResult => messageView(t.noClient, 'no-client');
