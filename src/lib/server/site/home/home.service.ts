import type { Locale } from '$lib/paraglide/runtime';
import type { MaybeActor } from '../../platform/auth';
import { membershipPolicy } from '../../directory/membership';
import type { Deps } from '../../platform/core';
import { mapOfNetwork } from '../../directory/cities';
import { toPersonSummary } from '../../directory/people';
import * as q from './home.queries';
import { summarised } from '../../platform/cache';
import {
	NEW_NEARBY_LIMIT,
	NEW_SINCE_DAYS,
	RECENT_ORGANISATIONS,
	type HomeOrganisation,
	type HomeView,
	type PersonalHome,
	type VisitorHome
} from './home.schemas';
import { cityName, countryName } from '../../shared';

const DAY = 24 * 60 * 60 * 1000;

function toOrganisation(row: q.OrganisationRow, locale: string): HomeOrganisation {
	return {
		slug: row.slug,
		name: row.name,
		type: row.type,
		city: {
			slug: row.city_slug,
			name: cityName({ name: row.city_name, name_en: row.city_name_en }, locale),
			countryName: countryName(row.country_code, locale)
		},
		memberSince: row.member_since ? new Date(row.member_since) : null
	};
}

/**
 * The home page. A visitor gets the network at a glance: numbers, the map, who joined lately.
 * A signed-in person gets what waits for them (e-mail to confirm, invitations, applications,
 * for coordinators the applications to decide) and what is new near them in their city and
 * areas, showing only what they may see of other people.
 */
export async function getHome(actor: MaybeActor, input: { locale: Locale; now?: Date }, deps: Deps): Promise<HomeView> {
	const { locale } = input;
	const { db } = deps;
	if (!actor) {
		const [numbers, recent, map] = await summarised(deps.summaryCache, `visitor-home:${locale}`, () =>
			Promise.all([q.networkNumbers(db), q.recentOrganisations(db, RECENT_ORGANISATIONS), mapOfNetwork(deps, locale)])
		);
		const home: VisitorHome = {
			kind: 'visitor',
			numbers,
			recentOrganisations: recent.map((row) => toOrganisation(row, locale)),
			map
		};
		return home;
	}

	const since = new Date((input.now ?? new Date()).getTime() - NEW_SINCE_DAYS * DAY);
	// the coordinators' queue of applications is membership's business: it says who sees it
	const coordinator = membershipPolicy.coordinate(actor);
	const [context, numbers, people, organisations] = await Promise.all([
		q.personalContext(db, actor, coordinator),
		q.networkNumbers(db),
		q.newPeopleNear(db, actor, since, locale, NEW_NEARBY_LIMIT),
		q.newOrganisationsNear(db, actor, since, NEW_NEARBY_LIMIT)
	]);
	const home: PersonalHome = {
		kind: 'person',
		name: actor.name,
		isMember: actor.isMember,
		emailVerified: actor.emailVerified,
		invitations: context?.invitations ?? 0,
		applications: (context?.applications ?? []).map((a) => ({
			organisation: a.slug && a.name ? { slug: a.slug, name: a.name } : null,
			status: a.status,
			createdAt: new Date(a.created_at),
			decidedAt: a.decided_at ? new Date(a.decided_at) : null
		})),
		organisations: context?.organisations ?? [],
		city:
			context?.city_slug && context.city_name
				? { slug: context.city_slug, name: cityName({ name: context.city_name, name_en: context.city_name_en }, locale) }
				: null,
		hasAreas: Boolean(context?.has_areas),
		newPeople: people.map((row) => toPersonSummary(row, actor, locale)),
		newOrganisations: organisations.map((row) => toOrganisation(row, locale)),
		pendingApplications: coordinator ? (context?.pending_applications ?? 0) : null,
		numbers
	};
	return home;
}
