/**
 * File names as people see them: shown on pages, in download URLs and in the name a browser
 * saves under. The name is never used as a path on disk (storage keys are random).
 */

const MAX_NAME = 120;

/**
 * A display name from what the uploader's browser sent: no folders, no control or reserved
 * characters, at most 120 characters, ending in the extension of the type the bytes really
 * have (a PNG sent as "plan.pdf" is stored as "plan.png").
 */
export function cleanFileName(sent: string, extension: string): string {
	const last = sent.split(/[/\\]/).pop() ?? '';
	let name = last
		.normalize('NFC')
		.replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
		// Reserved on common file systems or meaningful in headers and URLs.
		.replace(/[<>:"|?*;%#&{}$!`'=+@^~[\]]/g, '_')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[.\s]+|[.\s]+$/g, '');
	const dot = name.lastIndexOf('.');
	let base = dot > 0 ? name.slice(0, dot) : name;
	base = base.replace(/[.\s]+$/, '') || 'file';
	const room = MAX_NAME - extension.length - 1;
	if (base.length > room) base = [...base].slice(0, room).join('').trim();
	name = `${base}.${extension}`;
	return name;
}

/** A plain-ASCII stand-in for clients that do not read `filename*`: "Wałbrzych.pdf" → "Walbrzych.pdf". */
export function asciiFileName(name: string): string {
	return name
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7E]/g, '_')
		.replace(/["\\]/g, '_');
}

/** RFC 5987 encoding for `filename*`: percent-encoded UTF-8, with the few extra reserved marks. */
function encodeRfc5987(value: string): string {
	return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The Content-Disposition header for a stored file: `inline` for images, else `attachment`. */
export function contentDisposition(name: string, inline: boolean): string {
	return `${inline ? 'inline' : 'attachment'}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** The download address of an attachment; the name part is for people and browsers only. */
export function fileUrl(id: number, name: string): string {
	return `/files/${id}/${encodeURIComponent(name)}`;
}
