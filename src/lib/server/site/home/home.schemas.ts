import type { ApplicationStatus, OrganisationRole, OrganisationType } from '../../platform/db';
import type { PersonSummary } from '../../directory/people';
import type { MapCity } from '../../directory/cities';

/** The network at a glance; counts only, nothing about any one person. */
export interface HomeNumbers {
	/** Cities with a member organisation or an individual member. */
	cities: number;
	countries: number;
	/** Organisations whose membership was approved. */
	organisations: number;
	/** Network members: people in a member organisation, individual members and coordinators. */
	people: number;
}

export interface HomeOrganisation {
	slug: string;
	name: string;
	type: OrganisationType;
	city: { slug: string; name: string; countryName: string };
	memberSince: Date | null;
}

export interface HomeApplication {
	/** Null for an individual application. */
	organisation: { slug: string; name: string } | null;
	status: ApplicationStatus;
	createdAt: Date;
	decidedAt: Date | null;
}

export interface HomeMyOrganisation {
	slug: string;
	name: string;
	role: OrganisationRole;
	approved: boolean;
}

export interface VisitorHome {
	kind: 'visitor';
	numbers: HomeNumbers;
	recentOrganisations: HomeOrganisation[];
	map: { svg: string; cities: MapCity[] } | null;
}

export interface PersonalHome {
	kind: 'person';
	name: string;
	isMember: boolean;
	emailVerified: boolean;
	/** Open invitations to organisations sent to the person's address (links are in the mail). */
	invitations: number;
	applications: HomeApplication[];
	organisations: HomeMyOrganisation[];
	/** The person's own city, for "new in <city>"; null when they have none. */
	city: { slug: string; name: string } | null;
	hasAreas: boolean;
	/** People who joined in the last month and share the person's city or areas, as visible. */
	newPeople: PersonSummary[];
	/** Organisations that joined the network in the last month in the person's city or areas. */
	newOrganisations: HomeOrganisation[];
	/** Coordinators only: applications waiting for a decision. */
	pendingApplications: number | null;
	numbers: HomeNumbers;
}

export type HomeView = VisitorHome | PersonalHome;

export const RECENT_ORGANISATIONS = 6;
export const NEW_NEARBY_LIMIT = 8;
export const NEW_SINCE_DAYS = 30;
