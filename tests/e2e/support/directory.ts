import type { Journey } from './journey';
import { msgPattern } from './messages';

/** The number in "People found: N" on the directory page that is open. */
async function shownCount(journey: Journey): Promise<number> {
	const text = await journey.page.getByText(msgPattern(journey.locale, 'people_count')).first().innerText();
	return Number(/\d+/.exec(text.replace(/\s/g, ''))?.[0] ?? NaN);
}

/** How many people the directory shows to whoever is looking. */
export async function peopleCount(journey: Journey): Promise<number> {
	await journey.go(`/${journey.locale}/people`);
	return shownCount(journey);
}

/** Filters the people directory by name, as a person would, and returns what it then shows. */
export async function searchPeople(journey: Journey, name: string): Promise<{ count: number; text: string }> {
	await journey.go(`/${journey.locale}/people`);
	await journey.field(journey.t('people_filter_q')).fill(name);
	await journey.follow(journey.page.getByRole('button', { name: journey.t('filter_apply') }), /\/people\?(.*&)?q=/);
	const list = journey.page.getByRole('list', { name: journey.t('people_list_label') });
	return { count: await shownCount(journey), text: (await list.count()) ? await list.innerText() : '' };
}

/** A demo person whose profile is for members only, and one whose profile is public. */
export const MEMBERS_ONLY_PERSON = 'Tomasz Lewandowski (demo)';
export const PUBLIC_PERSON = 'Ewa Wiśniewska (demo)';
