/**
 * Demo follows and notifications: the demo people follow a few cities, areas, people and
 * practices, and Ewa finds unread notifications waiting (replies in the discussions she takes
 * part in, answers to challenges she follows), grouped as the site shows them. Runs last: it
 * looks for what the other seeds wrote and skips what is not there. Events are written already
 * processed, with their notifications, so the worker has nothing to redo.
 */
import type { Kysely } from 'kysely';
import type { Deps } from '../../platform/core';
import type { DB, FollowTarget } from '../../platform/db';

type Db = Kysely<DB>;

const EWA = 'ewa@headframe.example';

async function personId(db: Db, email: string) {
	return (await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst())?.id;
}

async function follow(db: Db, person: number | undefined, type: FollowTarget, id: number | undefined) {
	if (person === undefined || id === undefined) return;
	await db
		.insertInto('follows')
		.values({ person_id: person, target_type: type, target_id: id })
		.onConflict((oc) => oc.constraint('follows_pk').doNothing())
		.execute();
}

const cityId = async (db: Db, slug: string) => (await db.selectFrom('cities').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
const areaId = async (db: Db, key: string) => (await db.selectFrom('areas').select('id').where('key', '=', key).executeTakeFirst())?.id;

export async function seedNotifications({ db }: Deps): Promise<void> {
	const ewa = await personId(db, EWA);
	if (ewa === undefined) return;
	const jan = await personId(db, 'jan.novak@headframe.example');
	const tomasz = await personId(db, 'tomasz.lewandowski@headframe.example');
	const claire = await personId(db, 'claire.dubois@headframe.example');
	const magda = await personId(db, 'koordynator@headframe.example');

	// Following places, themes and people.
	await follow(db, ewa, 'city', await cityId(db, 'bytom'));
	await follow(db, ewa, 'city', await cityId(db, 'ostrava'));
	await follow(db, ewa, 'area', await areaId(db, 'brownfield-reuse'));
	await follow(db, ewa, 'person', jan);
	await follow(db, tomasz, 'city', await cityId(db, 'walbrzych'));
	await follow(db, tomasz, 'person', ewa);
	await follow(db, jan, 'area', await areaId(db, 'brownfield-reuse'));
	await follow(db, claire, 'area', await areaId(db, 'culture-identity'));
	await follow(db, magda, 'area', await areaId(db, 'participation'));
	const practice = await db
		.selectFrom('practices as p')
		.innerJoin('cities as c', 'c.id', 'p.city_id')
		.select('p.id')
		.where('c.slug', '=', 'ostrava')
		.where('p.published_at', 'is not', null)
		.where('p.visibility', '=', 'public')
		.orderBy('p.id')
		.executeTakeFirst();
	await follow(db, ewa, 'practice', practice?.id);

	// Discussions Ewa may read (general, or in groups she is an active member of), newest first.
	const threads = await db
		.selectFrom('threads as t')
		.select(['t.id', 't.title', 't.group_id'])
		.where('t.hidden_at', 'is', null)
		.where((eb) =>
			eb.or([
				eb('t.group_id', 'is', null),
				eb.exists(
					eb
						.selectFrom('group_members as gm')
						.select('gm.person_id')
						.whereRef('gm.group_id', '=', 't.group_id')
						.where('gm.person_id', '=', ewa)
						.where('gm.status', '=', 'active')
				)
			])
		)
		.orderBy('t.last_post_at', 'desc')
		.limit(3)
		.execute();
	for (const thread of threads) {
		await follow(db, ewa, 'thread', thread.id);
		const posts = await db
			.selectFrom('posts')
			.select(['id', 'number', 'author_id', 'created_at'])
			.where('thread_id', '=', thread.id)
			.where('number', '>', 1)
			.where('author_id', '<>', ewa)
			.where('hidden_at', 'is', null)
			.where('deleted_at', 'is', null)
			.orderBy('number', 'desc')
			.limit(4)
			.execute();
		for (const post of posts) {
			await notify(db, ewa, {
				kind: 'reply_posted',
				actor_id: post.author_id,
				subject_type: 'post',
				subject_id: post.id,
				context_type: 'thread',
				context_id: thread.id,
				payload: { title: thread.title, number: post.number },
				created_at: post.created_at
			});
		}
	}

	// Answers to challenges Ewa follows or faces too (public or for members: she is a member).
	const answers = await db
		.selectFrom('challenge_answers as a')
		.innerJoin('challenges as c', 'c.id', 'a.challenge_id')
		.select(['a.id', 'a.challenge_id', 'a.author_id', 'a.created_at', 'c.title'])
		.where('a.author_id', '<>', ewa)
		.where('a.hidden_at', 'is', null)
		.where('a.deleted_at', 'is', null)
		.where('c.hidden_at', 'is', null)
		.orderBy('a.created_at', 'desc')
		.limit(3)
		.execute();
	for (const answer of answers) {
		await follow(db, ewa, 'challenge', answer.challenge_id);
		await notify(db, ewa, {
			kind: 'challenge_answered',
			actor_id: answer.author_id,
			subject_type: 'answer',
			subject_id: answer.id,
			context_type: 'challenge',
			context_id: answer.challenge_id,
			payload: { title: answer.title },
			created_at: answer.created_at
		});
	}
}

async function notify(
	db: Db,
	personId: number,
	event: {
		kind: string;
		actor_id: number | null;
		subject_type: string;
		subject_id: number;
		context_type: 'thread' | 'challenge';
		context_id: number;
		payload: Record<string, unknown>;
		created_at: Date;
	}
) {
	const { id } = await db
		.insertInto('activity_events')
		.values({ ...event, payload: { ...event.payload, related: [] }, processed_at: new Date() })
		.returning('id')
		.executeTakeFirstOrThrow();
	await db
		.insertInto('notifications')
		.values({
			person_id: personId,
			event_id: id,
			kind: event.kind,
			context_type: event.context_type,
			context_id: event.context_id,
			created_at: event.created_at
		})
		.onConflict((oc) => oc.constraint('notifications_person_event_key').doNothing())
		.execute();
}
