import type { Journey } from './journey';
import { msgPattern } from './messages';

/** Filters the people directory by name, as a person would, and returns what it then says. */
export async function searchPeople(journey: Journey, name: string): Promise<{ count: number; text: string }> {
	await journey.go(`/${journey.locale}/people`);
	await journey.field(journey.t('people_filter_q')).fill(name);
	await journey.follow(journey.page.getByRole('button', { name: journey.t('filter_apply') }), /\/people$/);
	const countText = await journey.page.getByText(msgPattern(journey.locale, 'people_count')).first().innerText();
	const list = journey.page.getByRole('list', { name: journey.t('people_list_label') });
	return {
		count: Number(/\d+/.exec(countText.replace(/\s/g, ''))?.[0] ?? NaN),
		text: (await list.count()) ? await list.innerText() : ''
	};
}

/** A demo person whose profile is for members only, and one whose profile is public. */
export const MEMBERS_ONLY_PERSON = 'Tomasz Lewandowski (demo)';
export const PUBLIC_PERSON = 'Ewa Wiśniewska (demo)';
