import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';
import { email, many, oneOf, optionalText, requiredText } from '../../platform/core';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../platform/auth';
import { PROFILE_FIELDS, VISIBILITY_LEVELS, type ProfileField } from '../people';
import type { Role, Visibility } from '../../platform/db';

export const NAME_MAX = 120;
export const BIO_MAX = 1000;
const TOKEN_MAX = 200;

/** Languages a person may say they speak (ISO 639-1); their names are in the account catalogue. */
export const SPOKEN_LANGUAGES = ['pl', 'en', 'de', 'cs', 'sk', 'fr', 'nl', 'it', 'es', 'uk', 'ro', 'hu', 'lt', 'sl', 'hr', 'pt'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

const localeField = oneOf(locales as unknown as readonly ['pl', 'en']);

/** A password being chosen: not trimmed (spaces count), 12 to 200 characters. */
const newPassword = z
	.string({ error: 'error_required' })
	.min(1, 'error_required')
	.min(PASSWORD_MIN, 'error_too_short')
	.max(PASSWORD_MAX, 'error_too_long');

/** A password being checked: any length the person might have typed, within reason. */
const currentPassword = z.string({ error: 'error_required' }).min(1, 'error_required').max(PASSWORD_MAX, 'error_too_long');

const token = z.string({ error: 'error_invalid' }).trim().min(1, 'error_invalid').max(TOKEN_MAX, 'error_invalid');

export const registerSchema = z.object({
	name: requiredText(NAME_MAX),
	email: email(),
	password: newPassword,
	locale: localeField
});

export const loginSchema = z.object({ email: email(), password: currentPassword });

export const forgotPasswordSchema = z.object({ email: email() });

export const tokenSchema = z.object({ token });

export const resetPasswordSchema = z.object({ token, password: newPassword });

export const changePasswordSchema = z.object({ current_password: currentPassword, new_password: newPassword });

// `password`, not `current_password`: the password form on the same page uses that name.
export const changeEmailSchema = z.object({ new_email: email(), password: currentPassword });

export const mailLanguageSchema = z.object({ locale: localeField });

export const accountPageSchema = z.object({ locale: localeField });

/** The form field that carries the visibility of a profile field. */
export const visibilityField = (field: ProfileField) => `visibility_${field}` as const;

const visibilityLevel = oneOf(VISIBILITY_LEVELS as unknown as readonly ['public', 'members', 'nobody']).optional();

const idChoice = z.preprocess(
	(v) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v),
	z.number({ error: 'error_invalid_choice' }).int('error_invalid_choice').positive('error_invalid_choice')
);

export const profileSchema = z.object({
	name: requiredText(NAME_MAX),
	city: z.preprocess((v) => (v === undefined || v === '' ? null : v), idChoice.nullable()),
	languages: many(oneOf(SPOKEN_LANGUAGES), SPOKEN_LANGUAGES.length),
	areas: many(idChoice, 50),
	bio: optionalText(BIO_MAX),
	...(Object.fromEntries(PROFILE_FIELDS.map((field) => [visibilityField(field), visibilityLevel])) as Record<
		`visibility_${ProfileField}`,
		typeof visibilityLevel
	>)
});

/** What the account page shows and fills its forms with. */
export interface AccountView {
	name: string;
	handle: string;
	email: string;
	emailVerified: boolean;
	/** A new address waiting for its confirmation link to be followed. */
	pendingEmail: string | null;
	role: Role;
	locale: string;
	cityId: number | null;
	languages: string[];
	areaIds: number[];
	bio: string;
	visibility: Record<ProfileField, Visibility>;
}

export interface AccountPage {
	account: AccountView;
	cities: { id: number; name: string; countryCode: string }[];
	areas: { id: number; name: string }[];
}

/** A started session for the route to put in the cookie. */
export interface SessionGrant {
	token: string;
	expiresAt: Date;
}
