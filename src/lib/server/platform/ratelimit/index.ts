export { LIMITS, assertUnderLimit, clearHits, recordHit } from './rate-limit';
