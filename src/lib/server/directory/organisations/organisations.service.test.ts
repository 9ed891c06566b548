import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import {
	actorOf,
	addToOrganisation,
	makeArea,
	makeCity,
	makeMember,
	makeOrganisation,
	makePerson
} from '../../platform/db/testing/factories';
import { AppError } from '../../platform/core';
import { slugify } from '../../shared';
import {
	DIRECTORY_PAGE_SIZE,
	createOrganisation,
	getOrganisation,
	getOrganisationForEdit,
	listOrganisations,
	updateOrganisation
} from './organisations.service';

const t = useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function verifiedActor() {
	return actorOf(await makePerson(t.db));
}

function orgInput(cityName: string, overrides: Record<string, string> = {}) {
	return {
		name: 'Fundacja Szyb (test)',
		type: 'ngo',
		city_name: cityName,
		country: 'PL',
		website: 'https://szyb.example.org',
		description: 'Reuses mine buildings.',
		...overrides
	};
}

describe('creating an organisation', () => {
	it('makes the creator its admin, in the typed town, with a unique slug', async () => {
		const city = await makeCity(t.db, { name: 'Wałbrzych Testowy' });
		const actor = await verifiedActor();
		const first = await createOrganisation(actor, orgInput('walbrzych testowy', { name: 'Urząd Miasta Łódź' }), t.deps);
		const second = await createOrganisation(actor, orgInput(city.name, { name: 'Urząd Miasta Łódź' }), t.deps);
		expect(first.slug).toMatch(/^urzad-miasta-lodz-[a-z0-9]{5}$/);
		expect(second.slug).toMatch(/^urzad-miasta-lodz-[a-z0-9]{5}$/);
		expect(second.slug).not.toBe(first.slug);

		const page = await getOrganisation(actor, first.slug, t.deps, 'en');
		expect(page).toMatchObject({ name: 'Urząd Miasta Łódź', type: 'ngo', city: { slug: city.slug }, canEdit: true, memberSince: null });
		expect(page.people).toEqual([{ handle: actor.handle, name: actor.name, role: 'admin' }]);
		const audit = await t.db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'organisation.create')
			.where('actor_id', '=', actor.id)
			.execute();
		expect(audit).toHaveLength(2);
	});

	it('gives a new organisation an address that says nothing of one not yet approved with the same name', async () => {
		const city = await makeCity(t.db);
		const name = `Fundacja Szyb ${city.id}`;
		const founder = await verifiedActor();
		const pending = await createOrganisation(founder, orgInput(city.name, { name }), t.deps);
		await t.db
			.updateTable('organisations')
			.set({ slug: slugify(name) })
			.where('slug', '=', pending.slug)
			.execute();
		const stranger = await verifiedActor();
		await expect(getOrganisation(stranger, slugify(name), t.deps, 'en')).rejects.toMatchObject({ code: 'not_found' });
		const mine = await createOrganisation(stranger, orgInput(city.name, { name }), t.deps);
		// before: "fundacja-szyb-…-2", telling the stranger that an organisation they may not see exists
		expect(mine.slug).toMatch(new RegExp(`^${slugify(name)}-[a-z0-9]{5}$`));
	});

	it('refuses visitors and people who have not confirmed their e-mail', async () => {
		const city = await makeCity(t.db);
		expect((await failure(createOrganisation(null, orgInput(city.name), t.deps))).code).toBe('unauthenticated');
		const unverified = actorOf(await makePerson(t.db, { verified: false }));
		const error = await failure(createOrganisation(unverified, orgInput(city.name), t.deps));
		expect(error.code).toBe('forbidden');
		expect(error.messageKey).toBe('org_error_unverified');
	});

	it('says which field is wrong: unknown town, bad address, too long, missing name', async () => {
		const actor = await verifiedActor();
		const town = await failure(createOrganisation(actor, orgInput('Qwxzyville Nowhere'), t.deps));
		expect(town.fieldErrors.city_name?.key).toBe('org_error_unknown_town');

		const city = await makeCity(t.db);
		const bad = await failure(
			createOrganisation(
				actor,
				orgInput(city.name, { website: 'javascript:alert(1)', description: 'x'.repeat(4001), name: ' ', type: 'club' }),
				t.deps
			)
		);
		expect(bad.code).toBe('validation_failed');
		expect(bad.fieldErrors.website?.key).toBe('error_invalid_url');
		expect(bad.fieldErrors.description).toEqual({ key: 'error_too_long', params: { max: 4000 } });
		expect(bad.fieldErrors.name?.key).toBe('error_required');
		expect(bad.fieldErrors.type?.key).toBe('error_invalid_choice');
	});
});

