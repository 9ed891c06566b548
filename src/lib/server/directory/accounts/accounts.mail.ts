/**
 * The mail that accounts send, in the recipient's language, with full links (origin + path) so
 * that they work from any mail program. Plain text: nothing in a name can become markup.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { OutgoingMail } from '../../platform/mail';
import { asLocale } from '../../platform/i18n';

export function linkTo(origin: string, locale: Locale, page: string, token: string): string {
	return `${origin}/${locale}/${page}?token=${encodeURIComponent(token)}`;
}

interface MailInput {
	to: string;
	name: string;
	origin: string;
	locale: string;
	token: string;
}

export function verificationMail({ to, name, origin, locale: raw, token }: MailInput): OutgoingMail {
	const locale = asLocale(raw);
	const link = linkTo(origin, locale, 'verify-email', token);
	return {
		to,
		subject: m.auth_mail_verify_subject({}, { locale }),
		text: m.auth_mail_verify_body({ name, link }, { locale })
	};
}

export function resetPasswordMail({ to, name, origin, locale: raw, token }: MailInput): OutgoingMail {
	const locale = asLocale(raw);
	const link = linkTo(origin, locale, 'reset-password', token);
	return {
		to,
		subject: m.auth_mail_reset_subject({}, { locale }),
		text: m.auth_mail_reset_body({ name, link }, { locale })
	};
}

/** Sent to the NEW address: following the link proves the person reads it. */
export function changeEmailMail({ to, name, origin, locale: raw, token }: MailInput): OutgoingMail {
	const locale = asLocale(raw);
	const link = linkTo(origin, locale, 'verify-email', token);
	return {
		to,
		subject: m.account_mail_change_email_subject({}, { locale }),
		text: m.account_mail_change_email_body({ name, link, email: to }, { locale })
	};
}
