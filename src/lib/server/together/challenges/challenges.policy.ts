/**
 * Who may do what with challenges. Public challenges are for everyone, members-only ones for
 * network members; a challenge hidden by the moderators only for its author and coordinators
 * (everyone else gets the same 404 as for a missing one). Members post, answer and say "we face
 * this too"; the author marks answers helpful; the author or a coordinator marks it solved.
 */
import { definePolicy, isCoordinator, isMember, rule, signedIn, type Actor, type MaybeActor } from '../../platform/auth';
import { forbidden, unauthenticated } from '../../platform/core';

export interface ChallengeRef {
	visibility: 'public' | 'members';
	author_id: number | null;
	hidden_at: Date | string | null;
}

export interface AnswerRef {
	author_id: number | null;
	hidden_at: Date | string | null;
	deleted_at: Date | string | null;
}

const isAuthor = (actor: MaybeActor, ref: { author_id: number | null }) =>
	actor !== null && ref.author_id !== null && ref.author_id === actor.id;

export function canSeeChallenge(actor: MaybeActor, challenge: ChallengeRef): boolean {
	if (isCoordinator(actor)) return true;
	if (challenge.hidden_at) return isAuthor(actor, challenge);
	return challenge.visibility === 'public' || isMember(actor);
}

/** Members post challenges (their own city's, or an organisation's). */
export const canPostChallenge = (actor: MaybeActor) => isMember(actor) || isCoordinator(actor);

/** The author (while a member) keeps it up to date; coordinators may fix any. */
export const canEditChallenge = (actor: MaybeActor, challenge: ChallengeRef) =>
	isCoordinator(actor) || (isMember(actor) && isAuthor(actor, challenge));

/** Members answer a challenge they see, unless the moderators hid it. */
export const canAnswer = (actor: MaybeActor, challenge: ChallengeRef) =>
	canPostChallenge(actor) && !challenge.hidden_at && canSeeChallenge(actor, challenge);

/** Only the author says which answers helped. */
export const canMarkHelpful = (actor: MaybeActor, challenge: ChallengeRef) => isAuthor(actor, challenge);

/** The author or a coordinator marks the challenge solved or open again. */
export const canChangeStatus = (actor: MaybeActor, challenge: ChallengeRef) => isCoordinator(actor) || isAuthor(actor, challenge);

/** Members say their city (or an organisation's) faces it too. */
export const canFaceToo = (actor: MaybeActor, challenge: ChallengeRef) => canAnswer(actor, challenge);

/** A hidden answer's body is for its author and coordinators; a deleted one for nobody. */
export function canReadAnswer(actor: MaybeActor, answer: AnswerRef): boolean {
	if (answer.deleted_at) return false;
	if (!answer.hidden_at) return true;
	return isCoordinator(actor) || isAuthor(actor, answer);
}

/** Authors edit and delete their own answers (not after deleting it). */
export const canEditAnswer = (actor: MaybeActor, answer: AnswerRef) => isAuthor(actor, answer) && !answer.deleted_at;

/** Members follow challenges they may see. */
export const canFollowChallenge = (actor: MaybeActor, challenge: ChallengeRef) => actor !== null && canSeeChallenge(actor, challenge);

/** Coordinators look after the whole network (not isCoordinator(): its type guard would narrow the other branch to `never`). */
export const runsNetwork = (actor: MaybeActor) => actor !== null && (actor.role === 'coordinator' || actor.role === 'admin');

const membersOnly = () => forbidden('challenges_error_members_only');

/**
 * The challenges vocabulary for services. A challenge or answer the actor may not see is
 * not_found; visitors are asked to log in first; the rest is refused as forbidden.
 */
export const challengePolicy = definePolicy({
	signedIn,
	view: (actor, challenge: ChallengeRef) => canSeeChallenge(actor, challenge),
	post: rule((actor): actor is Actor => canPostChallenge(actor), { anonymous: unauthenticated, denied: membersOnly }),
	/** Coordinators post for any city, and take any city off a challenge (which is audited). */
	actForNetwork: (actor) => runsNetwork(actor),
	edit: rule((actor, challenge: ChallengeRef) => canEditChallenge(actor, challenge), { denied: forbidden }),
	changeStatus: rule((actor, challenge: ChallengeRef) => canChangeStatus(actor, challenge), { denied: forbidden }),
	answer: rule((actor, challenge: ChallengeRef) => canAnswer(actor, challenge), { denied: membersOnly }),
	faceToo: rule((actor, challenge: ChallengeRef) => canFaceToo(actor, challenge), { denied: membersOnly }),
	follow: rule((actor, challenge: ChallengeRef) => canFollowChallenge(actor, challenge), { denied: forbidden }),
	markHelpful: rule((actor, challenge: ChallengeRef) => canMarkHelpful(actor, challenge), { denied: forbidden }),
	/** The author sees why the moderators hid the challenge, and so do coordinators. */
	seeHiddenReason: (actor, challenge: ChallengeRef) =>
		challenge.hidden_at !== null && (runsNetwork(actor) || challenge.author_id === actor?.id),
	seeConsultations: (actor) => isMember(actor),
	askConsultation: (actor, challenge: ChallengeRef & { status: string }) =>
		isMember(actor) && challenge.author_id === actor.id && challenge.status === 'open' && !challenge.hidden_at,
	readAnswer: (actor, answer: AnswerRef) => canReadAnswer(actor, answer),
	/** A hidden answer is neither edited nor marked helpful. */
	editAnswer: rule((actor, answer: AnswerRef) => canEditAnswer(actor, answer) && !answer.hidden_at, { denied: forbidden }),
	markAnswer: rule((_actor, answer: AnswerRef) => !answer.hidden_at, { denied: forbidden }),
	/** Who takes a city off the challenge: whoever added it, people of that city, coordinators. */
	undoFacing: rule(
		(actor, facing: { personId: number | null; speaksForCity: boolean }) =>
			actor !== null && (runsNetwork(actor) || facing.personId === actor.id || facing.speaksForCity),
		{ denied: forbidden }
	)
});
