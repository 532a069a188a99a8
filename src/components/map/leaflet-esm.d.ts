// Leaflet 1.9 has no `module` field: unbundled ESM must import its ESM build by path. Its
// exports are the ones @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
