// @ts-check
/**
 * A local SMTP server that accepts every message and writes it, decoded, as one JSON file per
 * message into a folder. The browser tests (another process) read that folder: a file per mail
 * needs no extra port or protocol, and survives a crash for the post-mortem.
 *
 * Only what nodemailer produces has to be understood: UTF-8, 7bit/quoted-printable/base64,
 * plain text optionally with an HTML alternative.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * @param {{ port: number, dir: string, host?: string }} options
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startSmtpCapture({ port, dir, host = '127.0.0.1' }) {
	fs.mkdirSync(dir, { recursive: true });
	let count = 0;
	const server = new SMTPServer({
		// Plain local SMTP: no TLS upgrade, no login. The app is pointed at smtp://host:port.
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		logger: false,
		banner: 'Headframe e2e mail capture',
		onData(stream, session, callback) {
			/** @type {Buffer[]} */
			const chunks = [];
			stream.on('data', (chunk) => chunks.push(chunk));
			stream.on('end', () => {
				try {
					const raw = Buffer.concat(chunks).toString('utf8');
					const parsed = parseMessage(raw);
					const message = {
						receivedAt: new Date().toISOString(),
						envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
						from: parsed.headers.from ?? '',
						to: parsed.headers.to ?? '',
						subject: parsed.subject,
						text: parsed.text,
						html: parsed.html,
						raw
					};
					count += 1;
					const name = `${Date.now()}-${String(count).padStart(4, '0')}.json`;
					// Write then rename, so a reader never sees half a file.
					const tmp = path.join(dir, `.${name}.tmp`);
					fs.writeFileSync(tmp, JSON.stringify(message, null, 2));
					fs.renameSync(tmp, path.join(dir, name));
					callback();
				} catch (error) {
					callback(/** @type {Error} */ (error));
				}
			});
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	return {
		port,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/**
 * @param {string} raw
 * @returns {{ headers: Record<string, string>, subject: string, text: string, html: string }}
 */
export function parseMessage(raw) {
	const part = parsePart(raw);
	const leaves = flatten(part);
	const text = leaves.find((p) => p.type.startsWith('text/plain'))?.body ?? '';
	const html = leaves.find((p) => p.type.startsWith('text/html'))?.body ?? '';
	return { headers: part.headers, subject: decodeWords(part.headers.subject ?? ''), text, html };
}

/**
 * @typedef {{ headers: Record<string, string>, type: string, body: string, parts: Part[] }} Part
 */

/** @param {string} raw @returns {Part} */
function parsePart(raw) {
	const normalised = raw.replace(/\r\n/g, '\n');
	const split = normalised.indexOf('\n\n');
	const head = split === -1 ? normalised : normalised.slice(0, split);
	const body = split === -1 ? '' : normalised.slice(split + 2);
	/** @type {Record<string, string>} */
	const headers = {};
	// Folded header lines start with white space and continue the previous header.
	for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
	if (type.startsWith('multipart/')) {
		const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
		if (!boundary) return { headers, type, body, parts: [] };
		const parts = body
			.split(`--${boundary}`)
			.slice(1)
			.filter((chunk) => !chunk.startsWith('--'))
			.map((chunk) => parsePart(chunk.replace(/^\n/, '')));
		return { headers, type, body: '', parts };
	}
	return { headers, type, body: decodeBody(body, headers['content-transfer-encoding'] ?? '7bit'), parts: [] };
}

/** @param {Part} part @returns {Part[]} */
function flatten(part) {
	return part.parts.length ? part.parts.flatMap(flatten) : [part];
}

/** @param {string} body @param {string} encoding */
function decodeBody(body, encoding) {
	switch (encoding.toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		case 'quoted-printable':
			return decodeQuotedPrintable(body);
		default:
			return body.replace(/\n$/, '');
	}
}

/** @param {string} text */
function decodeQuotedPrintable(text) {
	const joined = text.replace(/=\n/g, '');
	const bytes = [];
	for (let i = 0; i < joined.length; i++) {
		const c = joined[i];
		if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
			bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(c, 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8').replace(/\n$/, '');
}

/** RFC 2047 encoded words in headers, e.g. =?UTF-8?Q?Potwierd=C5=BA?= @param {string} value */
export function decodeWords(value) {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset, kind, data) =>
			kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' '))
		);
}
