/**
 * event-elements for React: every element as a React component made with @lit/react's
 * `createComponent`, generated from custom-elements.json (scripts/react-wrappers.mjs). Properties
 * are set as element properties (objects and arrays included), events are typed props:
 *
 *   import { EvLog } from 'event-elements/react';
 *   <EvLog live onEvSelect={(e) => open(e.detail.event.pk)} />
 *
 * Importing this module registers the elements. React is a peer dependency.
 */
export * from '../generated/react.js';
