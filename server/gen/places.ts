/**
 * Real cities with approximate coordinates, and real autonomous systems, for `context.geo`
 * and `context.asn`. Our own list; coordinates are rounded city centres.
 */

export interface City {
  city: string;
  country: string;
  continent: string;
  lat: number;
  long: number;
}

/** [city, ISO country, continent code, lat, long] */
const CITY_TABLE: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['Berlin', 'DE', 'EU', 52.52, 13.405],
  ['Munich', 'DE', 'EU', 48.1372, 11.5755],
  ['Hamburg', 'DE', 'EU', 53.5511, 9.9937],
  ['Frankfurt am Main', 'DE', 'EU', 50.1109, 8.6821],
  ['Vienna', 'AT', 'EU', 48.2082, 16.3738],
  ['Zurich', 'CH', 'EU', 47.3769, 8.5417],
  ['Paris', 'FR', 'EU', 48.8566, 2.3522],
  ['Lyon', 'FR', 'EU', 45.764, 4.8357],
  ['Amsterdam', 'NL', 'EU', 52.3676, 4.9041],
  ['Brussels', 'BE', 'EU', 50.8503, 4.3517],
  ['London', 'GB', 'EU', 51.5072, -0.1276],
  ['Manchester', 'GB', 'EU', 53.4808, -2.2426],
  ['Dublin', 'IE', 'EU', 53.3498, -6.2603],
  ['Madrid', 'ES', 'EU', 40.4168, -3.7038],
  ['Barcelona', 'ES', 'EU', 41.3874, 2.1686],
  ['Lisbon', 'PT', 'EU', 38.7223, -9.1393],
  ['Rome', 'IT', 'EU', 41.9028, 12.4964],
  ['Milan', 'IT', 'EU', 45.4642, 9.19],
  ['Copenhagen', 'DK', 'EU', 55.6761, 12.5683],
  ['Stockholm', 'SE', 'EU', 59.3293, 18.0686],
  ['Oslo', 'NO', 'EU', 59.9139, 10.7522],
  ['Helsinki', 'FI', 'EU', 60.1699, 24.9384],
  ['Warsaw', 'PL', 'EU', 52.2297, 21.0122],
  ['Prague', 'CZ', 'EU', 50.0755, 14.4378],
  ['Budapest', 'HU', 'EU', 47.4979, 19.0402],
  ['Bucharest', 'RO', 'EU', 44.4268, 26.1025],
  ['Athens', 'GR', 'EU', 37.9838, 23.7275],
  ['Kyiv', 'UA', 'EU', 50.4501, 30.5234],
  ['Istanbul', 'TR', 'EU', 41.0082, 28.9784],
  ['New York', 'US', 'NA', 40.7128, -74.006],
  ['Boston', 'US', 'NA', 42.3601, -71.0589],
  ['Washington', 'US', 'NA', 38.9072, -77.0369],
  ['Chicago', 'US', 'NA', 41.8781, -87.6298],
  ['Austin', 'US', 'NA', 30.2672, -97.7431],
  ['Denver', 'US', 'NA', 39.7392, -104.9903],
  ['Seattle', 'US', 'NA', 47.6062, -122.3321],
  ['San Francisco', 'US', 'NA', 37.7749, -122.4194],
  ['Los Angeles', 'US', 'NA', 34.0522, -118.2437],
  ['Atlanta', 'US', 'NA', 33.749, -84.388],
  ['Toronto', 'CA', 'NA', 43.6532, -79.3832],
  ['Montreal', 'CA', 'NA', 45.5019, -73.5674],
  ['Vancouver', 'CA', 'NA', 49.2827, -123.1207],
  ['Mexico City', 'MX', 'NA', 19.4326, -99.1332],
  ['Sao Paulo', 'BR', 'SA', -23.5558, -46.6396],
  ['Rio de Janeiro', 'BR', 'SA', -22.9068, -43.1729],
  ['Buenos Aires', 'AR', 'SA', -34.6037, -58.3816],
  ['Santiago', 'CL', 'SA', -33.4489, -70.6693],
  ['Bogota', 'CO', 'SA', 4.711, -74.0721],
  ['Lima', 'PE', 'SA', -12.0464, -77.0428],
  ['Tokyo', 'JP', 'AS', 35.6762, 139.6503],
  ['Osaka', 'JP', 'AS', 34.6937, 135.5023],
  ['Seoul', 'KR', 'AS', 37.5665, 126.978],
  ['Beijing', 'CN', 'AS', 39.9042, 116.4074],
  ['Shanghai', 'CN', 'AS', 31.2304, 121.4737],
  ['Hong Kong', 'HK', 'AS', 22.3193, 114.1694],
  ['Taipei', 'TW', 'AS', 25.033, 121.5654],
  ['Singapore', 'SG', 'AS', 1.3521, 103.8198],
  ['Bangkok', 'TH', 'AS', 13.7563, 100.5018],
  ['Jakarta', 'ID', 'AS', -6.2088, 106.8456],
  ['Manila', 'PH', 'AS', 14.5995, 120.9842],
  ['Mumbai', 'IN', 'AS', 19.076, 72.8777],
  ['Bengaluru', 'IN', 'AS', 12.9716, 77.5946],
  ['New Delhi', 'IN', 'AS', 28.6139, 77.209],
  ['Dubai', 'AE', 'AS', 25.2048, 55.2708],
  ['Tel Aviv', 'IL', 'AS', 32.0853, 34.7818],
  ['Cairo', 'EG', 'AF', 30.0444, 31.2357],
  ['Lagos', 'NG', 'AF', 6.5244, 3.3792],
  ['Nairobi', 'KE', 'AF', -1.2921, 36.8219],
  ['Johannesburg', 'ZA', 'AF', -26.2041, 28.0473],
  ['Cape Town', 'ZA', 'AF', -33.9249, 18.4241],
  ['Casablanca', 'MA', 'AF', 33.5731, -7.5898],
  ['Sydney', 'AU', 'OC', -33.8688, 151.2093],
  ['Melbourne', 'AU', 'OC', -37.8136, 144.9631],
  ['Auckland', 'NZ', 'OC', -36.8485, 174.7633],
];

