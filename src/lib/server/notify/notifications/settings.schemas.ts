import { z } from 'zod';
import { optionalInt } from '../../platform/core';
import { contextEntry } from '../registry';

export const FREQUENCIES = ['immediately', 'daily', 'weekly', 'never'] as const;

const id = optionalInt(1, 2_147_483_647).refine((v) => v !== null, 'notifications_error_follow_target');

export const frequencySchema = z.object({ frequency: z.enum(FREQUENCIES, { error: 'notifications_error_frequency' }) });

/** A mail frequency for one context its registry entry lets have one ('' clears it). */
export const overrideSchema = z.object({
	type: z
		.string({ error: 'notifications_error_unknown' })
		.refine((type) => contextEntry(type)?.overridable === true, 'notifications_error_unknown'),
	id,
	frequency: z.union([z.literal(''), z.enum(FREQUENCIES)], { error: 'notifications_error_frequency' })
});
