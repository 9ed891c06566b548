export { createPeriodicRunner } from './periodic';
export type { PeriodicRunner } from './periodic';
