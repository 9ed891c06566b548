import { json } from '@sveltejs/kit';
import { app, isReady } from '$lib/server/site/app';

/** For load balancers and start scripts: 200 once the database is open and migrated. */
export function GET() {
	if (!isReady()) return json({ status: 'starting' }, { status: 503 });
	return json({ status: 'ok', db: app().database.kind });
}
