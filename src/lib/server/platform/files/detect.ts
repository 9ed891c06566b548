/**
 * What a file really is, from its bytes. The name and the type the browser sent are both
 * chosen by the uploader, so neither decides what we store or how we serve it: an HTML page
 * renamed to `report.pdf` has no `%PDF-` header and is refused here.
 */

export type FileKind = 'image' | 'document' | 'text';

export interface DetectedType {
	/** The Content-Type the file is stored and served with. */
	mime: string;
	/** The extension the stored name gets (without the dot). */
	extension: string;
	kind: FileKind;
}

const PDF: DetectedType = { mime: 'application/pdf', extension: 'pdf', kind: 'document' };
const PNG: DetectedType = { mime: 'image/png', extension: 'png', kind: 'image' };
const JPEG: DetectedType = { mime: 'image/jpeg', extension: 'jpg', kind: 'image' };
const GIF: DetectedType = { mime: 'image/gif', extension: 'gif', kind: 'image' };
const WEBP: DetectedType = { mime: 'image/webp', extension: 'webp', kind: 'image' };

const OOXML: Record<string, DetectedType> = {
	'word/document.xml': {
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		extension: 'docx',
		kind: 'document'
	},
	'xl/workbook.xml': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', kind: 'document' },
	'ppt/presentation.xml': {
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		extension: 'pptx',
		kind: 'document'
	}
};

const ODF: Record<string, DetectedType> = {
	'application/vnd.oasis.opendocument.text': { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt', kind: 'document' },
	'application/vnd.oasis.opendocument.spreadsheet': {
		mime: 'application/vnd.oasis.opendocument.spreadsheet',
		extension: 'ods',
		kind: 'document'
	},
	'application/vnd.oasis.opendocument.presentation': {
		mime: 'application/vnd.oasis.opendocument.presentation',
		extension: 'odp',
		kind: 'document'
	}
};

/** Legacy Office files are OLE compound files; the main stream's name tells which program wrote it. */
const OLE_STREAMS: [string, DetectedType][] = [
	['WordDocument', { mime: 'application/msword', extension: 'doc', kind: 'document' }],
	['Workbook', { mime: 'application/vnd.ms-excel', extension: 'xls', kind: 'document' }],
	['Book', { mime: 'application/vnd.ms-excel', extension: 'xls', kind: 'document' }],
	['PowerPoint Document', { mime: 'application/vnd.ms-powerpoint', extension: 'ppt', kind: 'document' }]
];

/** Every type we store; a stored type outside this list is served as a download of bytes. */
export const SERVABLE_TYPES: ReadonlySet<string> = new Set([
	...[PDF, PNG, JPEG, GIF, WEBP].map((t) => t.mime),
	...Object.values(OOXML).map((t) => t.mime),
	...Object.values(ODF).map((t) => t.mime),
	...OLE_STREAMS.map(([, t]) => t.mime),
	'text/plain; charset=utf-8',
	'text/csv; charset=utf-8'
]);

export const INLINE_TYPES: ReadonlySet<string> = new Set([PNG, JPEG, GIF, WEBP].map((t) => t.mime));

const startsWith = (bytes: Uint8Array, prefix: number[] | string, at = 0) => {
	const expected = typeof prefix === 'string' ? [...prefix].map((c) => c.charCodeAt(0)) : prefix;
	if (bytes.length < at + expected.length) return false;
	return expected.every((b, i) => bytes[at + i] === b);
};

/**
 * The type of `bytes`, or null when it is empty or not one we accept. `fileName` only chooses
 * between two equally harmless names for plain text (a .csv stays text/csv).
 */
export function detectFileType(bytes: Uint8Array, fileName = ''): DetectedType | null {
	if (bytes.length === 0) return null;
	if (startsWith(bytes, '%PDF-')) return PDF;
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
	if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return GIF;
	if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return WEBP;
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZip(bytes);
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectOle(bytes);
	return detectText(bytes, fileName);
}

interface ZipEntry {
	name: string;
	/** Offset of the local file header. */
	offset: number;
	method: number;
	size: number;
}

/** The entries listed in a ZIP's central directory, or null when it cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record is in the last 64 KiB (+22 bytes) of the file.
	const floor = Math.max(0, bytes.length - 65_557);
	let end = -1;
	for (let i = bytes.length - 22; i >= floor; i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder();
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const offset = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		entries.push({ name, offset, method, size });
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function detectZip(bytes: Uint8Array): DetectedType | null {
	const entries = zipEntries(bytes);
	if (!entries) return null;
	const names = new Set(entries.map((e) => e.name));
	// Macro-enabled documents (docm, xlsm...) carry a VBA project: not something to hand around.
	if ([...names].some((name) => /vbaProject\.bin$/i.test(name))) return null;
	if (names.has('[Content_Types].xml')) {
		for (const [part, type] of Object.entries(OOXML)) if (names.has(part)) return type;
		return null;
	}
	// ODF: a `mimetype` entry, stored uncompressed, whose content names the document type.
	const mimetype = entries.find((e) => e.name === 'mimetype');
	if (mimetype && mimetype.method === 0 && mimetype.size < 100) {
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const header = mimetype.offset;
		if (header + 30 > bytes.length || view.getUint32(header, true) !== 0x04034b50) return null;
		const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
		const value = new TextDecoder().decode(bytes.subarray(start, start + mimetype.size));
		return ODF[value] ?? null;
	}
	return null;
}

function detectOle(bytes: Uint8Array): DetectedType | null {
	// Directory entries hold stream names in UTF-16LE; look for the main stream's name.
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (const [stream, type] of OLE_STREAMS) {
		// The name is followed by its NUL terminator, so "Book" does not match "Workbook" halves.
		const needle = Buffer.from(`${stream}\u0000`, 'utf16le');
		let at = buffer.indexOf(needle);
		while (at >= 0) {
			// A directory entry starts on a 128-byte boundary after the 512-byte header.
			if (at >= 512 && (at - 512) % 128 === 0) return type;
			at = buffer.indexOf(needle, at + 1);
		}
	}
	return null;
}

/**
 * UTF-8 text without NUL bytes that does not start like markup: plain notes and CSV tables.
 * Anything beginning with `<` (HTML, SVG, XML) is refused, since browsers may run it.
 */
function detectText(bytes: Uint8Array, fileName: string): DetectedType | null {
	if (bytes.includes(0)) return null;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('<') || /<\s*(script|html|svg|iframe|body)\b/i.test(text.slice(0, 4096))) return null;
	if (/[\u0001-\u0008\u000E-\u001F]/.test(text)) return null;
	return /\.csv$/i.test(fileName)
		? { mime: 'text/csv; charset=utf-8', extension: 'csv', kind: 'text' }
		: { mime: 'text/plain; charset=utf-8', extension: 'txt', kind: 'text' };
}
