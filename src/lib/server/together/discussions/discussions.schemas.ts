import { z } from 'zod';
import { optionalInt, requiredText } from '../../platform/core';

export const TITLE_MAX = 200;
export const BODY_MAX = 20000;
export const PAGE_SIZE = 30;
export const THREADS_PER_PAGE = 20;

export const threadSchema = z.object({
	title: requiredText(TITLE_MAX),
	body: requiredText(BODY_MAX)
});

export const replySchema = z.object({
	body: requiredText(BODY_MAX),
	/** The number of the post this reply quotes, from the form's hidden field. */
	quote: optionalInt(1, 10_000_000)
});

export const editSchema = z.object({
	body: requiredText(BODY_MAX)
});

export type ThreadValues = Record<string, unknown>;

/** Which page of a thread holds post `number` (30 per page: 1–30, 31–60, ...). */
export const pageOfNumber = (number: number) => Math.max(1, Math.ceil(number / PAGE_SIZE));

/** The first and last number shown on page `page`. */
export const rangeOfPage = (page: number) => ({ from: PAGE_SIZE * (page - 1) + 1, to: PAGE_SIZE * page });
