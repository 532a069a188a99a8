/**
 * Flattens a diff into display rows, honouring what the user opened: changed containers start
 * open, runs of unchanged entries start collapsed (one row saying how many), and each container
 * emits at most a page of rows before a "show more" row. Only visible rows are produced, so the
 * cost of a render follows what is on screen, not the size of the data.
 */
import type { JsonValue } from '../../client/types.js';
import type { ArrayNode, DiffNode, ObjectNode, TextNode } from '../../diff/types.js';
import { pointer, type ViewState } from './view-state.js';

/** A row's key on each side (array indexes differ between sides). */
export interface RowLabel {
  before: string | number | null;
  after: string | number | null;
}

interface Base {
  path: string;
  depth: number;
  label: RowLabel;
}

export type DiffRow =
  | (Base & { type: 'container'; node: ObjectNode | ArrayNode; open: boolean })
  | (Base & { type: 'same' | 'added' | 'removed'; value: JsonValue })
  | (Base & { type: 'replace'; before: JsonValue; after: JsonValue })
  | (Base & { type: 'text'; node: TextNode })
  | (Base & { type: 'moved'; from: number; to: number; value: JsonValue; diff: DiffNode | null; open: boolean })
  | (Base & { type: 'unchanged'; count: number })
  | (Base & { type: 'more'; next: number; left: number; page: number });

export interface FlattenOptions {
  state: ViewState;
  showAll: boolean;
  /** Rows per container before "show more". */
  pageSize?: number;
  /** The diff the user asked for below a row replaced at the depth limit ("Compare from here"). */
  deeper?: (path: string) => DiffNode | null | undefined;
}

const NO_LABEL: RowLabel = { before: null, after: null };

class Flattener {
  readonly rows: DiffRow[] = [];
  readonly #o: FlattenOptions;
  readonly #page: number;

  constructor(options: FlattenOptions) {
    this.#o = options;
    this.#page = options.pageSize ?? 200;
  }

  /** The root's entries directly (no row for the root container itself). */
  root(node: DiffNode): void {
    if (node.kind === 'object') this.#object(node, '', 0);
    else if (node.kind === 'array') this.#array(node, '', 0);
    else this.node(node, '', 0, NO_LABEL);
  }

  node(node: DiffNode, path: string, depth: number, label: RowLabel): void {
    if (node.kind === 'replace') {
      const deeper = this.#o.deeper?.(path);
      if (deeper && deeper.kind !== 'replace') return this.node(deeper, path, depth, label);
      this.rows.push({ type: 'replace', path, depth, label, before: node.before, after: node.after });
    } else if (node.kind === 'text') {
      this.rows.push({ type: 'text', path, depth, label, node });
    } else {
      const open = this.#o.state.isOpen(path, true);
      this.rows.push({ type: 'container', path, depth, label, node, open });
      if (!open) return;
      if (node.kind === 'object') this.#object(node, path, depth + 1);
      else this.#array(node, path, depth + 1);
    }
  }

  /** Emits one row unless the container's page is full; returns false once it is. */
  #budget(path: string, depth: number): { take: () => boolean; finish: (left: number) => void } {
    const limit = this.#o.state.limit(`${path}#rows`, this.#page);
    let used = 0;
    return {
      take: () => used++ < limit,
      finish: (left) => {
        if (left > 0) this.rows.push({ type: 'more', path: `${path}#rows`, depth, label: NO_LABEL, next: Math.min(this.#page, left), left, page: this.#page });
      },
    };
  }

  #showRun(path: string): boolean {
    return this.#o.showAll || this.#o.state.isOpen(path, false);
  }

  #object(node: ObjectNode, path: string, depth: number): void {
    const budget = this.#budget(path, depth);
    const entries = node.entries;
    let k = 0;
    for (; k < entries.length; k++) {
      const e = entries[k]!;
      if (e.op === 'same') {
        let end = k;
        while (end + 1 < entries.length && entries[end + 1]!.op === 'same') end++;
        const runPath = `${path}#same${k}`;
        if (!this.#showRun(runPath)) {
          if (!budget.take()) break;
          this.rows.push({ type: 'unchanged', path: runPath, depth, label: NO_LABEL, count: end - k + 1 });
          k = end;
          continue;
        }
        let stopped = false;
        for (; k <= end; k++) {
          if (!budget.take()) {
            stopped = true;
            break;
          }
          const s = entries[k] as { key: string; value: JsonValue };
          this.rows.push({ type: 'same', path: pointer(path, s.key), depth, label: { before: s.key, after: s.key }, value: s.value });
        }
        if (stopped) break;
        k = end;
        continue;
      }
      if (!budget.take()) break;
      const label = { before: e.key, after: e.key };
      const child = pointer(path, e.key);
      if (e.op === 'changed') this.node(e.diff, child, depth, label);
      else this.rows.push({ type: e.op, path: child, depth, label, value: e.value });
    }
    budget.finish(entries.length - k);
  }

  #array(node: ArrayNode, path: string, depth: number): void {
    const budget = this.#budget(path, depth);
    const entries = node.entries;
    let k = 0;
    outer: for (; k < entries.length; k++) {
      const e = entries[k]!;
      switch (e.op) {
        case 'same': {
          const runPath = `${path}#same${k}`;
          if (!this.#showRun(runPath)) {
            if (!budget.take()) break outer;
            this.rows.push({ type: 'unchanged', path: runPath, depth, label: NO_LABEL, count: e.count });
            break;
          }
          for (let n = 0; n < e.count; n++) {
            if (!budget.take()) break outer;
            const label = { before: e.beforeIndex + n, after: e.afterIndex + n };
            this.rows.push({ type: 'same', path: pointer(path, e.afterIndex + n), depth, label, value: node.after[e.afterIndex + n]! });
          }
          break;
        }
        case 'added':
          if (!budget.take()) break outer;
          this.rows.push({ type: 'added', path: pointer(path, `+${e.afterIndex}`), depth, label: { before: null, after: e.afterIndex }, value: e.value });
          break;
        case 'removed':
          if (!budget.take()) break outer;
          this.rows.push({ type: 'removed', path: pointer(path, `-${e.beforeIndex}`), depth, label: { before: e.beforeIndex, after: null }, value: e.value });
          break;
        case 'changed':
          if (!budget.take()) break outer;
          this.node(e.diff, pointer(path, e.afterIndex), depth, { before: e.beforeIndex, after: e.afterIndex });
          break;
        case 'moved': {
          if (!budget.take()) break outer;
          const movedPath = pointer(path, `>${e.afterIndex}`);
          const open = e.diff !== null && this.#o.state.isOpen(movedPath, true);
          this.rows.push({ type: 'moved', path: movedPath, depth, label: { before: e.beforeIndex, after: e.afterIndex }, from: e.beforeIndex, to: e.afterIndex, value: e.value, diff: e.diff, open });
          if (open && e.diff) {
            if (e.diff.kind === 'object') this.#object(e.diff, movedPath, depth + 1);
            else if (e.diff.kind === 'array') this.#array(e.diff, movedPath, depth + 1);
            else this.node(e.diff, `${movedPath}#content`, depth + 1, NO_LABEL);
          }
          break;
        }
      }
    }
    budget.finish(entries.length - k);
  }
}

/** The visible rows of a diff. */
export function flattenDiff(node: DiffNode, options: FlattenOptions): DiffRow[] {
  const f = new Flattener(options);
  f.root(node);
  return f.rows;
}
