/** Two organisers edit the same event: the later save never silently undoes the earlier one. */
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../platform/db/testing/test-db';
import { actorOf, makePerson } from '../../platform/db/testing/factories';
import { openedForm, post } from '../../platform/http/testing/edit-session';
import { updateEvent } from './events.service';
import { getEventForm, getEventPage } from './events-read.service';
import { saveEventNotes } from './events-organiser.service';
import { eventWorlds } from './events.testing';

const t = useTestDatabase();
const { hostedEvent } = eventWorlds(t);

describe('two people editing one event', () => {
	it('refuses the second save with 409 showing the other change, keeps what was typed, and takes it again once merged', async () => {
		const { organiser, event } = await hostedEvent({ description: 'Spacer po hałdzie.' });
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
		const open = async (actor: typeof organiser) => {
			const view = await getEventForm(actor, { slug: event.slug, locale: 'en' }, t.deps);
			return openedForm(view.values, view.version!);
		};
		const save = (actor: typeof organiser) => (values: Record<string, string | string[]>) =>
			updateEvent(actor, { slug: event.slug, values }, t.deps);
		const first = await open(organiser);
		const second = await open(coordinator);

		expect((await post({ ...first, title: 'Walk on the spoil heap' }, save(organiser))).status).toBe(200);
		const refused = await post({ ...second, description: 'Bring boots.' }, save(coordinator));

		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'title', theirs: 'Walk on the spoil heap', base: event.title, yours: event.title }
		]);
		expect(refused.data.values).toMatchObject({ description: 'Bring boots.', version: '2' });
		const stored = await t.db.selectFrom('events').select(['title', 'description']).where('id', '=', event.id).executeTakeFirstOrThrow();
		expect(stored).toEqual({ title: 'Walk on the spoil heap', description: 'Spacer po hałdzie.' });

		// the refilled form is based on the version saved now: merged, it saves
		expect((await post({ ...refused.data.values!, title: 'Walk on the spoil heap' }, save(coordinator))).status).toBe(200);
		expect(
			await t.db.selectFrom('events').select(['title', 'description', 'version']).where('id', '=', event.id).executeTakeFirstOrThrow()
		).toEqual({
			title: 'Walk on the spoil heap',
			description: 'Bring boots.',
			version: 3
		});
	});

	it('lets a save through when what changed meanwhile is not in the form', async () => {
		const { organiser, event } = await hostedEvent();
		const view = await getEventForm(organiser, { slug: event.slug, locale: 'en' }, t.deps);
		const form = openedForm(view.values, view.version!);
		await post(form, (values) => updateEvent(organiser, { slug: event.slug, values }, t.deps));
		// the same unchanged form again: a newer version, but no field differs from what it showed
		expect(
			(await post({ ...form, place: 'Rynek 1' }, (values) => updateEvent(organiser, { slug: event.slug, values }, t.deps))).status
		).toBe(200);
	});

	it('lets exactly one of two saves made at the same moment through', async () => {
		const { organiser, event } = await hostedEvent();
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
		const open = async (actor: typeof organiser) => {
			const view = await getEventForm(actor, { slug: event.slug, locale: 'en' }, t.deps);
			return openedForm(view.values, view.version!);
		};
		const [a, b] = [await open(organiser), await open(coordinator)];
		const results = await Promise.all([
			post({ ...a, title: 'A' }, (values) => updateEvent(organiser, { slug: event.slug, values }, t.deps)),
			post({ ...b, title: 'B' }, (values) => updateEvent(coordinator, { slug: event.slug, values }, t.deps))
		]);
		expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
		const stored = await t.db.selectFrom('events').select('title').where('id', '=', event.id).executeTakeFirstOrThrow();
		expect(stored.title).toBe(results[0].status === 200 ? 'A' : 'B');
	});

	it('keeps one organiser’s notes from overwriting another’s written meanwhile, while an open edit form still saves', async () => {
		const started = new Date(Date.now() - 86_400_000);
		const { organiser, event } = await hostedEvent({
			starts_at: started,
			ends_at: new Date(started.getTime() + 3_600_000),
			notes: 'Draft'
		});
		const coordinator = actorOf(await makePerson(t.db, { role: 'coordinator' }), true);
		const notesForm = async (actor: typeof organiser) => {
			const page = await getEventPage(actor, { slug: event.slug, locale: 'en' }, t.deps);
			return { ...openedForm({ notes: page.notes }, page.notesVersion!), _form: 'notes' };
		};
		const saveNotes = (actor: typeof organiser) => (values: Record<string, string | string[]>) =>
			saveEventNotes(actor, { slug: event.slug, values }, t.deps);
		const view = await getEventForm(organiser, { slug: event.slug, locale: 'en' }, t.deps);
		const editForm = openedForm(view.values, view.version!);
		const [a, b] = [await notesForm(organiser), await notesForm(coordinator)];

		expect((await post({ ...a, notes: 'We agreed on a second visit.' }, saveNotes(organiser))).status).toBe(200);
		const refused = await post({ ...b, notes: 'Thanks to all hosts.' }, saveNotes(coordinator));
		expect(refused.status).toBe(409);
		expect(refused.data.conflict?.changes).toEqual([
			{ field: 'notes', theirs: 'We agreed on a second visit.', base: 'Draft', yours: 'Thanks to all hosts.' }
		]);
		expect(
			(await post({ ...refused.data.values!, notes: 'We agreed on a second visit.\n\nThanks to all hosts.' }, saveNotes(coordinator)))
				.status
		).toBe(200);
		// the notes are not in the edit form: it was opened before both saves and still goes through
		expect(
			(await post({ ...editForm, title: 'Renamed' }, (values) => updateEvent(organiser, { slug: event.slug, values }, t.deps))).status
		).toBe(200);
		expect(await t.db.selectFrom('events').select(['title', 'notes']).where('id', '=', event.id).executeTakeFirstOrThrow()).toEqual({
			title: 'Renamed',
			notes: 'We agreed on a second visit.\n\nThanks to all hosts.'
		});
	});
});
