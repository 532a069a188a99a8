/**
 * A name as shown (see `shownName` in src/format/invisible.ts) in Lit: each mark set apart in a
 * dotted box (`part="invisible-mark"`), so a name that spells a mark out ("ad⟨U+200B⟩min") does
 * not look like one that has it. Used by `<ev-log>`, `<ev-detail>` and `<ev-map>` (its place names);
 * `<ev-map>`'s popups build the same spans as DOM and share the box style.
 */
import { css, html, type TemplateResult } from 'lit';
import type { ShownPart } from '../format/invisible.js';
import { t } from '../styles/token.js';

/** A name's parts, marks in their dotted box. */
export function nameView(parts: readonly ShownPart[]): TemplateResult {
  return html`${parts.map((p) => (p.mark ? html`<span class="invisible-mark" part="invisible-mark">${p.text}</span>` : p.text))}`;
}

/** The declarations of a mark's dotted box (each element's `.invisible-mark` rule adds its colour). */
export const invisibleMarkBox = css`
  font-family: ${t('font-family-mono')};
  font-size: 0.85em;
  border: 1px dotted currentColor;
  border-radius: 2px;
  padding-inline: 1px;
`;
