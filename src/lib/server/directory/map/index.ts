export { renderEuropeMap } from './europe-map';
export type { MapMarker } from './europe-map';
