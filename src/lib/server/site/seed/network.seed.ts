import type { Deps } from '../../platform/core';
import { hashPassword } from '../../platform/auth';
import { handleBase } from '../../directory/accounts';
import { DEMO_ORGANISATIONS } from './organisations.data';
import { DEMO_PASSWORD, DEMO_PENDING, DEMO_PEOPLE, PUBLIC_PROFILE } from './people.data';

/** "2024-03" → 1 March 2024, noon UTC. */
const month = (value: string) => new Date(`${value}-01T12:00:00Z`);

/**
 * The demo network on top of the seeded areas and cities: organisations of every type, their
 * people with expertise and languages, memberships, and a few applications waiting for the
 * coordinator. Cities are found by slug; organisations and people in a missing city are left
 * out (people keep no city). One argon2 hash serves every demo account, and rows go in a
 * handful of multi-row inserts, so this takes well under a second.
 */
export async function seedNetwork({ db }: Deps): Promise<void> {
	const [cities, areas, passwordHash] = await Promise.all([
		db.selectFrom('cities').select(['id', 'slug']).execute(),
		db.selectFrom('areas').select(['id', 'key']).execute(),
		hashPassword(DEMO_PASSWORD)
	]);
	const cityId = new Map(cities.map((c) => [c.slug, c.id]));
	const areaId = new Map(areas.map((a) => [a.key, a.id]));

	// Ewa's town must exist for the demo account to make sense, even if the cities seed changes.
	if (!cityId.has('walbrzych')) {
		const row = await db
			.insertInto('cities')
			.values({
				slug: 'walbrzych',
				name: 'Wałbrzych',
				country_code: 'PL',
				latitude: 50.7714,
				longitude: 16.2843,
				population: 108_000,
				industries: ['coal_mining'],
				is_demo: true
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		cityId.set('walbrzych', row.id);
	}

	const now = new Date();
	const people = await db
		.insertInto('people')
		.values(
			DEMO_PEOPLE.map((person) => ({
				handle: handleBase(person.name),
				name: person.name,
				email: person.email,
				email_verified_at: now,
				password_hash: passwordHash,
				role: person.role ?? 'person',
				locale: person.locale,
				city_id: cityId.get(person.city) ?? null,
				bio: person.bio,
				languages: person.languages,
				visibility: person.public ? PUBLIC_PROFILE : {},
				member_since: person.individualSince ? month(person.individualSince) : null,
				is_demo: true
			}))
		)
		.returning(['id', 'email'])
		.execute();
	const personId = new Map(people.map((row) => [row.email, row.id]));
	const coordinatorId = personId.get('koordynator@headframe.example') ?? null;

	const personAreas = DEMO_PEOPLE.flatMap((person) =>
		person.areas.flatMap((key) => {
			const area = areaId.get(key);
			return area === undefined ? [] : [{ person_id: personId.get(person.email)!, area_id: area }];
		})
	);
	if (personAreas.length) await db.insertInto('person_areas').values(personAreas).execute();

	const placed = DEMO_ORGANISATIONS.filter((org) => cityId.has(org.city));
	const organisations = await db
		.insertInto('organisations')
		.values(
			placed.map((org) => ({
				slug: handleBase(org.name),
				name: org.name,
				type: org.type,
				city_id: cityId.get(org.city)!,
				website: org.website ?? null,
				description: org.description,
				member_since: org.memberSince ? month(org.memberSince) : null,
				is_demo: true,
				created_by: personId.get(adminEmailOf(org.key)) ?? null
			}))
		)
		.returning(['id', 'slug'])
		.execute();
	const organisationId = new Map(placed.map((org, index) => [org.key, organisations[index].id]));

	const members = DEMO_PEOPLE.flatMap((person) =>
		(person.organisations ?? []).flatMap(([key, role]) => {
			const organisation = organisationId.get(key);
			return organisation === undefined ? [] : [{ organisation_id: organisation, person_id: personId.get(person.email)!, role }];
		})
	);
	if (members.length) await db.insertInto('organisation_members').values(members).execute();

	// Approved organisations have the application that made them members; some are still waiting.
	const approved = placed
		.filter((org) => org.memberSince)
		.map((org) => {
			const applicant = DEMO_PEOPLE.find((p) => p.email === adminEmailOf(org.key))!;
			return {
				organisation_id: organisationId.get(org.key)!,
				applicant_id: personId.get(applicant.email)!,
				motivation: org.description,
				contact_name: applicant.name,
				contact_email: applicant.email,
				status: 'approved' as const,
				decision_message: applicant.locale === 'pl' ? 'Witamy w sieci!' : 'Welcome to the network!',
				decided_by: coordinatorId,
				decided_at: month(org.memberSince!),
				created_at: month(org.memberSince!)
			};
		});
	const pending = DEMO_PENDING.flatMap((application, index) => {
		const applicantId = personId.get(application.applicant);
		const orgId = application.organisation ? organisationId.get(application.organisation) : null;
		if (applicantId === undefined || orgId === undefined) return [];
		const applicant = DEMO_PEOPLE.find((p) => p.email === application.applicant)!;
		return [
			{
				organisation_id: orgId,
				applicant_id: applicantId,
				motivation: application.motivation,
				contact_name: applicant.name,
				contact_email: applicant.email,
				offers: application.offers,
				seeks: application.seeks,
				// a few days apart, so the queue has an order
				created_at: new Date(now.getTime() - (9 - 3 * index) * 86_400_000)
			}
		];
	});
	const applications = [...approved, ...pending];
	if (applications.length) await db.insertInto('membership_applications').values(applications).execute();
}

/** The e-mail address of the demo person who administers an organisation. */
function adminEmailOf(orgKey: string): string {
	const admin = DEMO_PEOPLE.find((person) => person.organisations?.some(([key, role]) => key === orgKey && role === 'admin'));
	if (!admin) throw new Error(`Demo organisation ${orgKey} has no admin`);
	return admin.email;
}
