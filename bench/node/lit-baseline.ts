// Baseline of the bell's size rows: Lit alone (a LitElement with the decorators every element
// uses), bundled and minified exactly like the bell.
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';

class LitBaseline extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  @property() label = '';
  @state() private count = 0;
  override render() {
    return html`<button @click=${() => this.count++}>${this.label} ${this.count}</button>`;
  }
}
customElements.define('lit-baseline', LitBaseline);