/** Every city the generator places events in. */
export const CITIES: readonly City[] = CITY_TABLE.map(([city, country, continent, lat, long]) => ({
  city,
  country,
  continent,
  lat,
  long,
}));

export interface AutonomousSystem {
  asn: number;
  as_org: string;
  /** Countries this network mostly serves; `*` for global clouds. */
  countries: readonly string[];
}

/** Real ASNs with their registered organisation names. */
export const NETWORKS: readonly AutonomousSystem[] = [
  { asn: 3320, as_org: 'Deutsche Telekom AG', countries: ['DE', 'AT'] },
  { asn: 3209, as_org: 'Vodafone GmbH', countries: ['DE'] },
  { asn: 6830, as_org: 'Liberty Global B.V.', countries: ['AT', 'CH', 'NL', 'BE', 'IE', 'PL', 'CZ', 'HU', 'RO'] },
  { asn: 3215, as_org: 'Orange S.A.', countries: ['FR', 'ES', 'BE', 'RO', 'EG', 'MA'] },
  { asn: 2856, as_org: 'British Telecommunications PLC', countries: ['GB', 'IE'] },
  { asn: 3352, as_org: 'Telefonica de Espana S.A.U.', countries: ['ES', 'PT', 'BR', 'AR', 'CL', 'CO', 'PE', 'MX'] },
  { asn: 3269, as_org: 'Telecom Italia S.p.A.', countries: ['IT', 'GR', 'TR'] },
  { asn: 1299, as_org: 'Arelion Sweden AB', countries: ['SE', 'NO', 'FI', 'DK', 'UA'] },
  { asn: 7922, as_org: 'Comcast Cable Communications, LLC', countries: ['US'] },
  { asn: 7018, as_org: 'AT&T Services, Inc.', countries: ['US', 'MX'] },
  { asn: 701, as_org: 'Verizon Business', countries: ['US', 'CA'] },
  { asn: 812, as_org: 'Rogers Communications Canada Inc.', countries: ['CA'] },
  { asn: 4713, as_org: 'NTT Communications Corporation', countries: ['JP', 'SG', 'HK', 'TW'] },
  { asn: 4766, as_org: 'Korea Telecom', countries: ['KR'] },
  { asn: 4134, as_org: 'Chinanet', countries: ['CN', 'HK'] },
  { asn: 9498, as_org: 'Bharti Airtel Ltd.', countries: ['IN', 'AE', 'KE', 'NG'] },
  { asn: 4826, as_org: 'Vocus Connect International Backbone', countries: ['AU', 'NZ', 'ID', 'PH', 'TH'] },
  { asn: 37100, as_org: 'SEACOM Limited', countries: ['ZA', 'KE', 'NG', 'EG', 'IL'] },
  { asn: 16509, as_org: 'Amazon.com, Inc.', countries: ['*'] },
  { asn: 15169, as_org: 'Google LLC', countries: ['*'] },
  { asn: 8075, as_org: 'Microsoft Corporation', countries: ['*'] },
  { asn: 24940, as_org: 'Hetzner Online GmbH', countries: ['*'] },
  { asn: 14061, as_org: 'DigitalOcean, LLC', countries: ['*'] },
  { asn: 13335, as_org: 'Cloudflare, Inc.', countries: ['*'] },
];
