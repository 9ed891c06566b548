/**
 * A person's handle (the last part of their profile address) from their name: ASCII, lower
 * case, hyphens; Polish and other letters that Unicode does not decompose are spelled out.
 */
const SPELLED: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', œ: 'oe', Œ: 'OE' };

// Words that page addresses under /people/ may use for themselves.
const RESERVED = new Set(['new', 'edit', 'me', 'search', 'admin', 'account', 'settings']);

const MAX_BASE = 40;

export function handleBase(name: string): string {
	const ascii = name
		.replace(/[łŁßæÆøØđĐœŒ]/g, (c) => SPELLED[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	const slug = ascii
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_BASE)
		.replace(/-+$/, '');
	return slug || 'person';
}

/** The base itself if free, else base-2, base-3… */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	for (const word of RESERVED) used.add(word);
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!used.has(candidate)) return candidate;
	}
}
