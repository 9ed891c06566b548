/**
 * Intl formatters, built once per locale and options. Building a formatter costs far more than
 * using it (tens of microseconds against one or two), and a page of events, posts or facet
 * values formats hundreds of times: without this, formatter construction was a sixth of the
 * server's time on list pages. Shared by server and browser code. Each map is bounded: keys
 * can carry zones or locales from input, and a full map simply starts again.
 */
const MAX_ENTRIES = 500;

function memo<F, O>(build: (locales: string | string[], options?: O) => F) {
	const made = new Map<string, F>();
	return (locales: string | string[], options?: O): F => {
		const key = `${String(locales)}|${options ? JSON.stringify(options) : ''}`;
		let format = made.get(key);
		if (!format) {
			format = build(locales, options);
			if (made.size >= MAX_ENTRIES) made.clear();
			made.set(key, format);
		}
		return format;
	};
}

export const dateFormat = memo((locales, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options));
export const numberFormat = memo((locales, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options));
export const displayNames = memo((locales, options?: Intl.DisplayNamesOptions) => new Intl.DisplayNames(locales, options!));
export const sortCollator = memo((locales, options?: Intl.CollatorOptions) => new Intl.Collator(locales, options));
export const relativeTimeFormat = memo(
	(locales, options?: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locales, options)
);
