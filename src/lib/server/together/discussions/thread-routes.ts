/**
 * The thread page's load and form actions, shared by /discussions/<slug> and
 * /groups/<group>/discussions/<slug>: the same page in two places. `groupSlug` undefined is
 * the general address (a group thread read there is sent to its group's address), a string the
 * group's address (any other thread is not found there).
 */
import { markContextSeen } from '../../notify/notifications';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formAction, pageError } from '../../platform/http';
import { loginPath } from '../../platform/auth';
import { notFound } from '../../platform/core';
import { threadPath } from './discussions-common';
import { createThread, getNewThreadForm } from './discussions.service';
import { deletePost, editPost, replyToThread } from './discussions-posts.service';
import { getThreadPage, locateReply } from './discussions-read.service';

const positive = (value: string | null): number | undefined => {
	if (value === null || !/^\d{1,7}$/.test(value)) return undefined;
	const n = Number(value);
	return n >= 1 ? n : undefined;
};

type Event = Pick<RequestEvent, 'locals' | 'url'> & { params: Record<string, string> };

/** Where to go after a change: the post's page, with a flag for the status message and the post's anchor. */
function afterChange(path: string, page: number, flag: string, anchor: string): string {
	const query = new URLSearchParams();
	if (page > 1) query.set('page', String(page));
	query.set(flag, '');
	return `${path}?${query.toString().replace(/=(&|$)/g, '$1')}#${anchor}`;
}

export async function loadThread({ locals, url }: Event, slug: string, groupSlug: string | undefined) {
	const flags = ['created', 'posted', 'saved', 'deleted'] as const;
	let view;
	try {
		view = await getThreadPage(
			locals.actor,
			{
				slug,
				groupSlug,
				page: positive(url.searchParams.get('page')) ?? 1,
				quote: positive(url.searchParams.get('quote')) ?? null,
				edit: positive(url.searchParams.get('edit')) ?? null,
				locale: locals.locale
			},
			locals.deps
		);
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
	// a group thread read at the general address: its own address is under the group
	if (groupSlug === undefined && view.group) redirect(303, `${view.path}${url.search}`);
	// what one reads here no longer waits in the notification list or the next digest
	await markContextSeen(locals.actor, { type: 'thread', id: view.thread.id }, locals.deps);
	return {
		view,
		status: flags.find((flag) => url.searchParams.has(flag)) ?? null,
		loginHref: loginPath(locals.locale, url.pathname + url.search)
	};
}

export async function redirectToReply({ locals, url }: Event, slug: string, number: string, groupSlug: string | undefined): Promise<never> {
	let target;
	try {
		const n = positive(number);
		if (n === undefined) throw notFound();
		target = await locateReply(locals.actor, { slug, number: n, groupSlug, locale: locals.locale }, locals.deps);
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
	redirect(303, target.path);
}

export function threadActions(slugOf: (params: Record<string, string>) => { slug: string; groupSlug: string | null }) {
	return {
		reply: ({ request, locals, params }: RequestEvent) =>
			formAction(request, locals.locale, async (values) => {
				const { slug, groupSlug } = slugOf(params);
				const ref = await replyToThread(locals.actor, { slug, groupSlug, values }, locals.deps);
				redirect(303, afterChange(threadPath(locals.locale, ref.slug, ref.groupSlug), ref.page, 'posted', `reply-${ref.number}`));
			}),
		edit: ({ request, locals, params }: RequestEvent) =>
			formAction(request, locals.locale, async (values) => {
				const { slug, groupSlug } = slugOf(params);
				const number = positive(String(values.number ?? '')) ?? 0;
				const ref = await editPost(locals.actor, { slug, groupSlug, number, values }, locals.deps);
				redirect(303, afterChange(threadPath(locals.locale, ref.slug, ref.groupSlug), ref.page, 'saved', `reply-${ref.number}`));
			}),
		delete: ({ request, locals, params }: RequestEvent) =>
			formAction(request, locals.locale, async (values) => {
				const { slug, groupSlug } = slugOf(params);
				const number = positive(String(values.number ?? '')) ?? 0;
				const ref = await deletePost(locals.actor, { slug, groupSlug, number }, locals.deps);
				redirect(303, afterChange(threadPath(locals.locale, ref.slug, ref.groupSlug), ref.page, 'deleted', `reply-${ref.number}`));
			})
	};
}

export async function loadNewThread({ locals, url }: Event, groupSlug: string | null) {
	try {
		return { newThread: await getNewThreadForm(locals.actor, { groupSlug }, locals.deps) };
	} catch (failure) {
		pageError(failure, locals.locale, url);
	}
}

export function newThreadAction(groupSlugOf: (params: Record<string, string>) => string | null) {
	return ({ request, locals, params }: RequestEvent) =>
		formAction(request, locals.locale, async (values) => {
			const place = await getNewThreadForm(locals.actor, { groupSlug: groupSlugOf(params) }, locals.deps);
			const ref = await createThread(locals.actor, { groupId: place.group?.id ?? null, values }, locals.deps);
			redirect(303, `${threadPath(locals.locale, ref.slug, ref.groupSlug)}?created`);
		});
}
