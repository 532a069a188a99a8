/**
 * A readable traceback: the final error line first and prominent, then the frames (most recent
 * call last) with their code; runs of library frames fold into one "N library frames" toggle,
 * and the whole frame list folds too. Earlier exceptions of a chain are folded above. Text only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ViewState } from '../json-diff/view-state.js';
import type { DetailStrings } from './detail.strings.js';
import type { ParsedException, ParsedTraceback, TraceFrame } from './traceback.js';
import { clip, MAX_TEXT } from '../../format/clip.js';

export interface TracebackContext {
  d: DetailStrings;
  state: ViewState;
  /** Copies text and announces the result. */
  copy: (text: string) => void;
}

function frame(f: TraceFrame, d: DetailStrings): TemplateResult {
  return html`<li class="frame ${f.library ? 'library' : ''}" part="frame">
    <div class="frame-head">
      <bdi class="file" part="frame-file">${clip(f.file)}</bdi>${f.line !== null ? html`<span class="line">, ${d.lineNumber(f.line)}</span>` : nothing}${f.fn
        ? html`<span class="fn" part="frame-function">, ${d.inFunction(clip(f.fn))}</span>`
        : nothing}
    </div>
    ${f.code.length ? html`<pre class="code" part="frame-code"><code>${clip(f.code.join('\n'))}</code></pre>` : nothing}
  </li>`;
}

/**
 * Frames shown at each end of a long traceback (where it started, where it failed); the middle
 * is revealed a page of this many at a time, so a message of 20,000 frames (a hostile one; a
 * RecursionError has about 1,000) does not put 20,000 frames on the page.
 */
const FRAME_PAGE = 100;

/**
 * The frame list. A long one is two lists with the "Show more frames" button between them, not
 * in them, so a screen reader counts only frames; the second list starts at its first frame's
 * number.
 */
function frames(e: ParsedException, path: string, ctx: TracebackContext): TemplateResult {
  const { d, state } = ctx;
  const count = e.frames.length;
  const key = `${path}/shown`;
  const head = Math.min(count, state.limit(key, FRAME_PAGE));
  const paged = count > head + FRAME_PAGE;
  const end = paged ? head : count;
  const hidden = count - head - FRAME_PAGE;
  return html`<ol class="frames" part="frames">${frameRange(e, 0, end, path, ctx)}</ol>
    ${paged
      ? // Keyed by the page, so the button is a new one after each page and focus moves on.
        html`${keyed(
          head,
          html`<div class="more-frames">
            <button
              type="button"
              class="link"
              part="more-button"
              @click=${(event: Event) => {
                // Focus goes to the first frame revealed: the item after the last one shown.
                const list = (event.currentTarget as Element).parentElement?.previousElementSibling;
                const index = list?.children.length ?? 0;
                state.keepFocus(event.currentTarget, () => list?.children[index]);
                state.more(key, FRAME_PAGE);
              }}
            >
              ${d.moreFrames(Math.min(FRAME_PAGE, hidden), hidden)}
            </button>
          </div>`,
        )}
          <ol class="frames" part="frames" start=${count - FRAME_PAGE + 1}>${frameRange(e, count - FRAME_PAGE, count, path, ctx)}</ol>`
      : nothing}`;
}

/** Frames `from` to `to` (exclusive), runs of library frames folded. */
function frameRange(e: ParsedException, from: number, to: number, path: string, ctx: TracebackContext): TemplateResult[] {
  const { d, state } = ctx;
  const out: TemplateResult[] = [];
  for (let i = from; i < to; ) {
    const f = e.frames[i]!;
    if (!f.library) {
      out.push(frame(f, d));
      i++;
      continue;
    }
    let end = i;
    while (end < to && e.frames[end]!.library) end++;
    const run = e.frames.slice(i, end);
    const key = `${path}/lib${i}`;
    if (run.length === 1 && i + 1 === e.frames.length) {
      // A lone last frame is where the error was raised: show it.
      out.push(frame(f, d));
    } else {
      const open = state.isOpen(key);
      out.push(html`<li class="library-run" part="library-frames">
        <button type="button" class="link" aria-expanded=${open ? 'true' : 'false'} @click=${() => state.toggle(key)}>
          <span class="chevron" aria-hidden="true"></span>${d.libraryFrames(run.length)}
        </button>
        ${open ? html`<ol class="frames nested">${run.map((x) => frame(x, d))}</ol>` : nothing}
      </li>`);
    }
    i = end;
  }
  return out;
}

