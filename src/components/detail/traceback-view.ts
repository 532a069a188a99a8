/**
 * A readable traceback: the final error line first and prominent, then the frames (most recent
 * call last) with their code; runs of library frames fold into one "N library frames" toggle,
 * and the whole frame list folds too. Earlier exceptions of a chain are folded above. Text only.
 */
import { html, nothing, type TemplateResult } from 'lit';
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

function frames(e: ParsedException, path: string, ctx: TracebackContext): TemplateResult[] {
  const { d, state } = ctx;
  const count = e.frames.length;
  const key = `${path}/shown`;
  const head = state.limit(key, FRAME_PAGE);
  if (count <= head + FRAME_PAGE) return frameRange(e, 0, count, path, ctx);
  const hidden = count - head - FRAME_PAGE;
  return [
    ...frameRange(e, 0, head, path, ctx),
    html`<li class="more-frames">
      <button
        type="button"
        class="link"
        part="more-button"
        @click=${(event: Event) => {
          // Focus goes to the first frame revealed (it takes this row's place).
          state.keepFocus(event.currentTarget);
          state.more(key, FRAME_PAGE);
        }}
      >
        ${d.moreFrames(Math.min(FRAME_PAGE, hidden), hidden)}
      </button>
    </li>`,
    ...frameRange(e, count - FRAME_PAGE, count, path, ctx),
  ];
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
          ${open ? html`<ol class="frames" part="frames">${frames(e, path, ctx)}</ol>` : nothing}`
      : nothing}`;
}

export function renderTraceback(parsed: ParsedTraceback, text: string, ctx: TracebackContext): TemplateResult {
  const { d, state } = ctx;
  return html`<div class="exception" part="exception">
    ${parsed.preamble ? html`<pre class="pre" part="pre">${clip(parsed.preamble)}</pre>` : nothing}
    ${exception(parsed.error, '/tb', ctx, true)}
    ${parsed.causes.map((cause, i) => {
      const key = `/tb/cause${i}`;
      const open = state.isOpen(key);
      return html`<div class="cause" part="cause">
        <button type="button" class="link" aria-expanded=${open ? 'true' : 'false'} @click=${() => state.toggle(key)}>
          <span class="chevron" aria-hidden="true"></span>${d.causedBy}: <bdi>${clip(cause.type || cause.message.slice(0, MAX_TEXT + 1).split('\n')[0]!)}</bdi>
        </button>
        ${open ? html`<div class="cause-body">${exception(cause, key, ctx, false)}<p class="muted">${clip(cause.link)}</p></div>` : nothing}
      </div>`;
    })}
    <button type="button" part="copy-button" @click=${() => ctx.copy(text)}>${d.copyTraceback}</button>
  </div>`;
}
