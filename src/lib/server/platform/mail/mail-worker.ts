import nodemailer, { type Transporter } from 'nodemailer';
import type { Kysely } from 'kysely';
import type { DB } from '../db';
import { claimDueMail, markMailDone, markMailFailed } from './outbox.queries';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface MailWorkerOptions {
	smtpUrl?: string;
	from: string;
	/** Milliseconds between polls of the outbox. */
	intervalMs?: number;
	log?: (line: string) => void;
}

/**
 * Sends what services put in the outbox, after their transaction committed. Without SMTP_URL
 * the mail stays in the outbox and is printed to the log, so a local user can follow links.
 */
export function createMailWorker(db: Kysely<DB>, options: MailWorkerOptions) {
	const transport: Transporter | null = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
	const log = options.log ?? ((line: string) => console.log(line));
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<number> | undefined;
	let stopped = false;

	async function processBatch(): Promise<number> {
		const batch = await claimDueMail(db, BATCH, 120);
		for (const mail of batch) {
			if (!transport) {
				log(`\n--- mail to ${mail.to_address}: ${mail.subject}\n${mail.text_body}\n---`);
				await markMailDone(db, mail.id, 'logged');
				continue;
			}
			try {
				await transport.sendMail({
					from: options.from,
					to: mail.to_address,
					subject: mail.subject,
					text: mail.text_body,
					html: mail.html_body ?? undefined,
					headers: mail.headers
				});
				await markMailDone(db, mail.id, 'sent');
			} catch (error) {
				const retry = mail.attempts >= MAX_ATTEMPTS ? null : Math.min(3600, 2 ** mail.attempts * 15);
				await markMailFailed(db, mail.id, (error as Error).message, retry);
			}
		}
		return batch.length;
	}

	/** Runs until the outbox has nothing due; safe to call while a run is in progress. */
	function flush(): Promise<number> {
		running ??= (async () => {
			let total = 0;
			try {
				for (let n = await processBatch(); n > 0; n = await processBatch()) total += n;
			} finally {
				running = undefined;
			}
			return total;
		})();
		return running;
	}

	function schedule() {
		if (stopped) return;
		timer = setTimeout(async () => {
			try {
				await flush();
			} catch (error) {
				log(`mail worker: ${(error as Error).message}`);
			}
			schedule();
		}, options.intervalMs ?? 2000);
	}

	return {
		start: schedule,
		flush,
		async stop() {
			stopped = true;
			clearTimeout(timer);
			await running;
			transport?.close();
		}
	};
}

export type MailWorker = ReturnType<typeof createMailWorker>;
