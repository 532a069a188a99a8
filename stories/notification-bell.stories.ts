import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import { EventsHttpError } from '../src/client/errors.js';
import type { EventNotification, LiveStatus, NotificationClient, Severity } from '../src/client/types.js';
import { makeEvents } from '../test/fixtures/events.js';
import { hostileStrings } from '../test/fixtures/hostile.js';

/** Notifications from "now" backwards, every third linked to an event. */
function sample(count: number, options: { severity?: Severity; seen?: (i: number) => boolean } = {}): EventNotification[] {
  const now = Date.now();
  const events = makeEvents({ count: Math.max(1, count), now });
  const bodies = [
    'Login failed for alice from 203.0.113.7',
    'Certificate "auth.example.com" expires in 7 days',
    '{"model":"application","action":"updated","changes":{"name":["Wiki","Team wiki"]}}',
    'Policy "require MFA" raised an exception',
  ];
  return Array.from({ length: count }, (_, i) => ({
    pk: `story-${i}`,
    severity: options.severity ?? (['notice', 'warning', 'alert'] as const)[i % 3]!,
    body: bodies[i % bodies.length]!,
    hyperlink: i % 2 ? `/if/admin/#/events/log/${i}` : null,
    hyperlink_label: i % 2 ? 'Show in the event log' : null,
    created: new Date(now - i * 17 * 60_000).toISOString(),
    event: i % 3 === 0 ? events[i]! : null,
    seen: options.seen?.(i) ?? false,
  }));
}

/** A client whose live channel reports `status` (offline stories). */
function withStatus(client: NotificationClient, status: LiveStatus): NotificationClient {
  return {
    ...client,
    subscribe(onMessage) {
      queueMicrotask(() => onMessage({ type: 'status', status }));
      return () => undefined;
    },
  };
}

const bar = (bell: unknown) => html`<div style="display:flex;justify-content:flex-end;padding:8px 16px;min-height:560px">${bell}</div>`;

const meta: Meta = {
  title: 'Elements/ev-notification-bell',
  component: 'ev-notification-bell',
};
export default meta;

type Story = StoryObj;

export const None: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: [] })}></ev-notification-bell>`),
};

export const AFew: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: sample(6, { seen: (i) => i > 3 }) })}></ev-notification-bell>`),
};

export const NinetyNinePlus: Story = {
  name: '99+',
  render: () => bar(html`<ev-notification-bell .client=${createMemoryClient({ notifications: sample(240) })}></ev-notification-bell>`),
};

export const Notices: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: sample(3, { severity: 'notice' }) })}></ev-notification-bell>`),
};

export const Warnings: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: sample(3, { severity: 'warning' }) })}></ev-notification-bell>`),
};

export const Alerts: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: sample(3, { severity: 'alert' }) })}></ev-notification-bell>`),
};

export const Loading: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${createMemoryClient({ notifications: sample(5), latencyMs: 600_000 })}></ev-notification-bell>`),
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    bar(
      html`<ev-notification-bell
        open
        .client=${createMemoryClient({ notifications: sample(5), fail: (op) => (op === 'listNotifications' ? new EventsHttpError(503, 'Service unavailable') : undefined) })}
      ></ev-notification-bell>`,
    ),
};

export const Offline: Story = {
  render: () => bar(html`<ev-notification-bell open .client=${withStatus(createMemoryClient({ notifications: sample(4) }), 'offline')}></ev-notification-bell>`),
};

export const HostileBodiesAndLinks: Story = {
  render: () => {
    const notifications = hostileStrings.map((s, i): EventNotification => ({
      ...sample(1)[0]!,
      pk: `hostile-${i}`,
      body: s,
      hyperlink: hostileStrings[(i + 3) % hostileStrings.length]!,
      hyperlink_label: s.slice(0, 200),
    }));
    return bar(html`<ev-notification-bell open page-size="50" .client=${createMemoryClient({ notifications })}></ev-notification-bell>`);
  },
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <div style="display:flex;justify-content:flex-end;padding:8px 16px;min-height:560px">
        <ev-notification-bell open .client=${createMemoryClient({ notifications: sample(5) })}></ev-notification-bell>
      </div>
    </div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16181d;display:flex;justify-content:flex-end;padding:8px 16px;min-height:560px">
      <ev-notification-bell open theme="dark" .client=${createMemoryClient({ notifications: sample(5) })}></ev-notification-bell>
    </div>`,
};

export const Drawer: Story = {
  render: () => bar(html`<ev-notification-bell open variant="drawer" .client=${createMemoryClient({ notifications: sample(12) })}></ev-notification-bell>`),
};

export const DesktopOffer: Story = {
  render: () => bar(html`<ev-notification-bell open desktop .client=${createMemoryClient({ notifications: sample(3) })}></ev-notification-bell>`),
};

/**
 * The unread count never came (the count request fails): the badge shows "!", not the look of
 * nothing unread, and the button is named "Notifications, unread count unavailable".
 */
export const ErrorCountUnavailable: Story = {
  name: 'Unread count unavailable',
  render: () =>
    bar(
      html`<ev-notification-bell
        .client=${createMemoryClient({ notifications: sample(5), fail: (op) => (op === 'listNotifications' ? new EventsHttpError(503, 'Service unavailable') : undefined) })}
      ></ev-notification-bell>`,
    ),
};
