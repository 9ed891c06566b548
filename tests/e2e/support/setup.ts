// Runs in every journey file: says how many pages axe checked, so a file that visited none shows.
import { afterAll } from 'vitest';
import { checkedPages } from './a11y';

afterAll(() => {
	const paths = new Set(checkedPages.map((url) => new URL(url).pathname));
	console.log(`axe checked ${checkedPages.length} page states (${paths.size} addresses)`);
});
