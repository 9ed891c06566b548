export { DEMO_AREAS } from './areas.seed';
export { DEMO_PASSWORD } from './people.data';
export { seedIfEmpty } from './seed';
