/**
 * The words of a polite live region, said so that every announcement is heard. The same words
 * twice in a row would leave the region unchanged and screen readers silent: when the region
 * holds words already, it is emptied first and the new words come back a moment later (`gapMs`).
 * Used by `<ev-log>`, `<ev-map>` and `<ev-detail>`; the element renders `text` in its region and
 * re-renders when `changed` is called.
 */
export interface LiveTextOptions {
  /** How long the region stays empty before the new words. */
  gapMs: number;
  /** Empties the region this long after the words were put in it (undefined: they stay). */
  clearAfterMs?: number;
}

export class LiveText {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly changed: () => void,
    private readonly options: LiveTextOptions,
  ) {}

  /** What the region says now. */
  get text(): string {
    return this.#text;
  }

  /** Whether words are waiting for the region's empty moment to pass. */
  get pending(): boolean {
    return this.#timer !== undefined && !this.#text;
  }

  /** Says `text` (also when it is what the region says already). */
  say(text: string): void {
    this.cancel();
    if (!this.#text) {
      this.#show(text);
      return;
    }
    this.#set('');
    this.#timer = setTimeout(() => this.#show(text), this.options.gapMs);
  }

  /** Drops words still waiting and a pending clear (the region keeps what it says): on disconnect. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #show(text: string): void {
    this.#timer = undefined;
    this.#set(text);
    const after = this.options.clearAfterMs;
    if (after !== undefined) this.#timer = setTimeout(() => ((this.#timer = undefined), this.#set('')), after);
  }

  #set(text: string): void {
    this.#text = text;
    this.changed();
  }
}
