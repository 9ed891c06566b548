import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { conflict, invalid, notFound, validate, type Deps } from '../../platform/core';
import type { TransferStage } from '../../platform/db';
import { authorize, type MaybeActor } from '../../platform/auth';
import { insertMail } from '../../platform/mail';
import { transferPolicy } from './transfers.policy';
import * as q from './transfers.queries';
import {
	newTransferSchema,
	TRANSFER_STAGES,
	transferNoteSchema,
	transferPersonSchema,
	transferStageSchema,
	type CityRef,
	type NewTransferForm,
	type PracticeTransfers,
	type TransferDetails,
	type TransferSummary
} from './transfers.schemas';
import { sortCollator } from '$lib/intl';
import { approvedOrganisationsOf, cityName, countryName } from '../../shared';
import { asLocale } from '../../platform/i18n';

export const toCityRef = (city: { slug: string; name: string; name_en: string | null; country_code: string }, locale: string): CityRef => ({
	slug: city.slug,
	name: cityName(city, locale),
	countryCode: city.country_code,
	countryName: countryName(city.country_code, locale)
});

const titleOf = (title: { title: string; lang: string } | null) => ({ title: title?.title ?? '', titleLang: title?.lang ?? 'und' });

export function toTransferSummary(row: q.TransferListRow, locale: string): TransferSummary {
	const title = titleOf(row.title);
	return {
		id: row.id,
		practiceSlug: row.practice_slug,
		practiceTitle: title.title,
		practiceTitleLang: title.titleLang,
		city: toCityRef(row.city, locale),
		fromCity: toCityRef(row.from_city, locale),
		organisation: row.organisation_slug && row.organisation_name ? { slug: row.organisation_slug, name: row.organisation_name } : null,
		stage: row.stage,
		lastNoteOn: row.last_note_on
	};
}

/**
 * Where a practice travelled: the cities adopting it, each with its stage and latest note, for
 * the practice page. Not found when the viewer may not see the practice.
 */
export async function listTransfersOfPractice(
	actor: MaybeActor,
	practiceId: number,
	deps: Deps,
	locale: Locale = 'pl'
): Promise<PracticeTransfers> {
	if (!(await q.isPracticeVisible(deps.db, actor, practiceId))) throw notFound();
	const rows = await q.listTransfers(deps.db, actor, { practiceId }, locale);
	return { transfers: rows.map((row) => toTransferSummary(row, locale)), canAdopt: transferPolicy.adopt(actor) };
}

/** The same for the practice at this address (the practice page has its slug, not its id). */
export async function listTransfersOfPracticeBySlug(
	actor: MaybeActor,
	slug: string,
	deps: Deps,
	locale: Locale = 'pl'
): Promise<PracticeTransfers> {
	const practice = await q.findVisiblePractice(deps.db, actor, slug, locale);
	if (!practice) throw notFound();
	return listTransfersOfPractice(actor, practice.id, deps, locale);
}

/** What the "we are adopting this" form needs: the actor's organisations and the member cities. */
export async function getNewTransferForm(
	actor: MaybeActor,
	input: { slug: string; locale: Locale },
	{ db }: Deps
): Promise<NewTransferForm & { blocked: 'not_member' | 'no_organisation' | null }> {
	authorize(actor, transferPolicy, 'signedIn');
	const practice = await q.findVisiblePractice(db, actor, input.slug, input.locale);
	if (!practice) throw notFound();
	const [organisations, cities] = await Promise.all([approvedOrganisationsOf(db, actor.id), q.listMemberCities(db)]);
	const collator = sortCollator(input.locale);
	const title = titleOf(practice.title);
	return {
		practice: { slug: practice.slug, title: title.title, titleLang: title.titleLang, city: toCityRef(practice.city, input.locale) },
		organisations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			cityId: o.city_id,
			cityName: cityName({ name: o.city_name, name_en: o.city_name_en }, input.locale)
		})),
		cities: cities
			.filter((c) => c.id !== practice.city_id)
			.map((c) => ({ id: c.id, label: `${cityName(c, input.locale)} (${countryName(c.country_code, input.locale)})` }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		blocked: !transferPolicy.adopt(actor) ? 'not_member' : organisations.length === 0 ? 'no_organisation' : null
	};
}

