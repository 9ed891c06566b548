/** The version check every edit form's save goes through. */
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { checkVersion, editVersion, rebased } from './edit-version';

const refusal = (promise: Promise<void>) =>
	promise.then(
		() => null,
		(e: unknown) => (e instanceof AppError ? e : Promise.reject(e))
	);

describe('checkVersion', () => {
	const shown = { title: 'Old', description: 'Line one\nline two', areas: ['1', '2'] };
	const sent = (typed: Record<string, string | string[]>) => ({ ...typed, version: '4', version_base: editVersion(4, shown).base! });

	it('lets through a save based on the version saved now, or one that names no version', async () => {
		const theirs = async () => ({ title: 'Changed' });
		expect(await refusal(checkVersion({ input: sent(shown), current: 4, theirs }))).toBeNull();
		expect(await refusal(checkVersion({ input: { title: 'Mine' }, current: 9, theirs }))).toBeNull();
	});

	it('refuses an older one listing what changed since, with the version saved now for the refilled form', async () => {
		const theirs = { title: 'New', description: 'Line one\nline two', areas: ['2', '1'] };
		const error = await refusal(checkVersion({ input: sent({ ...shown, description: 'Mine' }), current: 5, theirs: async () => theirs }));
		expect(error).toMatchObject({ code: 'conflict', messageKey: 'error_edit_conflict' });
		expect(error!.conflict!.changes).toEqual([{ field: 'title', theirs: 'New', base: 'Old', yours: 'Old' }]);
		const refilled = rebased({ title: 'Old', description: 'Mine', version: '4', version_base: 'x' }, error!.conflict!);
		expect(refilled).toEqual({ title: 'Old', description: 'Mine', version: '5', version_base: JSON.stringify(theirs) });
	});

	it('ignores line ends, outer spaces and the order of choices; a single choice equals a list of one', async () => {
		const theirs = async () => ({ title: 'Old ', description: 'Line one\r\nline two', areas: ['2', '1'] });
		expect(await refusal(checkVersion({ input: sent(shown), current: 7, theirs }))).toBeNull();
		const one = async () => ({ areas: ['1'] });
		const input = { version: '1', version_base: JSON.stringify({ areas: '1' }) };
		expect(await refusal(checkVersion({ input, current: 2, theirs: one }))).toBeNull();
	});

	it('without the values the form showed (or with unreadable ones), compares what is saved now with what was typed', async () => {
		const theirs = async () => ({ title: 'New', description: 'Same' });
		const error = await refusal(
			checkVersion({ input: { version: '1', version_base: '{not json', title: 'Mine', description: 'Same' }, current: 2, theirs })
		);
		expect(error!.conflict!.changes).toEqual([{ field: 'title', theirs: 'New', base: null, yours: 'Mine' }]);
	});

	it('takes the older values from the server when it keeps a history, and never carries them in the form', async () => {
		const error = await refusal(
			checkVersion({
				input: { version: '3', title: 'Mine' },
				current: 4,
				theirs: async () => ({ title: 'New' }),
				history: async (n) => (n === 3 ? { title: 'Old' } : null)
			})
		);
		expect(error!.conflict).toEqual({ version: 4, base: null, changes: [{ field: 'title', theirs: 'New', base: 'Old', yours: 'Mine' }] });
	});
});
