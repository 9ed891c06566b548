import { z } from 'zod';
import { email, oneOf, optionalText, requiredText } from '../../platform/core';
import type { ApplicationStatus, OrganisationType } from '../../platform/db';

/** `applicant` is "individual" or the slug of an organisation the person administers. */
export const INDIVIDUAL = 'individual';

export const applySchema = z.object({
	applicant: requiredText(100),
	motivation: requiredText(4000),
	contact_name: requiredText(200),
	contact_email: email(),
	offers: optionalText(2000),
	seeks: optionalText(2000)
});

export const DECISIONS = ['approve', 'decline'] as const;
export type Decision = (typeof DECISIONS)[number];

export const decisionSchema = z.object({
	application_id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid'),
	decision: oneOf(DECISIONS),
	message: optionalText(2000)
});

export interface ApplicantChoice {
	value: string;
	label: string;
}

/** One of the person's own applications, as the membership page shows it. */
export interface OwnApplication {
	id: number;
	/** Organisation name, or null for the person's individual application. */
	organisationName: string | null;
	status: ApplicationStatus;
	createdAt: string;
	decidedAt: string | null;
	decisionMessage: string | null;
}

/** A pending application with everything a coordinator needs to decide. */
export interface PendingApplication {
	id: number;
	createdAt: string;
	applicant: { name: string; email: string; handle: string };
	organisation: {
		slug: string;
		name: string;
		type: OrganisationType;
		cityName: string;
		countryCode: string;
		website: string | null;
	} | null;
	motivation: string;
	contactName: string;
	contactEmail: string;
	offers: string;
	seeks: string;
}
