import { definePolicy, signedIn } from '../../platform/auth';

/**
 * One's follows are one's own: anyone signed in, for themselves. Whether a person may follow a
 * thing is the owning domain's rule, asked through the notification registry (notify/registry).
 */
export const followPolicy = definePolicy({ signedIn });
