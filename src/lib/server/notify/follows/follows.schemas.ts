import { z } from 'zod';
import { oneOf, optionalInt } from '../../platform/core';
import { isFollowTarget } from '../registry';

const id = optionalInt(1, 2_147_483_647).refine((v) => v !== null, 'notifications_error_follow_target');

/** The follow button's form: what the notification registry knows as a follow target. */
export const followSchema = z.object({
	// an arrow, not the function itself: the registry is read when a form comes, not at load
	type: z
		.string({ error: 'notifications_error_follow_target' })
		.refine((type) => isFollowTarget(type), 'notifications_error_follow_target'),
	id,
	action: oneOf(['follow', 'unfollow']).optional().default('follow')
});
