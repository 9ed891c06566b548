import { z } from 'zod';
import type { OrganisationRole, OrganisationType } from '../../platform/db';

export const PEOPLE_PAGE_SIZE = 30;

export const ORGANISATION_TYPES = [
	'local_government',
	'ngo',
	'public_institution',
	'informal_group',
	'research',
	'business'
] as const satisfies readonly OrganisationType[];

/**
 * Directory filters from the query string. A filter is a GET link anyone can edit, so a value
 * that makes no sense is dropped (the directory shows everything for it) instead of answering
 * with an error page.
 */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const trimmed = (max: number) =>
	z
		.string()
		.transform((v) => v.trim())
		.pipe(z.string().min(1).max(max));

export const directoryFiltersSchema = z.object({
	q: optional(
		z
			.string()
			.transform((v) => v.trim().slice(0, 100))
			.pipe(z.string().min(1))
	),
	city: optional(trimmed(120)),
	country: optional(
		z
			.string()
			.trim()
			.regex(/^[A-Za-z]{2}$/)
			.transform((v) => v.toUpperCase())
	),
	area: optional(trimmed(120)),
	language: optional(
		z
			.string()
			.trim()
			.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
			.transform((v) => v.toLowerCase())
	),
	type: optional(z.enum(ORGANISATION_TYPES)),
	page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

export interface CityRef {
	slug: string;
	name: string;
	countryCode: string;
	countryName: string;
}

export interface LanguageRef {
	code: string;
	name: string;
}

export interface AreaRef {
	key: string;
	name: string;
}

export interface PersonOrganisation {
	slug: string;
	name: string;
	type: OrganisationType;
	role: OrganisationRole;
	/** False only on the person's own page: an organisation not yet in the network. */
	approved: boolean;
}

/**
 * A person as a viewer may see them. `null` means the field is hidden from this viewer (the
 * page shows nothing for it); an empty list means the person left it empty.
 */
export interface PersonSummary {
	handle: string;
	name: string;
	city: CityRef | null;
	organisations: PersonOrganisation[] | null;
	languages: LanguageRef[] | null;
	areas: AreaRef[] | null;
}

export interface PersonProfile extends PersonSummary {
	email: string | null;
	bio: string | null;
	/** The viewer is this person: they see all of it and may edit it. */
	isSelf: boolean;
	/** For the report link (/report?type=profile&id=). */
	id: number;
	/** Hidden by the moderators: only its owner gets the profile then, with the reason. */
	hidden: { reason: string } | null;
}

export interface DirectoryOption {
	value: string;
	label: string;
}

export interface PeopleDirectory {
	people: PersonSummary[];
	count: number;
	page: number;
	pages: number;
	filters: DirectoryFilters;
	options: {
		cities: DirectoryOption[];
		countries: DirectoryOption[];
		areas: DirectoryOption[];
		languages: DirectoryOption[];
		types: readonly OrganisationType[];
	};
	/** Visitors and accounts outside the network: members see more, so invite them in. */
	limitedView: boolean;
}
