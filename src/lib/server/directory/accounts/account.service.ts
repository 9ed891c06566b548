import { conflict, invalid, notFound, validate, type Deps, type FieldErrors } from '../../platform/core';
import { authorize, endOtherSessions, hashPassword, verifyPassword, type MaybeActor } from '../../platform/auth';
import { LIMITS, refundHits, takeHits } from '../../platform/ratelimit';
import { insertMail } from '../../platform/mail';
import { listAreas } from '../../knowledge/areas';
import { effectiveVisibility, PROFILE_FIELDS } from '../people';
import { listCityChoices } from '../cities';
import type { ProfileVisibility } from '../../platform/db';
import {
	accountPageSchema,
	changeEmailSchema,
	changePasswordSchema,
	mailLanguageSchema,
	profileSchema,
	visibilityField,
	type AccountPage
} from './accounts.schemas';
import { accountPolicy } from './accounts.policy';
import { issueEmailToken } from './email-tokens';
import { changeEmailMail } from './accounts.mail';
import { assertStrongPassword } from './new-password';
import * as q from './accounts.queries';
import { reindexPerson } from '../../knowledge/search';

/** The signed-in person's own account with the choices its forms offer. Visitors: `unauthenticated`. */
export async function getAccount(actor: MaybeActor, input: unknown, deps: Deps): Promise<AccountPage> {
	authorize(actor, accountPolicy, 'ownAccount');
	const { locale } = validate(accountPageSchema, input);
	const [row, cities, areas] = await Promise.all([q.findAccount(deps.db, actor.id), listCityChoices(deps.db), listAreas(deps.db, locale)]);
	if (!row) throw notFound();
	return {
		account: {
			name: row.name,
			handle: row.handle,
			email: row.email,
			emailVerified: row.email_verified_at !== null,
			pendingEmail: row.pending_email ?? null,
			role: row.role,
			locale: row.locale,
			cityId: row.city_id,
			languages: row.languages,
			areaIds: row.area_ids ?? [],
			bio: row.bio,
			visibility: effectiveVisibility(row.visibility)
		},
		cities: cities.map((city) => ({ id: city.id, name: city.name, countryCode: city.country_code.trim() })),
		areas: areas.map((area) => ({ id: area.id, name: String(area.name) }))
	};
}

/**
 * Saves the person's own profile: name, city, languages, thematic areas, bio and who sees each
 * part of it. A visibility left out of the form keeps its stored value.
 */
export async function updateProfile(actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, accountPolicy, 'ownAccount');
	const values = validate(profileSchema, input);
	const errors: FieldErrors = {};
	if (values.city !== null && !(await q.cityExists(deps.db, values.city))) errors.city = { key: 'error_invalid_choice' };
	const areaIds = [...new Set(values.areas)];
	if ((await q.existingAreaIds(deps.db, areaIds)).length !== areaIds.length) errors.areas = { key: 'error_invalid_choice' };
	if (Object.keys(errors).length) throw invalid(errors);

	await deps.db.transaction().execute(async (trx) => {
		const current = await q.findAccount(trx, actor.id);
		if (!current) throw notFound();
		const visibility: ProfileVisibility = { ...current.visibility };
		for (const field of PROFILE_FIELDS) {
			const level = values[visibilityField(field)];
			if (level) visibility[field] = level;
		}
		await q.updateProfile(trx, actor.id, {
			name: values.name,
			cityId: values.city,
			languages: [...new Set(values.languages)],
			bio: values.bio,
			visibility
		});
		await q.replacePersonAreas(trx, actor.id, areaIds);
		// Search shows only what the person made visible, at the level they chose.
		await reindexPerson(trx, actor.id);
	});
}

/**
 * Checks the password typed on the account page. Wrong guesses count against a limit per
 * person, so a borrowed session cannot be used to guess the password; each check is counted
 * before it is made (parallel guesses cannot pass the limit) and given back when it was right.
 */
async function checkCurrentPassword(deps: Deps, personId: number, password: string, field: string) {
	const ticket = await takeHits(deps.db, [{ limit: LIMITS.passwordCheck, key: String(personId) }]);
	const person = await q.findCredentialsById(deps.db, personId);
	if (!person) throw notFound();
	if (!(await verifyPassword(person.password_hash, password))) throw invalid({ [field]: { key: 'account_password_wrong' } });
	await refundHits(deps.db, ticket, [LIMITS.passwordCheck]);
	return person;
}

/**
 * Changes the password after checking the current one; refuses one that is easy to guess. Ends
 * every OTHER session of the person (the one used here, identified by its cookie token, stays
 * signed in) and retires every link mailed before: reset, verification, change of address.
 */
export async function changePassword(
	actor: MaybeActor,
	input: unknown,
	deps: Deps,
	context: { sessionToken: string | undefined }
): Promise<void> {
	authorize(actor, accountPolicy, 'ownAccount');
	const values = validate(changePasswordSchema, input);
	const person = await checkCurrentPassword(deps, actor.id, values.current_password, 'current_password');
	await assertStrongPassword(values.new_password, 'new_password', [person.name, person.email]);
	const passwordHash = await hashPassword(values.new_password);
	await deps.db.transaction().execute(async (trx) => {
		await q.updatePassword(trx, actor.id, passwordHash);
		// A change of address asked for with the old password (perhaps by whoever knew it) dies too.
		await q.retireAllEmailTokens(trx, actor.id);
		await endOtherSessions(trx, actor.id, context.sessionToken);
	});
}

/**
 * Starts a change of address: mails a confirmation link to the NEW address; the address only
 * changes when that link is followed. Needs the current password; refuses an address another
 * account uses. At most 3 requests a day per person: each mails an address nobody has proved
 * yet, and "taken" tells whether an address has an account.
 */
export async function changeEmail(actor: MaybeActor, input: unknown, deps: Deps): Promise<{ newEmail: string }> {
	authorize(actor, accountPolicy, 'ownAccount');
	const values = validate(changeEmailSchema, input);
	const person = await checkCurrentPassword(deps, actor.id, values.password, 'password');
	if (values.new_email === person.email.toLowerCase()) throw invalid({ new_email: { key: 'account_email_same' } });
	await takeHits(deps.db, [{ limit: LIMITS.emailChangePerPerson, key: String(actor.id), messageKey: 'account_email_change_limit' }]);
	if (await q.emailTaken(deps.db, values.new_email, actor.id)) {
		throw conflict('error_validation_failed', { new_email: { key: 'auth_email_taken' } });
	}
	await deps.db.transaction().execute(async (trx) => {
		// Only the newest request counts: an older link to another address stops working.
		await q.retireEmailTokens(trx, actor.id, 'change_email');
		const token = await issueEmailToken(trx, actor.id, 'change_email', values.new_email);
		await insertMail(trx, changeEmailMail({ to: values.new_email, name: person.name, origin: deps.origin, locale: person.locale, token }));
	});
	return { newEmail: values.new_email };
}

/** Sets the language of the mail the person receives. */
export async function setMailLanguage(actor: MaybeActor, input: unknown, deps: Deps): Promise<void> {
	authorize(actor, accountPolicy, 'ownAccount');
	const { locale } = validate(mailLanguageSchema, input);
	await q.updateLocale(deps.db, actor.id, locale);
}
