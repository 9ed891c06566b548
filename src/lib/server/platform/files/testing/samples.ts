/**
 * Small but well-formed sample files for tests: real magic bytes and, for the office formats,
 * real ZIP containers (stored, with CRCs) or an OLE directory entry.
 */
import zlib from 'node:zlib';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
	Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

export const samplePdf = () => bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const samplePng = () => bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', new Uint8Array(17));
export const sampleJpeg = () => bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\u0000', new Uint8Array(32), [0xff, 0xd9]);
export const sampleGif = () => bytes('GIF89a', new Uint8Array(20));
export const sampleWebp = () => bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 ', new Uint8Array(24));
export const sampleHtml = () => bytes('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
export const sampleSvg = () => bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
export const sampleCsv = () => bytes('miasto,kraj\nWałbrzych,PL\n');

/** A ZIP archive with stored (uncompressed) entries, in the order given. */
export function makeZip(entries: Record<string, string>): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of Object.entries(entries)) {
		const nameBytes = Buffer.from(name, 'utf8');
		const data = Buffer.from(content, 'utf8');
		const crc = zlib.crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(entries).length, 8);
	end.writeUInt16LE(Object.keys(entries).length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const sampleDocx = () =>
	makeZip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' });
export const sampleXlsx = () => makeZip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' });
export const sampleDocm = () =>
	makeZip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': 'macros' });
export const sampleOdt = () =>
	makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
export const samplePlainZip = () => makeZip({ 'notes.txt': 'hello', 'run.exe': 'MZ' });

/** An OLE compound file whose first directory entry after the root is the Word stream. */
export function sampleDoc(): Buffer {
	const file = Buffer.alloc(512 + 512);
	Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
	Buffer.from('Root Entry\u0000', 'utf16le').copy(file, 512);
	Buffer.from('WordDocument\u0000', 'utf16le').copy(file, 512 + 128);
	return file;
}
