/**
 * Registers a custom element once. Defining a tag twice never throws: it warns and keeps the
 * first definition (e.g. when two copies of the library end up on one page).
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    console.warn(
      existing === ctor
        ? `[event-elements] <${tag}> is already defined; ignoring the second definition.`
        : `[event-elements] <${tag}> is already defined by another class (two copies of event-elements?); keeping the first.`,
    );
    return;
  }
  customElements.define(tag, ctor);
}
