import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { MessageRef } from '../core';

/**
 * How hard a new password is to guess, by zxcvbn with the common password lists and English
 * and Polish words and names. The dictionaries are large (several MB), so they are loaded on
 * the first check, once per process, not when the server starts.
 *
 * The core is 4.x and the Polish package 3.x (the newest there is): a language package is only
 * a word list (`Record<string, string[]>`), which 4.x takes as it is; its keys (`commonWords`,
 * `wikipedia`, …) differ from the English ones (`commonWords-en`, …), so nothing is overwritten.
 * No language package's translations are used: feedback comes back as keys, and the message
 * catalogues say it (see `weakPasswordMessage`).
 */
export const MIN_SCORE = 3;

// The cost of a check grows fast with length and with l33t substitutions (a 200-character
// random password took 2 s with the defaults); these bounds keep the worst case near 50 ms.
// A longer password is judged by its first 50 characters, which are plenty to be strong.
const MAX_CHECKED_LENGTH = 50;
const L33T_MAX_SUBSTITUTIONS = 10;

let checker: Promise<ZxcvbnFactory> | undefined;

function loadChecker(): Promise<ZxcvbnFactory> {
	checker ??= (async () => {
		const [{ ZxcvbnFactory }, common, en, pl] = await Promise.all([
			import('@zxcvbn-ts/core'),
			import('@zxcvbn-ts/language-common'),
			import('@zxcvbn-ts/language-en'),
			import('@zxcvbn-ts/language-pl')
		]);
		return new ZxcvbnFactory({
			dictionary: { ...common.dictionary, ...en.dictionary, ...pl.dictionary },
			graphs: common.adjacencyGraphs,
			maxLength: MAX_CHECKED_LENGTH,
			l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS
		});
	})();
	// A failed load is tried again at the next check rather than kept.
	checker.catch(() => (checker = undefined));
	return checker;
}

export interface PasswordStrength {
	score: 0 | 1 | 2 | 3 | 4;
	/** zxcvbn's warning key (`common`, `keyPattern`, …), or null. */
	warning: string | null;
}

/** The person's details as zxcvbn's "user inputs": whole, in parts, and without accents. */
function personalWords(personal: string[]): string[] {
	const words = new Set<string>();
	for (const value of personal) {
		const lower = value.toLowerCase();
		for (const word of [lower, ...lower.split(/[\s@.+_-]+/)]) {
			if (word.length < 3) continue;
			words.add(word);
			words.add(word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l'));
		}
	}
	return [...words];
}

/**
 * Scores a password from 0 (guessed at once) to 4. `personal` are words the person's own
 * details give away (name, e-mail address): a password built on them scores lower.
 */
export async function passwordStrength(password: string, personal: string[] = []): Promise<PasswordStrength> {
	const zxcvbn = await loadChecker();
	const result = zxcvbn.check(password, personalWords(personal));
	return { score: result.score, warning: result.feedback.warning };
}

/** What zxcvbn's warnings mean to the person, as message keys of the auth catalogue. */
const WARNING_MESSAGES: Record<string, string> = {
	topTen: 'auth_password_weak_common',
	topHundred: 'auth_password_weak_common',
	common: 'auth_password_weak_common',
	similarToCommon: 'auth_password_weak_common',
	pwned: 'auth_password_weak_common',
	straightRow: 'auth_password_weak_keyboard',
	keyPattern: 'auth_password_weak_keyboard',
	simpleRepeat: 'auth_password_weak_repeat',
	extendedRepeat: 'auth_password_weak_repeat',
	sequences: 'auth_password_weak_sequence',
	recentYears: 'auth_password_weak_date',
	dates: 'auth_password_weak_date',
	wordByItself: 'auth_password_weak_word',
	namesByThemselves: 'auth_password_weak_name',
	commonNames: 'auth_password_weak_name',
	userInputs: 'auth_password_weak_personal'
};

/** The field message for a password that is too easy to guess, or null for a strong enough one. */
export async function weakPasswordMessage(password: string, personal: string[] = []): Promise<MessageRef | null> {
	const { score, warning } = await passwordStrength(password, personal);
	if (score >= MIN_SCORE) return null;
	return { key: (warning && WARNING_MESSAGES[warning]) || 'auth_password_weak' };
}
