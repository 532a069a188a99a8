import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryClient } from '../src/client/adapters/memory.js';
import { EventsNetworkError } from '../src/client/errors.js';
import type { EventRecord } from '../src/client/types.js';
import '../src/components/detail/ev-detail.js';
import {
  actionFamilyEvents,
  detailEvent,
  hugeContext,
  legacyExceptionEvent,
  modelCreatedEvent,
  modelDeletedEvent,
  modelUpdatedEvent,
  policyExceptionEvent,
} from '../test/fixtures/detail-events.js';
import { hostileEvent, hostileStrings } from '../test/fixtures/hostile.js';

const meta: Meta = {
  title: 'Elements/ev-detail',
  component: 'ev-detail',
};
export default meta;

type Story = StoryObj;

const show = (event: EventRecord, theme = 'light') => html`<ev-detail theme=${theme} .event=${event}></ev-detail>`;
const family = (action: string) => actionFamilyEvents().find((e) => e.action === action)!;

export const ModelUpdated: Story = { render: () => show(modelUpdatedEvent()) };
export const ModelCreated: Story = { render: () => show(modelCreatedEvent()) };
export const ModelDeleted: Story = { render: () => show(modelDeletedEvent()) };

/** A nested value diffed structurally inside the change table. */
export const NestedDiff: Story = {
  render: () =>
    show(
      detailEvent('model_updated', {
        model: { pk: '7', app: 'authentik_providers_oauth2', model_name: 'oauth2provider', name: 'Grafana' },
        diff: {
          redirect_uris: {
            previous_value: [
              { matching_mode: 'strict', url: 'https://grafana.example.com/login/generic_oauth' },
              { matching_mode: 'regex', url: 'https://grafana-(dev|stage).example.com/.*' },
            ],
            new_value: [
              { matching_mode: 'regex', url: 'https://grafana-(dev|stage|qa).example.com/.*' },
              { matching_mode: 'strict', url: 'https://grafana.example.com/login/generic_oauth' },
            ],
          },
          property_mappings: {
            previous_value: [{ pk: 'a1', name: 'openid' }, { pk: 'b2', name: 'email' }, { pk: 'c3', name: 'profile' }],
            new_value: [{ pk: 'c3', name: 'profile' }, { pk: 'a1', name: 'openid' }, { pk: 'd4', name: 'groups' }],
          },
        },
      }),
    ),
};

/** Reordered lists: keyed items (pk) and plain values, moves shown as moves. */
export const ListMoves: Story = {
  render: () =>
    show(
      detailEvent('model_updated', {
        model: { pk: '3', app: 'authentik_flows', model_name: 'flow', name: 'default-authentication-flow' },
        diff: {
          stages: {
            previous_value: [{ pk: 1, name: 'identification' }, { pk: 2, name: 'password' }, { pk: 3, name: 'mfa' }, { pk: 4, name: 'login' }],
            new_value: [{ pk: 1, name: 'identification' }, { pk: 3, name: 'mfa' }, { pk: 2, name: 'password' }, { pk: 4, name: 'login' }],
          },
          tags: { previous_value: ['sso', 'default', 'internal'], new_value: ['internal', 'sso', 'default'] },
        },
      }),
    ),
};

export const Traceback: Story = { render: () => show(policyExceptionEvent()) };
export const LegacyException: Story = { render: () => show(legacyExceptionEvent()) };

export const Login: Story = { render: () => show(family('login')) };
export const LoginFailed: Story = { render: () => show(family('login_failed')) };
export const AuthorizeApplication: Story = { render: () => show(family('authorize_application')) };
export const Impersonation: Story = { render: () => show(family('impersonation_started')) };
export const PropertyMappingException: Story = { render: () => show(family('property_mapping_exception')) };
export const SystemTaskException: Story = { render: () => show(family('system_task_exception')) };
export const ConfigurationError: Story = { render: () => show(family('configuration_error')) };
export const EmailSent: Story = { render: () => show(family('email_sent')) };
export const SecretView: Story = { render: () => show(family('secret_view')) };
export const SecretRotate: Story = { render: () => show(family('secret_rotate')) };
export const PasswordSet: Story = { render: () => show(family('password_set')) };
export const SuspiciousRequest: Story = { render: () => show(family('suspicious_request')) };
export const UpdateAvailable: Story = { render: () => show(family('update_available')) };
export const CustomAction: Story = { render: () => show(family('custom_report_generated')) };

