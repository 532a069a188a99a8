/**
 * Pointer and keyboard on the chart canvas: hover shows a bar, click selects a bar (or one
 * action's segment), drag selects a span of bars; arrow keys move between bars, Up / Down
 * between the actions of a bar, Shift + arrows extend a span, Enter selects, Escape cancels.
 */
import type { VolumeChartView } from './chart-runtime.js';
import type { ActionKey, VolumeModel } from './volume-model.js';

export interface Active {
  bar: number;
  /** The action segment in focus, or undefined for the whole bar. */
  action?: ActionKey;
  /** True when the keyboard moved here (announced), false for the pointer. */
  keyboard: boolean;
}

/** A span of bars being chosen (drag, Shift + arrows), inclusive. */
export interface Pending {
  from: number;
  to: number;
}

export interface InteractionHost {
  view(): VolumeChartView | undefined;
  model(): VolumeModel | undefined;
  rtl(): boolean;
  changed(): void;
  /** Selects bars `from`..`to` (inclusive) and optionally one action. */
  select(from: number, to: number, action: ActionKey | undefined, trigger: 'click' | 'drag' | 'keyboard'): void;
  /** The bar to start keyboard navigation on. */
  initialBar(): number;
}

/** Pointer travel below which a press is a click, not a drag (CSS px). */
const CLICK_SLOP = 4;

export class ChartInteraction {
  active?: Active;
  pending?: Pending;
  #drag?: { pointerId: number; x0: number; anchor: number; action?: ActionKey; moved: boolean };
  #keyAnchor?: number;
  /** The bar Escape left (no bar is active then): the next key goes on from it. */
  #escapedAt?: number;
  /** Where the keyboard focus was when it left the canvas: it comes back there (not to the latest bar). */
  #leftAt?: { bar: number; action?: ActionKey };

  constructor(private readonly host: InteractionHost) {}

