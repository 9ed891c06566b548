import { z } from 'zod';
import { many, oneOf, optionalText, requiredText } from '../../platform/core';
import { countryCodes } from '../calls';
import type { InterestStatus, OrganisationType, PartnerSearchStatus } from '../../platform/db';

export const ORGANISATION_TYPES = ['local_government', 'ngo', 'public_institution', 'informal_group', 'research', 'business'] as const;
export const INTEREST_ROLES = ['partner', 'associated'] as const;

const id = (message = 'error_required') => z.coerce.number({ error: message }).int(message).positive(message);

export const newSearchSchema = z.object({
	organisation_id: id(),
	call: z
		.string()
		.max(200)
		.optional()
		.transform((v) => (v ?? '').trim()),
	title: requiredText(200),
	idea: requiredText(10_000),
	roles_sought: optionalText(2000),
	organisation_types: many(oneOf(ORGANISATION_TYPES), 6).transform((types) => [...new Set(types)]),
	countries: countryCodes()
});

export const interestSchema = z.object({
	organisation_id: id(),
	message: requiredText(4000)
});

export const decisionSchema = z.object({
	interest_id: id('error_invalid'),
	decision: oneOf(['accept', 'decline'] as const),
	role: oneOf(INTEREST_ROLES).optional().default('partner')
});

export interface OrganisationRef {
	id: number;
	slug: string;
	name: string;
	type: OrganisationType;
	city: string;
	country: string;
}

export interface SearchSummary {
	slug: string;
	title: string;
	status: PartnerSearchStatus;
	organisation: OrganisationRef;
	call: { slug: string; title: string } | null;
	rolesSought: string;
	countries: { key: string; name: string }[];
	organisationTypes: OrganisationType[];
	interestCount: number;
	createdAt: string;
}

export interface InterestView {
	id: number;
	organisation: OrganisationRef;
	person: string | null;
	message: string;
	status: InterestStatus;
	role: 'partner' | 'associated';
}

export interface SearchDetails extends SearchSummary {
	ideaHtml: string;
	project: { slug: string; title: string } | null;
	/** The actor belongs to the posting organisation: sees every interest and decides. */
	canManage: boolean;
	/** Open, managed by the actor, with at least one accepted partner. */
	canComplete: boolean;
	/** Every interest (managers) or the actor's organisations' own. */
	interests: InterestView[];
	/** Organisations the actor may express interest for (not the poster, not already answered). */
	interestOrganisations: { id: number; name: string }[];
}

export interface NewSearchForm {
	call: { slug: string; title: string } | null;
	organisations: { id: number; name: string }[];
	countries: { value: string; label: string }[];
	blocked: 'no_organisation' | null;
}
