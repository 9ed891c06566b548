import { describe, expect, it } from 'vitest';
import { detectFileType } from './detect';
import { asciiFileName, cleanFileName, contentDisposition } from './names';
import * as s from './testing/samples';

describe('file type detection by content', () => {
	it('recognises the accepted types by their bytes, whatever the name says', () => {
		expect(detectFileType(s.samplePdf(), 'x.bin')?.mime).toBe('application/pdf');
		expect(detectFileType(s.samplePng(), 'photo.pdf')?.mime).toBe('image/png');
		expect(detectFileType(s.sampleJpeg(), '')?.mime).toBe('image/jpeg');
		expect(detectFileType(s.sampleGif())?.mime).toBe('image/gif');
		expect(detectFileType(s.sampleWebp())?.mime).toBe('image/webp');
		expect(detectFileType(s.sampleDocx(), 'plan.zip')?.extension).toBe('docx');
		expect(detectFileType(s.sampleXlsx())?.extension).toBe('xlsx');
		expect(detectFileType(s.sampleOdt())?.extension).toBe('odt');
		expect(detectFileType(s.sampleDoc())?.mime).toBe('application/msword');
		expect(detectFileType(s.sampleCsv(), 'data.csv')?.mime).toBe('text/csv; charset=utf-8');
		expect(detectFileType(s.sampleCsv(), 'notes')?.mime).toBe('text/plain; charset=utf-8');
	});

	it('refuses HTML renamed to .pdf, SVG, empty files, plain archives, macros and binaries', () => {
		expect(detectFileType(s.sampleHtml(), 'report.pdf')).toBeNull();
		expect(detectFileType(Buffer.from('  \n<html><body>hi</body></html>'), 'report.txt')).toBeNull();
		expect(detectFileType(s.sampleSvg(), 'logo.png')).toBeNull();
		expect(detectFileType(new Uint8Array(0), 'empty.pdf')).toBeNull();
		expect(detectFileType(s.samplePlainZip(), 'docs.docx')).toBeNull();
		expect(detectFileType(s.sampleDocm(), 'report.docx')).toBeNull();
		expect(detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'setup.pdf')).toBeNull();
		// Not UTF-8 (Latin-2 bytes): not text either.
		expect(detectFileType(Buffer.from([0x57, 0x61, 0xb3, 0x62, 0x72, 0x7a, 0x79, 0x63, 0x68]), 'a.txt')).toBeNull();
	});
});

describe('file names', () => {
	it('keeps Polish letters, drops folders and reserved marks, and ends with the real extension', () => {
		expect(cleanFileName('C:\\Users\\ewa\\Raport z rewitalizacji – Wałbrzych.pdf', 'pdf')).toBe('Raport z rewitalizacji – Wałbrzych.pdf');
		expect(cleanFileName('../../etc/passwd', 'txt')).toBe('passwd.txt');
		expect(cleanFileName('zdjęcie.pdf', 'png')).toBe('zdjęcie.png');
		expect(cleanFileName('a"b<c>\u0007.docx', 'docx')).toBe('a_b_c_.docx');
		expect(cleanFileName('...', 'pdf')).toBe('file.pdf');
		expect(cleanFileName('x'.repeat(300) + '.pdf', 'pdf')).toHaveLength(120);
	});

	it('writes an RFC 5987 Content-Disposition with an ASCII fallback', () => {
		expect(asciiFileName('Łódź – plan.pdf')).toBe('Lodz _ plan.pdf');
		expect(contentDisposition('Łódź plan.pdf', false)).toBe(
			`attachment; filename="Lodz plan.pdf"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20plan.pdf`
		);
		expect(contentDisposition('mapa.png', true)).toMatch(/^inline; /);
	});
});
