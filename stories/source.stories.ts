import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { consume } from '@lit/context';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import '../src/components/source/ev-source.js';
import { EvElement } from '../src/base/ev-element.js';
import type { EventsClient } from '../src/client/types.js';
import { clientContext } from '../src/context/client-context.js';
import { FakeClient } from '../test/fixtures/fake-client.js';

/** A tiny consumer that shows whether the surrounding <ev-source> handed it a client. */
class StoryClientProbe extends EvElement {
  @consume({ context: clientContext, subscribe: true })
  @state()
  client?: EventsClient;

  override render() {
    return html`<p>${this.client ? 'A client is connected.' : this.i18n.common.noClient}</p>`;
  }
}
if (!customElements.get('story-client-probe')) customElements.define('story-client-probe', StoryClientProbe);

const meta: Meta = {
  title: 'Elements/ev-source',
  component: 'ev-source',
};
export default meta;

type Story = StoryObj;

export const WithClient: Story = {
  render: () => html`<ev-source .client=${new FakeClient()}><story-client-probe></story-client-probe></ev-source>`,
};

export const WithoutClient: Story = {
  render: () => html`<ev-source><story-client-probe></story-client-probe></ev-source>`,
};
