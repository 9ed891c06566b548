export { LIMITS, assertUnderLimit, clearHits, recordHit, refundHits, takeHits } from './rate-limit';
export type { HitTicket, Limit, LimitKey } from './rate-limit';
