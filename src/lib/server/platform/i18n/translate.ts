import * as messages from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { MessageRef } from '../core';

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const catalogue = messages as unknown as Record<string, MessageFn | undefined>;

/** Translates a message key chosen at run time (error codes, enum labels). */
export function translate(ref: MessageRef | string, locale: Locale): string {
	const { key, params } = typeof ref === 'string' ? { key: ref, params: undefined } : ref;
	const message = catalogue[key];
	if (!message) {
		// A missing key is a bug, but the person should still see something sensible.
		console.error(`Missing message: ${key}`);
		return catalogue.error_generic?.({}, { locale }) ?? key;
	}
	return message(params ?? {}, { locale });
}

export function hasMessage(key: string): boolean {
	return typeof catalogue[key] === 'function';
}
