/**
 * The benchmark's framework ceiling (issue 6, bench/http/): the practice list's page rendered in
 * the normal layout from constant data, so `npm run bench` can report every page's requests/s
 * as a ratio to what SvelteKit, the layout and the components cost alone on this machine.
 *
 * It exists only when the server runs with HEADFRAME_BENCH=1 (set by bench/http/server.ts),
 * and answers 404 otherwise, like any unknown address.
 *
 * No database on this route: its load reads nothing. The hooks and the layout touch the
 * database only for a signed-in visitor (hooks.server.ts resolves the session only when there
 * is a session cookie; +layout.server.ts counts unread notifications only for an actor), and
 * the bench requests this page without a cookie, so nothing here waits for the database.
 */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { ceilingList } from './ceiling-data';

export const load: PageServerLoad = ({ locals }) => {
	if (process.env.HEADFRAME_BENCH !== '1') error(404, 'Not found');
	return { list: ceilingList(locals.locale) };
};

// Like the practice list: a reading page without hydration.
export const csr = false;
