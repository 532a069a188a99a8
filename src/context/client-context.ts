import { createContext } from '@lit/context';
import type { EventsClient } from '../client/types.js';

/** The events client provided by `<ev-source>` to every descendant, across shadow roots. */
export const clientContext = createContext<EventsClient | undefined>(Symbol.for('event-elements/client'));
