import type { Locale } from '$lib/paraglide/runtime';
import { translate } from '../../platform/i18n';
import type { ImportReport } from './importer.schemas';

/** An import report as the page shows it: messages translated, links to the new practices. */
export interface ImportReportView {
	ok: boolean;
	summary: string;
	/** "Line" for CSV, "Item" for JSON. */
	positionLabel: string;
	imported: { position: number; title: string; href: string }[];
	errors: { position: string; field: string; message: string }[];
}

export function reportView(report: ImportReport, locale: Locale): ImportReportView {
	const ok = report.imported.length > 0;
	const fileLevel = report.errors.some((e) => e.position === 0) || report.invalidRows === 0;
	const summary = ok
		? report.invalidRows
			? translate({ key: 'import_done_partly', params: { count: report.imported.length, invalid: report.invalidRows } }, locale)
			: translate({ key: 'import_done', params: { count: report.imported.length } }, locale)
		: fileLevel
			? translate('import_nothing_file', locale)
			: translate({ key: 'import_nothing', params: { invalid: report.invalidRows, total: report.total } }, locale);
	return {
		ok,
		summary,
		positionLabel: translate(report.format === 'json' ? 'import_col_item' : 'import_col_line', locale),
		imported: report.imported.map((p) => ({ position: p.position, title: p.title, href: `/${locale}/practices/${p.slug}` })),
		errors: report.errors.map((e) => ({
			position: e.position ? String(e.position) : translate('import_whole_file', locale),
			field: e.field,
			message: translate(e.message, locale)
		}))
	};
}