describe('editing an organisation', () => {
	it('lets its admin change it, and nobody else', async () => {
		const city = await makeCity(t.db);
		const admin = await verifiedActor();
		const { slug } = await createOrganisation(admin, orgInput(city.name), t.deps);

		const edit = await getOrganisationForEdit(admin, slug, t.deps, 'pl');
		expect(edit.values).toMatchObject({ name: 'Fundacja Szyb (test)', city_name: city.name, country: 'PL' });
		await updateOrganisation(admin, slug, { ...edit.values, name: 'Fundacja Nowy Szyb' }, t.deps);
		expect((await getOrganisation(admin, slug, t.deps, 'pl')).name).toBe('Fundacja Nowy Szyb');

		// An admin of another (approved) organisation: sees this one only if approved, never edits it.
		const other = await makeMember(t.db, { orgRole: 'admin' });
		const outsider = actorOf(other.person, true);
		expect((await failure(getOrganisationForEdit(outsider, slug, t.deps, 'pl'))).code).toBe('not_found');
		expect((await failure(updateOrganisation(outsider, slug, { ...edit.values, name: 'Hijacked' }, t.deps))).code).toBe('not_found');

		await t.db.updateTable('organisations').set({ member_since: new Date() }).where('slug', '=', slug).execute();
		expect((await failure(updateOrganisation(outsider, slug, { ...edit.values, name: 'Hijacked' }, t.deps))).code).toBe('forbidden');

		// A plain member of the organisation itself cannot edit either.
		const colleague = await makePerson(t.db);
		const org = await t.db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
		await addToOrganisation(t.db, org.id, colleague.id, 'member');
		expect((await failure(updateOrganisation(actorOf(colleague, true), slug, { ...edit.values, name: 'Hijacked' }, t.deps))).code).toBe(
			'forbidden'
		);
		expect((await getOrganisation(null, slug, t.deps, 'pl')).name).toBe('Fundacja Nowy Szyb');
	});
});

describe('the organisation page', () => {
	it('hides an organisation that is not a member from outsiders, shows it to its people and coordinators', async () => {
		const org = await makeOrganisation(t.db);
		const person = await makePerson(t.db);
		await addToOrganisation(t.db, org.id, person.id, 'member');
		expect((await failure(getOrganisation(null, org.slug, t.deps, 'en'))).code).toBe('not_found');
		expect((await failure(getOrganisation(actorOf(await makePerson(t.db)), org.slug, t.deps, 'en'))).code).toBe('not_found');
		expect((await getOrganisation(actorOf(person), org.slug, t.deps, 'en')).slug).toBe(org.slug);
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }));
		expect((await getOrganisation(coordinator, org.slug, t.deps, 'en')).slug).toBe(org.slug);
	});

	it('shows a visitor only people who show their organisations publicly, and roles only to members', async () => {
		const org = await makeOrganisation(t.db, { approved: true, website: 'https://example.org' });
		const open = await makePerson(t.db, { name: 'Anna Open', visibility: { profile: 'public', organisations: 'public' } });
		const membersOnly = await makePerson(t.db, { name: 'Bartek Members' });
		const hidden = await makePerson(t.db, { name: 'Celina Hidden', visibility: { profile: 'nobody' } });
		for (const p of [open, membersOnly, hidden]) await addToOrganisation(t.db, org.id, p.id, p === open ? 'admin' : 'member');

		const visitor = await getOrganisation(null, org.slug, t.deps, 'en');
		expect(visitor.people).toEqual([{ handle: open.handle, name: 'Anna Open', role: null }]);
		expect(visitor.hiddenPeople).toBe(2);
		expect(visitor.website).toBe('https://example.org');

		const { person: member } = await makeMember(t.db);
		const asMember = await getOrganisation(actorOf(member, true), org.slug, t.deps, 'en');
		expect(asMember.people.map((p) => [p.name, p.role])).toEqual([
			['Anna Open', 'admin'],
			['Bartek Members', 'member']
		]);
		expect(asMember.canEdit).toBe(false);
	});
});