/**
 * A member records that their city adopts a practice of another city, on behalf of one of
 * their organisations; they become the first person involved. The practice's author hears of it
 * by mail. Refused: visitors (log in), non-members, someone else's organisation, the practice's
 * own city, and a city that already adopts it (conflict).
 */
export async function createTransfer(
	actor: MaybeActor,
	input: { slug: string; values: unknown; locale: Locale },
	deps: Deps
): Promise<{ id: number }> {
	authorize(actor, transferPolicy, 'signedIn');
	const { db } = deps;
	const practice = await q.findVisiblePractice(db, actor, input.slug, input.locale);
	if (!practice) throw notFound();
	authorize(actor, transferPolicy, 'adopt');
	const data = validate(newTransferSchema, input.values);
	const organisation = (await approvedOrganisationsOf(db, actor.id)).find((o) => o.id === data.organisation_id);
	if (!organisation) throw invalid({ organisation_id: { key: 'transfer_error_not_your_organisation' } });
	const cityId = data.city_id ?? organisation.city_id;
	if (cityId === practice.city_id) throw invalid({ city_id: { key: 'transfer_error_same_city' } });
	if (!(await q.listMemberCities(db)).some((c) => c.id === cityId)) throw invalid({ city_id: { key: 'error_invalid_choice' } });

	return db.transaction().execute(async (trx) => {
		const id = await q.insertTransfer(trx, { practiceId: practice.id, cityId, organisationId: organisation.id, createdBy: actor.id });
		if (id === undefined) throw conflict('transfer_error_duplicate', { city_id: { key: 'transfer_error_duplicate' } });
		await q.insertInvolved(trx, id, actor.id);
		const author = await q.findPracticeAuthor(trx, practice.id);
		if (author && author.id !== actor.id) {
			const locale = asLocale(author.locale);
			const transfer = await q.findTransfer(trx, null, practice.slug, id, locale);
			const city = transfer ? cityName(transfer.city, locale) : '';
			const title = transfer?.title?.title ?? practice.slug;
			await insertMail(trx, {
				to: author.email,
				subject: m.transfer_mail_subject({}, { locale }),
				text: m.transfer_mail_text(
					{ city, title, organisation: organisation.name, link: `${deps.origin}/${locale}/practices/${practice.slug}/transfers/${id}` },
					{ locale }
				)
			});
		}
		return { id };
	});
}

const today = () => new Date().toISOString().slice(0, 10);

/** A transfer id from an address: anything but a whole number the database can hold is not found. */
function transferId(raw: number | string): number {
	const id = typeof raw === 'number' ? raw : /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) throw notFound();
	return id;
}

/**
 * One transfer: its stages in order with dated notes, the people involved (named only where
 * their profile is visible), and what the viewer may do. Hidden with its practice.
 */
export async function getTransfer(
	actor: MaybeActor,
	input: { slug: string; id: number | string; locale: Locale },
	{ db }: Deps
): Promise<TransferDetails> {
	const transfer = await q.findTransfer(db, actor, input.slug, transferId(input.id), input.locale);
	if (!transfer) throw notFound();
	const belongs = actor ? await q.belongsTo(db, transfer.organisation_id, actor.id) : false;
	const canManage = transferPolicy.manage(actor, { belongs });
	const [notes, involved, candidates] = await Promise.all([
		q.listNotes(db, actor, transfer.id),
		q.listInvolved(db, actor, transfer.id),
		canManage && transfer.organisation_id !== null ? q.listCandidates(db, actor, transfer.id, transfer.organisation_id) : []
	]);
	const current = TRANSFER_STAGES.indexOf(transfer.stage);
	const title = titleOf(transfer.title);
	return {
		id: transfer.id,
		practice: {
			slug: transfer.practice_slug,
			title: title.title,
			titleLang: title.titleLang,
			city: toCityRef(transfer.from_city, input.locale)
		},
		city: toCityRef(transfer.city, input.locale),
		organisation:
			transfer.organisation_slug && transfer.organisation_name
				? { slug: transfer.organisation_slug, name: transfer.organisation_name }
				: null,
		stage: transfer.stage,
		stages: TRANSFER_STAGES.map((stage, index) => ({
			stage,
			current: index === current,
			done: index < current,
			notes: notes
				.filter((n) => n.stage === stage)
				.map((n) => ({
					id: n.id,
					notedOn: n.noted_on,
					note: n.note,
					author: n.author_handle && n.author_name ? { handle: n.author_handle, name: n.author_name } : null
				}))
		})),
		people: involved.filter((p) => p.visible).map((p) => ({ id: p.id, handle: p.handle, name: p.name })),
		hiddenPeople: involved.filter((p) => !p.visible).length,
		createdOn: transfer.created_on,
		canManage,
		candidates: candidates.map((p) => ({ id: p.id, handle: p.handle, name: p.name })),
		today: today()
	};
}