/** A 1.5 MB context: everything big starts collapsed, lists page by 100. */
export const HugeContext: Story = { render: () => show(detailEvent('custom_directory_sync', hugeContext(1_500_000))) };

export const HostileStrings: Story = {
  render: () => html`${hostileStrings.slice(0, 4).map((s, i) => show(hostileEvent(detailEvent('custom_x', { note: s, nested: { [s.slice(0, 40)]: s } }), i)))}`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#16181d;padding:1rem">${show(modelUpdatedEvent(), 'dark')}</div>`,
};

export const RightToLeft: Story = { render: () => html`<div dir="rtl" lang="ar">${show(policyExceptionEvent())}</div>` };

/** `event-id` with a client, and "Compare versions" of the object. */
export const LoadedById: Story = {
  render: () => {
    const model = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
    const versions = [1, 2, 3].map((day) =>
      detailEvent('model_updated', { model, diff: { name: { previous_value: `Wiki v${day}`, new_value: `Wiki v${day + 1}` }, [`field_${day}`]: { previous_value: null, new_value: day } } }, { created: `2026-03-0${day}T10:00:00Z` }),
    );
    const client = createMemoryClient({ events: versions, latencyMs: 400 });
    return html`<ev-detail .client=${client} event-id=${versions[2]!.pk}></ev-detail>`;
  },
};

export const Loading: Story = {
  render: () => html`<ev-detail .client=${createMemoryClient({ events: [modelUpdatedEvent({ pk: 'slow' })], latencyMs: 3_600_000 })} event-id="slow"></ev-detail>`,
};

export const ErrorState: Story = {
  render: () => html`<ev-detail .client=${createMemoryClient({ fail: () => new EventsNetworkError('offline') })} event-id="any"></ev-detail>`,
};

export const Empty: Story = { render: () => html`<ev-detail></ev-detail>` };

/** The event asked for is gone (the server answers 404: deleted, or expired and purged). */
export const NotFound: Story = {
  render: () => html`<ev-detail .client=${createMemoryClient({ events: [] })} event-id="0d6f0c3e-1a2b-4c3d-8e9f-000000000404"></ev-detail>`,
};

/**
 * A long text changed (a 300,000-character description with sentences edited throughout): the row
 * shows both values with "Comparing…" (part `changes-computing`) while the word diff is computed
 * in slices, then the diff, 200 changes at a time ("Show more").
 */
export const LongTextChange: Story = {
  render: () => {
    const sentences = Array.from({ length: 10_000 }, (_, i) => `Runbook step ${i} of the on-call rota.`);
    const edited = sentences.map((line, i) => (i % 40 === 7 ? line.replace('on-call', 'primary on-call') : line));
    return show(
      detailEvent('model_updated', {
        model: { pk: '12', app: 'authentik_core', model_name: 'application', name: 'Runbooks' },
        diff: { meta_description: { previous_value: sentences.join(' '), new_value: edited.join(' ') } },
      }),
    );
  },
};

/** Megabyte strings in every text field: each cut at 2,000 characters, lists at 100 chips. */
export const MegabyteFields: Story = {
  render: () =>
    show(
      detailEvent(
        'authorize_application',
        { scopes: 'openid '.repeat(150_000), http_request: { method: 'GET', path: '/', args: { q: 'q'.repeat(1e6) } }, [`k${'k'.repeat(1e6)}`]: 1 },
        { pk: 'p'.repeat(1e6), app: 'a'.repeat(1e6), client_ip: 'i'.repeat(1e6) },
      ),
    ),
};

/**
 * A traceback of 1,000 frames (a RecursionError): the first and the last 100 frames are shown,
 * the middle behind "Show 100 more frames (800 hidden)", a page at a time.
 */
export const LongTraceback: Story = {
  name: 'Traceback of 1,000 frames',
  render: () => {
    const frames = Array.from({ length: 1_000 }, (_, i) => `  File "/authentik/lib/recursion${i % 7}.py", line ${i + 1}, in step_${i}\n    return step_${i + 1}(value)`);
    const message = ['Traceback (most recent call last):', ...frames, 'RecursionError: maximum recursion depth exceeded'].join('\n');
    return show(detailEvent('policy_exception', { message }, { app: 'authentik.policies.process' }));
  },
};
