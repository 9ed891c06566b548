import { definePolicy, signedIn } from '../../platform/auth';

/**
 * Notifications and mail settings are one's own: anyone signed in, for themselves.
 * Whether a person may read a context is the owning domain's rule, asked through the
 * notification registry (notify/registry).
 */
export const notifyPolicy = definePolicy({ signedIn });
