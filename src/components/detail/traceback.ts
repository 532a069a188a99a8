/**
 * Parses Python tracebacks as authentik stores them: `exception_to_string` writes the header
 * `Traceback (most recent call last):`, then per frame `  File "…", line N, in fn` followed by the
 * frame's code line(s) (and, on Python 3.11+, caret lines), then `package.module.Class: message`.
 * Also reads plain `traceback.format_exception` text (chained exceptions) and the legacy
 * structured `context.exception` dict. Pure: no DOM.
 */
import type { JsonValue } from '../../client/types.js';
import { isJsonObject } from '../../diff/equal.js';

export interface TraceFrame {
  file: string;
  /** Line number, or null when absent. */
  line: number | null;
  fn: string;
  /** The source line(s) shown under the frame (indentation relative to the frame kept). */
  code: string[];
  /** True for frames inside installed packages or the standard library. */
  library: boolean;
}

export interface ParsedException {
  frames: TraceFrame[];
  /** `netaddr.core.AddrFormatError`; empty when the final line has no type. */
  type: string;
  message: string;
}

export interface ParsedTraceback {
  /** Text before the first header, if any (kept, shown as is). */
  preamble: string;
  /** Earlier exceptions of a chain, oldest first, each with the sentence that links it. */
  causes: Array<ParsedException & { link: string }>;
  /** The exception that was finally raised. */
  error: ParsedException;
}

export const TRACEBACK_HEADER = 'Traceback (most recent call last):';

const FRAME = /^\s*File "(.*)", line (\d+)(?:, in (.*))?\s*$/;
const CHAIN = /^(During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
const TYPE = /^[A-Za-z_][\w.]*$/;

export function isLibraryFile(file: string): boolean {
  return /[\\/](site|dist)-packages[\\/]|[\\/]lib[\\/]python\d|^<frozen /.test(file);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function parseBlock(lines: string[]): ParsedException | null {
  const frames: TraceFrame[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const m = FRAME.exec(line);
    if (m) {
      const frameIndent = indentOf(line);
      const code: string[] = [];
      i++;
      while (i < lines.length && !FRAME.test(lines[i]!) && lines[i]!.trim() !== '' && indentOf(lines[i]!) > frameIndent) {
        code.push(lines[i]!.slice(Math.min(indentOf(lines[i]!), frameIndent + 2)));
        i++;
      }
      frames.push({ file: m[1]!, line: Number(m[2]), fn: m[3] ?? '', code, library: isLibraryFile(m[1]!) });
      continue;
    }
    if (line.trim() === '' && frames.length === 0) {
      i++;
      continue;
    }
    break;
  }
  const rest = lines.slice(i).join('\n').replace(/\s+$/, '');
  if (frames.length === 0 && !rest) return null;
  const firstLine = rest.split('\n')[0] ?? '';
  const colon = firstLine.indexOf(':');
  const head = colon === -1 ? firstLine : firstLine.slice(0, colon);
  if (TYPE.test(head)) {
    const message = colon === -1 ? rest.slice(firstLine.length).replace(/^\n/, '') : rest.slice(colon + 1).replace(/^ /, '');
    return { frames, type: head, message };
  }
  return { frames, type: '', message: rest };
}

/** Parses a traceback string; null when the text is not one. */
export function parseTraceback(text: string): ParsedTraceback | null {
  if (typeof text !== 'string') return null;
  const normalised = text.replace(/\r\n?/g, '\n');
  const start = normalised.indexOf(TRACEBACK_HEADER);
  if (start === -1) return null;
  const preamble = normalised.slice(0, start).trim();
  const lines = normalised.slice(start).split('\n');
  // Split into blocks at each header, remembering the chain sentence that preceded it.
  const blocks: Array<{ link: string; lines: string[] }> = [];
  let current: { link: string; lines: string[] } | null = null;
  let pendingLink = '';
  for (const line of lines) {
    if (line.trim() === TRACEBACK_HEADER) {
      current = { link: pendingLink, lines: [] };
      blocks.push(current);
      pendingLink = '';
      continue;
    }
    const chain = CHAIN.exec(line.trim());
    if (chain && current) {
      pendingLink = chain[1]!;
      current = null;
      continue;
    }
    if (current) current.lines.push(line);
    else if (line.trim()) {
      // A chained exception with no traceback of its own: only a final line.
      current = { link: pendingLink, lines: [line] };
      blocks.push(current);
      pendingLink = '';
    }
  }
  const parsed = blocks.map((b) => ({ link: b.link, exception: parseBlock(b.lines) })).filter((b) => b.exception !== null);
  if (parsed.length === 0) return null;
  const last = parsed[parsed.length - 1]!;
  return {
    preamble,
    causes: parsed.slice(0, -1).map((b, k) => ({ ...b.exception!, link: parsed[k + 1]!.link })),
    error: last.exception!,
  };
}

/** Reads the legacy `context.exception` dict ({exc_type, exc_value, frames}); null when it is not one. */
export function parseLegacyException(value: JsonValue | undefined): ParsedTraceback | null {
  if (!isJsonObject(value)) return null;
  const type = value.exc_type;
  const message = value.exc_value;
  const frames = value.frames;
  if (typeof type !== 'string' && typeof message !== 'string') return null;
  const out: TraceFrame[] = [];
  if (Array.isArray(frames)) {
    for (const f of frames) {
      if (!isJsonObject(f)) continue;
      const file = typeof f.filename === 'string' ? f.filename : '';
      const line = typeof f.lineno === 'number' ? f.lineno : typeof f.lineno === 'string' && /^\d+$/.test(f.lineno) ? Number(f.lineno) : null;
      const fn = typeof f.name === 'string' ? f.name : '';
      const code = typeof f.line === 'string' && f.line ? [f.line] : [];
      out.push({ file, line, fn, code, library: isLibraryFile(file) });
    }
  }
  return { preamble: '', causes: [], error: { frames: out, type: typeof type === 'string' ? type : '', message: typeof message === 'string' ? message : '' } };
}

/** The traceback text of a parsed exception, for copying. */
export function tracebackText(parsed: ParsedTraceback): string {
  const block = (e: ParsedException) =>
    [
      TRACEBACK_HEADER,
      ...e.frames.flatMap((f) => [`  File "${f.file}", line ${f.line ?? '?'}, in ${f.fn}`, ...f.code.map((c) => `    ${c}`)]),
      e.type ? `${e.type}: ${e.message}` : e.message,
    ].join('\n');
  const parts = parsed.causes.flatMap((c) => [block(c), '', c.link, '']);
  return [...(parsed.preamble ? [parsed.preamble] : []), ...parts, block(parsed.error)].join('\n');
}
