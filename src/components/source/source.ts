import { provide } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { EvElement } from '../../base/ev-element.js';
import { inLayer } from '../../styles/layer.js';
import type { EventsClient } from '../../client/types.js';
import { clientContext } from '../../context/client-context.js';

/**
 * Provides one events client to every ev-* element inside it, including elements inside
 * other components' shadow roots. Place it around a whole admin page or around one widget.
 *
 * @tagname ev-source
 * @summary Context provider: hands an events client to the ev-* elements inside it.
 *
 * @slot - The elements (and any markup) that use the client.
 */
export class EvSource extends EvElement {
  static override styles = [
    EvElement.styles,
    inLayer(css`
      :host {
        display: contents;
      }
    `),
  ];

  /** The events client handed to descendants (`createAuthentikClient(…)`, `createMemoryClient(…)` …). */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client?: EventsClient;

  protected override render() {
    return html`<slot></slot>`;
  }
}
