/**
 * Two demo joint projects across countries: one running (public, with an update for members
 * and one for partners only) and one whose application is submitted (members only), linked to
 * a demo call when the calls seed made it. Dates are relative to today.
 */
import type { Deps } from '../../platform/core';
import type { Audience, PartnerRole, ProjectStatus } from '../../platform/db';
import { foundProject } from '../../acting/projects';
import { DEMO_ORGANISATIONS } from './organisations.data';
import { slugify } from '../../shared';

const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface DemoProject {
	title: string;
	summary: string;
	status: ProjectStatus;
	visibility: 'public' | 'members';
	call: string | null;
	budgetEur: number;
	startsIn: number;
	endsIn: number;
	areas: string[];
	partners: [organisationKey: string, role: PartnerRole][];
	createdBy: string;
	updates: { author: string; audience: Audience; daysAgo: number; body: string }[];
}

const PROJECTS: DemoProject[] = [
	{
		title: 'Stories from the shafts: young people map mining heritage (demo)',
		summary:
			'Young people from **Wałbrzych, Genk and Sheffield** record the stories of former miners and steelworkers and turn them into walking routes, a travelling exhibition and an open map.\n\n- oral-history workshops in each town\n- a shared method for young guides\n- an exchange week in Genk',
		status: 'running',
		visibility: 'public',
		call: null,
		budgetEur: 180_000,
		startsIn: -240,
		endsIn: 480,
		areas: ['culture-identity', 'social-inclusion'],
		partners: [
			['stara-kopalnia', 'lead'],
			['genk-erfgoed', 'partner'],
			['sheffield-trust', 'partner'],
			['um-walbrzych', 'associated']
		],
		createdBy: 'joanna.mazur@headframe.example',
		updates: [
			{
				author: 'joanna.mazur@headframe.example',
				audience: 'members',
				daysAgo: 21,
				body: 'The first **oral-history workshops** are done: 34 young people recorded 52 interviews in three towns. The walking route in Wałbrzych opens in spring; other cities are welcome to borrow the method.'
			},
			{
				author: 'pieter.janssens@headframe.example',
				audience: 'partners',
				daysAgo: 6,
				body: 'Budget note for partners: the exchange week in Genk costs about 8% more than planned (travel). Proposal: we move 4,000 EUR from the exhibition line. Please answer before the partner call on Thursday.'
			}
		]
	},
	{
		title: 'After coal: skills and jobs for the energy transition (demo)',
		summary:
			'Ostrava, Bytom and Bochum test together how former mining sites can host **training centres for energy-transition jobs**, with the University of Silesia evaluating what works.\n\nThe application was submitted to the European Urban Initiative call.',
		status: 'submitted',
		visibility: 'members',
		call: 'urban-innovative-actions-just-transition-demo',
		budgetEur: 2_400_000,
		startsIn: 150,
		endsIn: 150 + 3 * 365,
		areas: ['economic-diversification', 'energy-transition'],
		partners: [
			['ostrava-city', 'lead'],
			['um-bytom', 'partner'],
			['bochum-city', 'partner'],
			['us-katowice', 'associated']
		],
		createdBy: 'jan.novak@headframe.example',
		updates: []
	}
];

export async function seedProjects({ db }: Deps): Promise<void> {
	const [areas, people, organisations, calls] = await Promise.all([
		db.selectFrom('areas').select(['id', 'key']).execute(),
		db.selectFrom('people').select(['id', 'email']).execute(),
		db.selectFrom('organisations').select(['id', 'name']).execute(),
		db.selectFrom('funding_calls').select(['id', 'slug']).execute()
	]);
	const areaId = new Map(areas.map((a) => [a.key, a.id]));
	const personId = new Map(people.map((p) => [p.email, p.id]));
	const orgId = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, organisations.find((row) => row.name === o.name)?.id]));
	const callId = new Map(calls.map((c) => [c.slug, c.id]));

	for (const project of PROJECTS) {
		const partners = project.partners
			.map(([key, role]) => ({ organisationId: orgId.get(key), role }))
			.filter((p): p is { organisationId: number; role: PartnerRole } => p.organisationId !== undefined);
		if (!partners.some((p) => p.role === 'lead')) continue;
		const { id } = await foundProject(db, {
			// a fixed address, as before new ones got a random suffix: tests and links name it
			slug: slugify(project.title, 'project'),
			title: project.title,
			summary: project.summary,
			status: project.status,
			callId: project.call ? (callId.get(project.call) ?? null) : null,
			areaIds: project.areas.map((key) => areaId.get(key)).filter((a): a is number => a !== undefined),
			partners,
			createdBy: personId.get(project.createdBy) ?? null,
			visibility: project.visibility,
			budgetEur: project.budgetEur,
			startsOn: dayFromNow(project.startsIn),
			endsOn: dayFromNow(project.endsIn)
		});
		for (const update of project.updates)
			await db
				.insertInto('project_updates')
				.values({
					project_id: id,
					author_id: personId.get(update.author) ?? null,
					audience: update.audience,
					body: update.body,
					created_at: new Date(Date.now() - update.daysAgo * DAY)
				})
				.execute();
	}
}
