import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { definePolicy, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, unauthenticated } from '../../platform/core';
import type { ContentVisibility, DB } from '../../platform/db';

// Not isCoordinator(): its type guard would narrow a non-coordinator actor to `never`.
const runsNetwork = (actor: Actor) => actor.role === 'coordinator' || actor.role === 'admin';

/** What the rules need to know about one practice and the viewer's relation to it. */
export interface PracticeAccess {
	publishedAt: Date | string | null;
	visibility: ContentVisibility;
	createdBy: number | null;
	/** The viewer belongs to one of the practice's member organisations. */
	viewerInOrganisation: boolean;
}

/**
 * Authors, people of the practice's organisations, and coordinators (who look after the whole
 * knowledge base) may edit a practice, its translations and its drafts.
 */
export function canEditPractice(actor: MaybeActor, practice: PracticeAccess): boolean {
	if (!actor) return false;
	if (runsNetwork(actor)) return true;
	// Only members write in the knowledge base; a person whose membership lapsed keeps nothing.
	if (!actor.isMember) return false;
	return practice.createdBy === actor.id || practice.viewerInOrganisation;
}

/**
 * Published public practices are for everyone, members-only ones for members; drafts only for
 * those who may edit them. Everyone else gets the same 404 as for a missing practice.
 */
export function canViewPractice(actor: MaybeActor, practice: PracticeAccess): boolean {
	if (canEditPractice(actor, practice)) return true;
	if (practice.publishedAt === null) return false;
	return practice.visibility === 'public' || actor?.isMember === true;
}

/** Members mark what they want to learn or tried too; visitors see only the counts. */
export function canMarkLearning(actor: MaybeActor): boolean {
	return actor?.isMember === true;
}

/** What the rule for a past version needs: the version as it was saved, and the practice now. */
export interface RevisionAccess {
	/** Whether the practice was published in this version; a draft's text is not. */
	published: boolean;
	visibility: ContentVisibility;
	practice: PracticeAccess;
}

/**
 * A past version of a practice. Drafts (versions saved while the practice was not published)
 * are for those who may edit it, even after it is published; a published version once kept for
 * members stays theirs even if the practice is public now. The history lists only what this allows.
 */
export const canReadRevision = (actor: MaybeActor, revision: RevisionAccess) =>
	canEditPractice(actor, revision.practice) ||
	(revision.published === true && (revision.visibility !== 'members' || actor?.isMember === true));

/** The practices' actions for `authorize`; missing and refused answer the same 404. */
export const practicePolicy = definePolicy({
	signedIn,
	/** Writing in the knowledge base is for members; a visitor is sent to log in, others see 404. */
	write: rule((actor): actor is Actor => actor?.isMember === true, { anonymous: unauthenticated }),
	view: canViewPractice,
	edit: rule((actor, practice: PracticeAccess): actor is Actor => canEditPractice(actor, practice), { anonymous: unauthenticated }),
	markLearning: rule(
		(actor, practice: { publishedAt: Date | string | null }): actor is Actor => canMarkLearning(actor) && practice.publishedAt !== null,
		{
			anonymous: unauthenticated,
			denied: () => forbidden('practice_error_learning_members')
		}
	),
	readRevision: canReadRevision
});

type PracticeRef = { p: DB['practices'] };

/**
 * A WHERE condition for lists of practices (table aliased `p`), equal to canViewPractice for
 * published practices: `db.selectFrom('practices as p').where(visiblePracticesFilter(viewer))`.
 * Drafts are left out of lists unless `includeDrafts` is set, then only those the viewer may edit.
 */
export function visiblePracticesFilter(viewer: MaybeActor, options: { includeDrafts?: boolean } = {}) {
	return <D extends PracticeRef & Pick<DB, 'practice_organisations' | 'organisation_members'>>(
		ebAny: ExpressionBuilder<D, 'p'>
	): Expression<SqlBool> => {
		// Typed against the two tables it needs, whatever else the caller's query joined.
		const eb = ebAny as unknown as ExpressionBuilder<DB & PracticeRef, 'p'>;
		const published = eb('p.published_at', 'is not', null);
		const readable =
			viewer && (viewer.isMember || runsNetwork(viewer)) ? published : eb.and([published, eb('p.visibility', '=', 'public')]);
		if (!options.includeDrafts || !viewer) return readable;
		if (runsNetwork(viewer)) return eb.lit(true);
		if (!viewer.isMember) return readable;
		return eb.or([
			readable,
			eb('p.created_by', '=', viewer.id),
			eb.exists(
				eb
					.selectFrom('practice_organisations as vpo')
					.innerJoin('organisation_members as vom', 'vom.organisation_id', 'vpo.organisation_id')
					.select(eb.lit(1).as('one'))
					.whereRef('vpo.practice_id', '=', 'p.id')
					.where('vom.person_id', '=', viewer.id)
			)
		]);
	};
}
