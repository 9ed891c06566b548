/**
 * How transfers and lists reach practices: which ones a viewer may see (the practices
 * engineer's policy, kb.md contract 3), and the title to show in the reader's language.
 */
import { sql, type RawBuilder } from 'kysely';
import type { MaybeActor } from '../../platform/auth';
import { visiblePracticesFilter } from '../practices';

/**
 * One practice (and so its transfers) as canViewPractice sees it: drafts included for those
 * who may edit them. Written against the alias `p`.
 */
export const practiceVisibleTo = (viewer: MaybeActor) => visiblePracticesFilter(viewer, { includeDrafts: true });

/** Lists (a city's, an area's) show published practices only, as the practice list does. */
export const listedPracticeVisibleTo = (viewer: MaybeActor) => visiblePracticesFilter(viewer);

/**
 * The title of the practice in row `<alias>` in the reader's language when translated, else in
 * its original language, with that language's code (for the `lang` attribute).
 */
export function practiceTitle(locale: string, alias = 'p'): RawBuilder<{ title: string; lang: string } | null> {
	return sql<{ title: string; lang: string } | null>`(select json_build_object('title', pt.title, 'lang', pt.language)
		from practice_texts pt
		where pt.practice_id = ${sql.ref(`${alias}.id`)} and (pt.language = ${locale} or pt.is_original)
		order by (pt.language = ${locale}) desc
		limit 1)`;
}
