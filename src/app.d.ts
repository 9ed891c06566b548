import type { Locale } from '$lib/paraglide/runtime';
import type { Actor } from '$lib/server/platform/auth';
import type { Deps } from '$lib/server/platform/core';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			actor: Actor | null;
			/** Set once the database is open; routes pass it to services. */
			deps: Deps;
			/** Set by handleError when the database could not be reached: the answer becomes 503. */
			databaseUnavailable?: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