interface TransferAction {
	slug: string;
	id: number | string;
	values: unknown;
}

/**
 * The transfer an action works on, if the actor may manage it: missing or hidden is not found;
 * visible but someone else's is forbidden.
 */
async function requireManaged(actor: MaybeActor, input: TransferAction, deps: Deps) {
	authorize(actor, transferPolicy, 'signedIn');
	const transfer = await q.findTransfer(deps.db, actor, input.slug, transferId(input.id), actor.locale);
	if (!transfer) throw notFound();
	authorize(actor, transferPolicy, 'manage', { belongs: await q.belongsTo(deps.db, transfer.organisation_id, actor.id) });
	return { actor, transfer };
}

/** People of the adopting organisation and coordinators add a dated note to a stage. */
export async function addTransferNote(actor: MaybeActor, input: TransferAction, deps: Deps): Promise<void> {
	const { actor: author, transfer } = await requireManaged(actor, input, deps);
	const data = validate(transferNoteSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		await q.insertNote(trx, {
			transferId: transfer.id,
			stage: data.stage,
			notedOn: data.noted_on,
			note: data.note.replace(/\r\n/g, '\n'),
			authorId: author.id
		});
		await q.touchTransfer(trx, transfer.id);
	});
}

/** Moves a transfer one stage on (or back, to correct a mistake); no further than the ends. */
export async function moveTransferStage(actor: MaybeActor, input: TransferAction, deps: Deps): Promise<{ stage: TransferStage }> {
	const { transfer } = await requireManaged(actor, input, deps);
	const data = validate(transferStageSchema, input.values);
	return deps.db.transaction().execute(async (trx) => {
		const locked = await q.lockTransfer(trx, transfer.id);
		if (!locked) throw notFound();
		const index = TRANSFER_STAGES.indexOf(locked.stage) + (data.direction === 'next' ? 1 : -1);
		if (index < 0 || index >= TRANSFER_STAGES.length) throw conflict('transfer_error_no_stage');
		const stage = TRANSFER_STAGES[index];
		await q.setStage(trx, transfer.id, stage);
		return { stage };
	});
}

/** Adds a person of the adopting organisation to the people involved. */
export async function addTransferPerson(actor: MaybeActor, input: TransferAction, deps: Deps): Promise<void> {
	const { transfer } = await requireManaged(actor, input, deps);
	const data = validate(transferPersonSchema, input.values);
	if (!(await q.belongsTo(deps.db, transfer.organisation_id, data.person_id))) {
		throw invalid({ person_id: { key: 'transfer_error_not_in_organisation' } });
	}
	await deps.db.transaction().execute(async (trx) => {
		await q.insertInvolved(trx, transfer.id, data.person_id);
		await q.touchTransfer(trx, transfer.id);
	});
}

/** Removes someone from the people involved (they stay in the organisation). */
export async function removeTransferPerson(actor: MaybeActor, input: TransferAction, deps: Deps): Promise<void> {
	const { transfer } = await requireManaged(actor, input, deps);
	const data = validate(transferPersonSchema, input.values);
	await deps.db.transaction().execute(async (trx) => {
		if (!(await q.deleteInvolved(trx, transfer.id, data.person_id))) throw notFound();
		await q.touchTransfer(trx, transfer.id);
	});
}