describe('the directory', () => {
	it('lists member organisations to all and the viewer own ones, with filters and paging', async () => {
		const city = await makeCity(t.db, { name: 'Bytom Dir', country_code: 'CZ' });
		const area = await makeArea(t.db);
		const approved = await makeOrganisation(t.db, {
			approved: true,
			cityId: city.id,
			name: 'Zeta Mine Museum',
			type: 'public_institution'
		});
		const pending = await makeOrganisation(t.db, { cityId: city.id, name: 'Zeta Pending Group', type: 'informal_group' });
		const owner = await makePerson(t.db);
		await addToOrganisation(t.db, pending.id, owner.id, 'admin');
		const expert = await makePerson(t.db, { visibility: { profile: 'public', areas: 'public' } });
		await addToOrganisation(t.db, approved.id, expert.id);
		await t.db.insertInto('person_areas').values({ person_id: expert.id, area_id: area.id }).execute();

		const names = async (actor: Parameters<typeof listOrganisations>[0], query: string) =>
			(await listOrganisations(actor, new URLSearchParams(query), t.deps, 'en')).items.map((i) => i.name);

		expect(await names(null, 'q=zeta')).toEqual(['Zeta Mine Museum']);
		expect(await names(actorOf(owner), 'q=ZETA')).toEqual(['Zeta Mine Museum', 'Zeta Pending Group']);
		expect(await names(null, `city=${city.slug}&type=public_institution`)).toEqual(['Zeta Mine Museum']);
		expect(await names(null, `country=cz&q=zeta`)).toEqual(['Zeta Mine Museum']);
		expect(await names(null, `area=${area.key}`)).toEqual(['Zeta Mine Museum']);
		expect(await names(null, 'q=zeta&type=ngo')).toEqual([]);
		expect(await names(null, 'q=%25')).not.toContain('Zeta Pending Group');

		const result = await listOrganisations(null, new URLSearchParams('q=zeta&page=abc&type=nonsense'), t.deps, 'en');
		expect(result.page).toBe(1);
		expect(result.options.cities.map((c) => c.value)).toContain(city.slug);
		expect(result.options.countries.map((c) => c.value)).toContain('CZ');
	});

	it('pages through long lists', async () => {
		const city = await makeCity(t.db);
		for (let i = 0; i < DIRECTORY_PAGE_SIZE + 1; i++) {
			await makeOrganisation(t.db, { approved: true, cityId: city.id, name: `Paged Org ${String(i).padStart(2, '0')}` });
		}
		const first = await listOrganisations(null, new URLSearchParams(`city=${city.slug}`), t.deps, 'en');
		expect(first).toMatchObject({ total: DIRECTORY_PAGE_SIZE + 1, pages: 2, page: 1 });
		expect(first.items).toHaveLength(DIRECTORY_PAGE_SIZE);
		const second = await listOrganisations(null, new URLSearchParams(`city=${city.slug}&page=2`), t.deps, 'en');
		expect(second.items.map((i) => i.name)).toEqual([`Paged Org ${DIRECTORY_PAGE_SIZE}`]);
	});
});
