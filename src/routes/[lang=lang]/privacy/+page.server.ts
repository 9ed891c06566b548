import type { PageServerLoad } from './$types';
import { SESSION_COOKIE } from '$lib/server/platform/auth';
import { LOCALE_COOKIE } from '$lib/server/platform/i18n';

/** The page names the cookies the code really sets, so the two cannot drift apart. */
export const load: PageServerLoad = () => ({ cookies: { session: SESSION_COOKIE, language: LOCALE_COOKIE } });
