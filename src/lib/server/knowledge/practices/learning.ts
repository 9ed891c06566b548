/** "Learning from this" shaped for a reader: counts for everyone, names and comments for members. */
import type { MaybeActor } from '../../platform/auth';
import type { LearningKind, ProfileVisibility } from '../../platform/db';
import { canSee } from '../../directory/people';
import { canMarkLearning } from './practices.policy';

export interface LearningView {
	counts: Record<LearningKind, number>;
	/** null for visitors: they see counts only. */
	marks: { kind: LearningKind; name: string; handle: string; comment: string }[] | null;
	/** Marks hidden because the person's profile is not visible to the reader. */
	hiddenMarks: number;
	mine: { kind: LearningKind; comment: string }[];
	canMark: boolean;
}

interface MarkRow {
	kind: LearningKind;
	comment: string;
	person_id: number;
	handle: string;
	name: string;
	visibility: ProfileVisibility;
	hidden_at: Date | null;
}

export function learningView(viewer: MaybeActor, rows: MarkRow[]): LearningView {
	const counts = { want_to_learn: 0, tried_too: 0 };
	for (const row of rows) counts[row.kind]++;
	const member = viewer?.isMember === true;
	const visible = member
		? rows.filter((r) => canSee(viewer, { id: r.person_id, visibility: r.visibility, hidden_at: r.hidden_at }, 'profile'))
		: [];
	return {
		counts,
		marks: member ? visible.map((r) => ({ kind: r.kind, name: r.name, handle: r.handle, comment: r.comment })) : null,
		hiddenMarks: member ? rows.length - visible.length : 0,
		mine: viewer ? rows.filter((r) => r.person_id === viewer.id).map((r) => ({ kind: r.kind, comment: r.comment })) : [],
		canMark: canMarkLearning(viewer)
	};
}
