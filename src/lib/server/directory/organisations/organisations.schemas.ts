import { z } from 'zod';
import { email, oneOf, optionalText, optionalUrl, requiredText } from '../../platform/core';
import type { OrganisationRole, OrganisationType } from '../../platform/db';

export const ORGANISATION_TYPES = [
	'local_government',
	'ngo',
	'public_institution',
	'informal_group',
	'research',
	'business'
] as const satisfies readonly OrganisationType[];

export const ORGANISATION_ROLES = ['admin', 'member'] as const satisfies readonly OrganisationRole[];

const countryCode = z
	.string({ error: 'error_required' })
	.trim()
	.min(1, 'error_required')
	.regex(/^[A-Za-z]{2}$/, 'error_invalid_choice')
	.transform((v) => v.toUpperCase());

/** The form to create or edit an organisation. */
export const organisationSchema = z.object({
	name: requiredText(200),
	type: oneOf(ORGANISATION_TYPES),
	city_name: requiredText(120),
	country: countryCode,
	website: optionalUrl(),
	description: optionalText(4000)
});
export type OrganisationInput = z.input<typeof organisationSchema>;

export const inviteSchema = z.object({
	email: email(),
	role: oneOf(ORGANISATION_ROLES)
});

export const roleSchema = z.object({
	person_id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid'),
	role: oneOf(ORGANISATION_ROLES)
});

export const personRefSchema = z.object({
	person_id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid')
});

export const invitationRefSchema = z.object({
	invitation_id: z.coerce.number({ error: 'error_invalid' }).int('error_invalid').positive('error_invalid')
});

/** Directory filters from the query string; anything unreadable is simply ignored. */
export const directorySchema = z.object({
	q: z.string().trim().max(100).catch(''),
	city: z.string().trim().max(100).catch(''),
	country: z
		.string()
		.trim()
		.regex(/^[A-Za-z]{2}$/)
		.transform((v) => v.toUpperCase())
		.or(z.literal(''))
		.catch(''),
	type: z.enum(ORGANISATION_TYPES).or(z.literal('')).catch(''),
	area: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type DirectoryFilters = z.infer<typeof directorySchema>;

// DTOs: what pages receive.

export interface CityRef {
	slug: string;
	name: string;
	countryCode: string;
}

export interface OrganisationSummary {
	slug: string;
	name: string;
	type: OrganisationType;
	city: CityRef;
	/** ISO date of approval as a network member, or null while not (yet) a member. */
	memberSince: string | null;
	isDemo: boolean;
	/** The viewer's role in it, if they belong to it. */
	viewerRole: OrganisationRole | null;
}

export interface OrganisationPerson {
	handle: string;
	name: string;
	/** Shown to network members and to the organisation's own people only. */
	role: OrganisationRole | null;
}

export interface OrganisationPage extends OrganisationSummary {
	website: string | null;
	description: string;
	people: OrganisationPerson[];
	/** People of the organisation the viewer may not see (their profile is not visible). */
	hiddenPeople: number;
	areas: { key: string; name: string }[];
	canEdit: boolean;
	/** Whether an application to the network is waiting for a decision. */
	pendingApplication: boolean;
}

export interface OrganisationMemberRow {
	personId: number;
	handle: string;
	name: string;
	/** Null when the person does not show their address to the viewer. */
	email: string | null;
	role: OrganisationRole;
	isSelf: boolean;
}

export interface PendingInvitation {
	id: number;
	email: string;
	role: OrganisationRole;
	expiresAt: string;
}
