export { DEMO_AREAS } from './areas.seed';
export { seedIfEmpty } from './seed';
