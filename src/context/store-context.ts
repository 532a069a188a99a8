import { createContext } from '@lit/context';
import type { EvStore } from './store.js';

/** The shared state store provided by `<ev-source>` (filter, time zone, selection). */
export const storeContext = createContext<EvStore | undefined>(Symbol.for('event-elements/store'));
