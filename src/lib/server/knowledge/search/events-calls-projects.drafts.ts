/**
 * Search documents of what members do together: events, funding calls and projects.
 * - An event is found at its own visibility; a cancelled one is left out (its page still
 *   says it was cancelled, but search should not offer it as something to attend).
 * - A call is public once a coordinator checked it; pending and rejected calls are left out.
 * - A project is found at its visibility, placed in its lead partner's city.
 * The language of these texts is not recorded, so they are analysed as Polish and English.
 */
import { sizeBand, plainText, type Section } from './tsvector';
import { EMPTY, countryNames, yearOf, type Draft } from './search.drafts';
import type { CallSource, EventSource, ProjectSource } from './events-calls-projects-index.queries';

const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

export function eventDraft(event: EventSource): Draft | null {
	if (event.cancelled_at) return null;
	const description = plainText(event.description);
	const agenda = (Array.isArray(event.agenda) ? event.agenda : []).map((item) => item.title).filter(Boolean);
	const body = [description, agenda.join('\n')].filter(Boolean).join('\n\n');
	const sections: Section[] = [
		{ text: event.title, weight: 'A', language: null },
		{ text: body, weight: 'B', language: null },
		{
			text: lines(event.place, event.city_name, event.city_name_en, countryNames(event.country_code), event.host_name, ...event.area_names),
			weight: 'C',
			language: null
		}
	];
	return {
		doc: {
			...EMPTY,
			type: 'event',
			source_id: event.id,
			key: event.slug,
			languages: event.languages,
			visibility: event.visibility,
			title: event.title,
			body,
			city_id: event.city_id,
			city_name: event.city_name,
			country_code: event.country_code,
			industries: event.industries ?? [],
			population: event.population,
			size_band: sizeBand(event.population),
			area_ids: event.area_ids,
			org_types: event.host_type ? [event.host_type] : [],
			// The kind of event: meeting, study visit, consultation, workshop, conference.
			status: event.type,
			year: yearOf(event.starts_at),
			published_at: event.starts_at,
			source_updated_at: event.updated_at
		},
		sections
	};
}

export function callDraft(call: CallSource): Draft | null {
	if (call.status !== 'checked') return null;
	const body = [plainText(call.description), plainText(call.eligibility), plainText(call.budget)].filter(Boolean).join('\n\n');
	return {
		doc: {
			...EMPTY,
			type: 'call',
			source_id: call.id,
			key: call.slug,
			visibility: 'public',
			title: call.title,
			body,
			// A call open to one country is placed there; one open to several or to all is not.
			country_code: call.countries.length === 1 ? call.countries[0] : null,
			area_ids: call.area_ids,
			year: yearOf(call.deadline),
			published_at: call.checked_at ?? call.created_at,
			source_updated_at: call.updated_at
		},
		sections: [
			{ text: lines(call.title, call.programme), weight: 'A', language: null },
			{ text: body, weight: 'B', language: null },
			{ text: lines(call.funder, ...call.countries.map(countryNames), ...call.area_names), weight: 'C', language: null }
		]
	};
}

export function projectDraft(project: ProjectSource): Draft | null {
	const summary = plainText(project.summary);
	const partners = Array.isArray(project.partners) ? project.partners : [];
	const lead = partners.find((partner) => partner.role === 'lead') ?? partners[0] ?? null;
	return {
		doc: {
			...EMPTY,
			type: 'project',
			source_id: project.id,
			key: project.slug,
			visibility: project.visibility,
			title: project.title,
			body: summary,
			city_id: lead?.city_id ?? null,
			city_name: lead?.city_name ?? null,
			country_code: lead?.country_code ?? null,
			industries: lead?.industries ?? [],
			population: lead?.population ?? null,
			size_band: sizeBand(lead?.population ?? null),
			area_ids: project.area_ids,
			org_types: [...new Set(partners.map((partner) => partner.type))],
			status: project.status,
			year: yearOf(project.starts_on) ?? yearOf(project.created_at),
			published_at: project.created_at,
			source_updated_at: project.updated_at
		},
		sections: [
			{ text: project.title, weight: 'A', language: null },
			{ text: summary, weight: 'B', language: null },
			{
				text: lines(
					...partners.map((partner) => partner.name),
					...[...new Set(partners.flatMap((partner) => [partner.city_name, partner.city_name_en ?? '']))],
					countryNames(lead?.country_code ?? null),
					project.call_title,
					...project.area_names
				),
				weight: 'C',
				language: null
			}
		]
	};
}