function exception(e: ParsedException, path: string, ctx: TracebackContext, prominent: boolean): TemplateResult {
  const { d, state } = ctx;
  const key = `${path}/frames`;
  const open = state.isOpen(key, prominent);
  const type = e.type
    ? html`<span class="exc-type" part="error-type"><bdi>${clip(e.type)}</bdi></span>${e.message ? html`<span class="colon">: </span>` : nothing}`
    : nothing;
  return html`<p class="error-line ${prominent ? 'prominent' : ''}" part="error-line">${type}<span class="exc-message" part="error-message"><bdi>${clip(e.message)}</bdi></span></p>
    ${e.frames.length
      ? html`<button type="button" class="link frames-toggle" part="frames-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${() => state.toggle(key, prominent)}>
            <span class="chevron" aria-hidden="true"></span>${d.frames(e.frames.length)}
          </button>
          ${open ? frames(e, path, ctx) : nothing}`
      : nothing}`;
}

/**
 * Earlier exceptions of a chain shown at each end (the first one raised, the ones just before the
 * error); the middle is revealed a page of this many at a time, so a chain of 5,000 exceptions (a
 * hostile or looping message) does not put 5,000 "Caused by" buttons on the page.
 */
const CAUSE_PAGE = 20;

function cause(c: ParsedTraceback['causes'][number], i: number, ctx: TracebackContext): TemplateResult {
  const { d, state } = ctx;
  const key = `/tb/cause${i}`;
  const open = state.isOpen(key);
  return html`<div class="cause" part="cause" data-cause=${i}>
    <button type="button" class="link" aria-expanded=${open ? 'true' : 'false'} @click=${() => state.toggle(key)}>
      <span class="chevron" aria-hidden="true"></span>${d.causedBy}: <bdi>${clip(c.type || c.message.slice(0, MAX_TEXT + 1).split('\n')[0]!)}</bdi>
    </button>
    ${open ? html`<div class="cause-body">${exception(c, key, ctx, false)}<p class="muted">${clip(c.link)}</p></div>` : nothing}
  </div>`;
}

function causes(list: ParsedTraceback['causes'], ctx: TracebackContext): TemplateResult {
  const { d, state } = ctx;
  const count = list.length;
  const key = '/tb/causes';
  const head = Math.min(count, state.limit(key, CAUSE_PAGE));
  const paged = count > head + CAUSE_PAGE;
  const hidden = count - head - CAUSE_PAGE;
  const range = (from: number, to: number) => list.slice(from, to).map((c, k) => cause(c, from + k, ctx));
  return html`${range(0, paged ? head : count)}${paged
    ? // Keyed by the page, so the button is a new one after each page and focus moves on.
      html`${keyed(
        head,
        html`<div class="more-causes">
          <button
            type="button"
            class="link"
            part="more-button"
            @click=${(event: Event) => {
              // Focus goes to the first exception revealed.
              const root = (event.currentTarget as Element).getRootNode() as ParentNode;
              state.keepFocus(event.currentTarget, () => root.querySelector(`[data-cause="${head}"] > button`) ?? undefined);
              state.more(key, CAUSE_PAGE);
            }}
          >
            ${d.moreExceptions(Math.min(CAUSE_PAGE, hidden), hidden)}
          </button>
        </div>`,
      )}
        ${range(count - CAUSE_PAGE, count)}`
    : nothing}`;
}

export function renderTraceback(parsed: ParsedTraceback, text: string, ctx: TracebackContext): TemplateResult {
  const { d } = ctx;
  return html`<div class="exception" part="exception">
    ${parsed.preamble ? html`<pre class="pre" part="pre">${clip(parsed.preamble)}</pre>` : nothing}
    ${exception(parsed.error, '/tb', ctx, true)} ${causes(parsed.causes, ctx)}
    <button type="button" part="copy-button" @click=${() => ctx.copy(text)}>${d.copyTraceback}</button>
  </div>`;
}
