/**
 * Where the map can draw a latitude: Web Mercator ends at about ±85.05° (the world is square). A
 * place beyond (an event at a pole, lat ±90) is plotted at the map's edge — its marker, the fit to
 * the data — while its name and popups keep its real latitude.
 */

/** The northmost latitude Web Mercator (and Leaflet's EPSG:3857) shows: atan(sinh(π)) in degrees. */
export const MAX_PLOTTED_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;

/** A latitude as plotted: clamped to ±`MAX_PLOTTED_LAT`. */
export function plottedLat(lat: number): number {
  return lat > MAX_PLOTTED_LAT ? MAX_PLOTTED_LAT : lat < -MAX_PLOTTED_LAT ? -MAX_PLOTTED_LAT : lat;
}
