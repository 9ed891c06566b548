export { INDUSTRIES, SIZE_BANDS, SIZE_BAND_KEYS } from './cities.schemas';
export type { CityDetails, CityListItem, Industry, MapCity, SizeBand } from './cities.schemas';
export { getCity, getCityForEdit, listCities, mapOfNetwork, updateCity } from './cities.service';
export { resolveCity } from './places';
export { cityExists, listCityChoices, memberCitySql } from './cities.sql';
export { citiesNotifications } from './cities.notifications';
export { findTown } from './geonames';
