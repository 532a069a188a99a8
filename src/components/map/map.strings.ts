import { defineStrings } from '../../i18n/translation.js';

export interface MapStrings {
  /** Accessible name of the map region. */
  label: string;
  /** How to operate the map with a keyboard (read by screen readers when the map gets focus). */
  keyboardHelp: string;
  zoomIn: string;
  zoomOut: string;
  /**
   * Said (politely) once the view settles after the user zoomed or panned with the keyboard, a
   * zoom button or a cluster, e.g. `Zoom 5 of 18, 12 places in view`.
   */
  viewChanged: (zoom: string, maxZoom: string, places: number, placesText: string) => string;
  /** Loading progress while events are fetched page by page. */
  loadingProgress: (loaded: string, total: string) => string;
  /** No event in the filter has a location. */
  noLocatedEvents: string;
  /** Shown when `max-events` capped the data, e.g. `Showing 100,000 of 250,000 events`. */
  capped: (shown: string, total: string) => string;
  /** Summary of what is plotted, e.g. `1,234 events at 56 places`. */
  summary: (events: number, eventsText: string, places: number, placesText: string) => string;
  filterToArea: string;
  clearArea: string;
  /** Heading of the legend. */
  legend: string;
  /** Legend entry for all the actions not listed. */
  otherActions: string;
  /** An event's action that is no name (not a string, or blank), in the legend and popups. */
  unnamedAction: string;
  /** The time of an event whose `created` is no time (an unvalidated source handed over a number, words or nothing). */
  timeUnknown: string;
  /** Accessible name of the markers in view (one tab stop after the map). */
  markers: string;
  /** How to move between the markers in view (read when they get focus). */
  markersHelp: string;
  /** A single place's marker, e.g. `Berlin, Germany, 5 events` (`events` from `eventCount`). */
  markerPlace: (place: string, events: string) => string;
  /** A cluster's marker, named by its biggest place, e.g. `Berlin, Germany and 2 more places, 20 events`. */
  markerCluster: (place: string, more: number, moreText: string, events: string) => string;
  /** Heading of the list of top locations (the map's accessible alternative). */
  topLocations: string;
  /** `n events` as shown next to a location or in a popup. */
  eventCount: (count: number, countText: string) => string;
  /** Name of a place with no city / country: its coordinates. */
  coordinates: (lat: string, long: string) => string;
  /** Popup: further events at the place not listed. */
  moreEvents: (count: number, countText: string) => string;
  /** Popup: shows the event (fires ev-select). */
  showEvent: string;
  /** Popup: the accessible name of an event's "Show event" button (starting with `showEvent`), e.g. `Show event: Login by admin, Nov 20, 2026, 12:02:00 PM`. */
  showEventNamed: (action: string, user: string, time: string) => string;
  /** Popup: the link to the event's page (`event-href`). */
  openEvent: string;
  /** Popup: the accessible name of an event's "Open" link (starting with `openEvent`), e.g. `Open: Login by admin, Nov 20, 2026, 12:02:00 PM`. */
  openEventNamed: (action: string, user: string, time: string) => string;
  closePopup: string;
  /** Said when an open popup closes because none of its places has events in the new data (a lower `max-events`, another filter), e.g. `Popup closed: no events of Berlin, Germany in the data shown now.` */
  popupGone: (places: string) => string;
  /** Popup: an event's user when it has none. */
  anonymous: string;
  /** Popup: a username with nothing visible, by its code points, e.g. `(invisible name: U+200B)` (as `<ev-log>` shows it). */
  invisibleName: (codes: string) => string;
  /** Popup: added to the accessible name of a link that opens a new tab: "(opens in a new tab)". */
  opensInNewTab: string;
  /** Default attribution of the built-in base layer. */
  naturalEarth: string;
  /** The selected event's place in the toolbar (the shared selection, ringed on the map). */
  selectedEvent: (place: string) => string;
  /** Tooltip of that button, which centres the map on it. */
  showSelected: (place: string) => string;
}

declare module '../../i18n/translation.js' {
  interface Translation {
    map: MapStrings;
  }
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** English defaults of the `map` namespace. */
export const englishMapStrings: MapStrings = {
  label: 'Map of events',
  keyboardHelp:
    'Arrow keys pan the map, plus and minus zoom. Tab moves on to the places in view. The list of top locations below the map also opens the events of a place.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  viewChanged: (zoom, maxZoom, places, placesText) =>
    `Zoom ${zoom} of ${maxZoom}, ${places === 0 ? 'no places' : `${placesText} ${plural(places, 'place', 'places')}`} in view`,
  loadingProgress: (loaded, total) => `Loading events… ${loaded} of ${total}`,
  noLocatedEvents: 'No events with a location match the filter.',
  capped: (shown, total) => `Showing the newest ${shown} of ${total} events.`,
  summary: (events, eventsText, places, placesText) =>
    `${eventsText} ${plural(events, 'event', 'events')} at ${placesText} ${plural(places, 'place', 'places')}`,
  filterToArea: 'Filter to this area',
  clearArea: 'Clear area filter',
  legend: 'Actions',
  otherActions: 'Other actions',
  unnamedAction: 'Unnamed action',
  timeUnknown: 'Time unknown',
  markers: 'Places in view',
  markersHelp: 'Arrow keys move between the places, Enter opens a place or zooms into a group of places, Escape returns to the map.',
  markerPlace: (place, events) => `${place}, ${events}`,
  markerCluster: (place, more, moreText, events) => `${place} and ${moreText} more ${plural(more, 'place', 'places')}, ${events}`,
  topLocations: 'Top locations',
  eventCount: (count, countText) => `${countText} ${plural(count, 'event', 'events')}`,
  coordinates: (lat, long) => `${lat}, ${long}`,
  moreEvents: (count, countText) => `and ${countText} more ${plural(count, 'event', 'events')}`,
  showEvent: 'Show event',
  showEventNamed: (action, user, time) => `Show event: ${action} by ${user}, ${time}`,
  openEvent: 'Open',
  openEventNamed: (action, user, time) => `Open: ${action} by ${user}, ${time}`,
  closePopup: 'Close',
  popupGone: (places) => `Popup closed: no events of ${places} in the data shown now.`,
  anonymous: 'Anonymous',
  invisibleName: (codes) => `(invisible name: ${codes})`,
  opensInNewTab: '(opens in a new tab)',
  naturalEarth: 'Natural Earth',
  selectedEvent: (place) => `Selected: ${place}`,
  showSelected: (place) => `Show the selected event on the map: ${place}`,
};

defineStrings('map', englishMapStrings);
