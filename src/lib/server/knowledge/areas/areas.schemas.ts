import { z } from 'zod';
import { oneOf, requiredText } from '../../platform/core';

/** Lowercase words joined by hyphens: it appears in links and filters. */
export const AREA_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const names = {
	name_pl: requiredText(120),
	name_en: requiredText(120)
};

export const createAreaSchema = z.object({
	key: z
		.string({ error: 'error_required' })
		.trim()
		.toLowerCase()
		.min(1, 'error_required')
		.max(60, 'error_too_long')
		.regex(AREA_KEY, 'admin_area_key_invalid'),
	...names
});

const areaId = z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid');

export const renameAreaSchema = z.object({ area_id: areaId, ...names });

export const moveAreaSchema = z.object({ area_id: areaId, direction: oneOf(['up', 'down'] as const) });

export interface AreaRow {
	id: number;
	key: string;
	namePl: string;
	nameEn: string;
}