  /** Forgets positions that no longer exist (new data with fewer bars). */
  clamp(size: number): void {
    if (this.active && this.active.bar >= size) this.active = undefined;
    if (this.pending && (this.pending.from >= size || this.pending.to >= size)) this.pending = undefined;
    if (this.#leftAt && this.#leftAt.bar >= size) this.#leftAt = undefined;
  }

  /**
   * The bars moved under the focus (the live window slid, or new data came with other bars):
   * `map` gives a bar's new index, out of `0 … size - 1` when its time is gone. The focus, a
   * range being chosen and the key anchors stay on their times; a keyboard focus whose time is
   * gone moves to the nearest bar (true is returned: the element announces it), a hover is dropped.
   * The host is not told (no announcement of an unchanged focus).
   */
  follow(map: (bar: number) => number, size: number): boolean {
    const clampBar = (i: number) => Math.min(size - 1, Math.max(0, i));
    const inside = (i: number) => i >= 0 && i < size;
    let moved = false;
    const active = this.active;
    if (active) {
      const bar = map(active.bar);
      if (inside(bar)) this.active = { ...active, bar };
      else if (active.keyboard && size > 0) {
        this.active = { bar: clampBar(bar), keyboard: true };
        moved = true;
      } else this.active = undefined;
    }
    if (this.pending) {
      const from = map(this.pending.from);
      const to = map(this.pending.to);
      this.pending = to < 0 || from >= size ? undefined : { from: clampBar(from), to: clampBar(to) };
    }
    if (this.#keyAnchor !== undefined) this.#keyAnchor = this.pending ? clampBar(map(this.#keyAnchor)) : undefined;
    if (this.#escapedAt !== undefined) this.#escapedAt = clampBar(map(this.#escapedAt));
    if (this.#leftAt) {
      const bar = map(this.#leftAt.bar);
      this.#leftAt = inside(bar) ? { ...this.#leftAt, bar } : undefined;
    }
    return moved;
  }

  /** Moves the focus / hover; `pending` is kept unless given (undefined clears it). */
  #set(active: Active | undefined, ...rest: [pending?: Pending | undefined]): void {
    const pending = rest.length ? rest[0] : this.pending;
    const same =
      active?.bar === this.active?.bar && active?.action === this.active?.action && active?.keyboard === this.active?.keyboard && pending === this.pending;
    this.active = active;
    this.pending = pending;
    if (!same) this.host.changed();
  }

  #barAt(event: PointerEvent, clampToPlot: boolean): number {
    const view = this.host.view();
    const model = this.host.model();
    if (!view || !model) return -1;
    const bar = view.barAtPixel(event.offsetX);
    if (bar >= 0 || !clampToPlot) return bar;
    const { left, right } = view.area;
    const before = this.host.rtl() ? event.offsetX > right : event.offsetX < left;
    return before ? 0 : model.size - 1;
  }

  onPointerMove = (event: PointerEvent): void => {
    const view = this.host.view();
    if (!view) return;
    const drag = this.#drag;
    if (drag && drag.pointerId === event.pointerId) {
      if (Math.abs(event.offsetX - drag.x0) >= CLICK_SLOP) drag.moved = true;
      const bar = this.#barAt(event, true);
      if (drag.moved && bar >= 0) this.#set({ bar, keyboard: false }, { from: Math.min(drag.anchor, bar), to: Math.max(drag.anchor, bar) });
      return;
    }
    const hit = view.hit(event.offsetX, event.offsetY);
    this.#set(hit.bar >= 0 ? { bar: hit.bar, action: hit.action, keyboard: false } : undefined);
  };

  onPointerLeave = (): void => {
    if (!this.#drag && this.active && !this.active.keyboard) this.#set(undefined);
  };

  onPointerDown = (event: PointerEvent): void => {
    const view = this.host.view();
    if (event.button !== 0 || !event.isPrimary || !view) return;
    const hit = view.hit(event.offsetX, event.offsetY);
    if (hit.bar < 0) return;
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.#drag = { pointerId: event.pointerId, x0: event.offsetX, anchor: hit.bar, action: hit.action, moved: false };
  };

  onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.#drag = undefined;
    // A bar chosen with the pointer is where keyboard focus starts next (`initialBar`).
    this.#leftAt = undefined;
    const bar = this.#barAt(event, true);
    if (!drag.moved || bar === drag.anchor) {
      this.#set(this.active, undefined);
      this.host.select(drag.anchor, drag.anchor, drag.moved ? undefined : drag.action, 'click');
    } else {
      this.#set(this.active, undefined);
      this.host.select(Math.min(drag.anchor, bar), Math.max(drag.anchor, bar), undefined, 'drag');
    }
  };

  onPointerCancel = (): void => {
    this.#drag = undefined;
    this.#set(undefined, undefined);
  };

  onFocus = (event: FocusEvent): void => {
    const model = this.host.model();
    // A pointer press focuses the canvas too: only keyboard focus starts keyboard navigation.
    if (!model || model.size === 0 || !(event.currentTarget as Element).matches(':focus-visible')) return;
    const left = this.#leftAt;
    this.#leftAt = undefined;
    if (this.active) return this.#set({ ...this.active, keyboard: true });
    if (!left || left.bar >= model.size) return this.#set({ bar: this.host.initialBar(), keyboard: true });
    // The segment left, while its action still has one there (it may have been hidden meanwhile).
    const action = left.action !== undefined && this.host.view()?.segments(left.bar).some((s) => s.action === left.action) ? left.action : undefined;
    this.#set({ bar: left.bar, action, keyboard: true });
  };

  onBlur = (): void => {
    const active = this.active;
    if (active?.keyboard) this.#leftAt = { bar: active.bar, action: active.action };
    else if (this.#escapedAt !== undefined) this.#leftAt = { bar: this.#escapedAt };
    this.#keyAnchor = undefined;
    this.#escapedAt = undefined;
    if (!this.#drag) this.#set(undefined, undefined);
  };

  onKeyDown = (event: KeyboardEvent): void => {
    const model = this.host.model();
    const view = this.host.view();
    if (!model || model.size === 0) return;
    const escaped = this.#escapedAt;
    this.#escapedAt = undefined;
    const current = this.active?.bar ?? (escaped !== undefined && escaped < model.size ? escaped : this.host.initialBar());
    const last = model.size - 1;
    const page = Math.max(1, Math.round(model.size / 10));
    // Left / Right follow what is on screen: in RTL the time axis runs right to left.
    const forward = this.host.rtl() ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.host.rtl() ? 'ArrowRight' : 'ArrowLeft';
    let bar: number | undefined;
    switch (event.key) {
      case forward:
        bar = Math.min(last, current + 1);
        break;
      case backward:
        bar = Math.max(0, current - 1);
        break;
      case 'Home':
        bar = 0;
        break;
      case 'End':
        bar = last;
        break;
      case 'PageDown':
        bar = Math.min(last, current + page);
        break;
      case 'PageUp':
        bar = Math.max(0, current - page);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        event.preventDefault();
        const segments = view?.segments(current) ?? [];
        const at = segments.findIndex((s) => s.action === this.active?.action);
        const next = event.key === 'ArrowUp' ? at + 1 : at === -1 ? segments.length - 1 : at - 1;
        const action = next >= 0 && next < segments.length ? segments[next]!.action : undefined;
        this.#set({ bar: current, action, keyboard: true });
        return;
      }
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const pending = this.pending;
        this.#keyAnchor = undefined;
        this.#set(this.active ?? { bar: current, keyboard: true }, undefined);
        if (pending) this.host.select(pending.from, pending.to, undefined, 'keyboard');
        else this.host.select(current, current, this.active?.action, 'keyboard');
        return;
      }
      case 'Escape':
        if (this.pending || this.active) {
          event.preventDefault();
          this.#keyAnchor = undefined;
          // The next arrow goes on from this bar, not from the start.
          if (!this.pending) this.#escapedAt = current;
          this.#set(this.pending ? { bar: current, keyboard: true } : undefined, undefined);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (event.shiftKey) {
      this.#keyAnchor ??= current;
      this.#set({ bar, keyboard: true }, { from: Math.min(this.#keyAnchor, bar), to: Math.max(this.#keyAnchor, bar) });
    } else {
      this.#keyAnchor = undefined;
      this.#set({ bar, keyboard: true }, undefined);
    }
  };
}
