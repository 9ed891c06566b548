import { z } from 'zod';
import { oneOf, optionalInt } from '../../platform/core';

export const FREQUENCIES = ['immediately', 'daily', 'weekly', 'never'] as const;
export const FOLLOWABLE = ['practice', 'city', 'area', 'person', 'organisation', 'challenge', 'thread', 'group', 'proposal', 'call', 'event', 'project'] as const;
export const OVERRIDABLE = ['group', 'thread', 'challenge'] as const;

const id = optionalInt(1, 2_147_483_647).refine((v) => v !== null, 'notifications_error_follow_target');

export const frequencySchema = z.object({ frequency: z.enum(FREQUENCIES, { error: 'notifications_error_frequency' }) });

export const followSchema = z.object({
	type: z.enum(FOLLOWABLE, { error: 'notifications_error_follow_target' }),
	id,
	action: oneOf(['follow', 'unfollow']).optional().default('follow')
});

export const overrideSchema = z.object({
	type: z.enum(OVERRIDABLE, { error: 'notifications_error_unknown' }),
	id,
	frequency: z.union([z.literal(''), z.enum(FREQUENCIES)], { error: 'notifications_error_frequency' })
});
