import { definePolicy, rule, signedIn } from '../auth';
import { unauthenticated } from '../core';
import { canEditPractice, canViewPractice } from '../../knowledge/practices';

/** What the practices policy needs to know about an attachment's practice and the viewer. */
type PracticeFacts = Parameters<typeof canViewPractice>[1];

/**
 * Attachments follow their practice (the practices policy decides): whoever may see it
 * downloads its files, whoever may edit it adds and changes them. Everything refused is the 404
 * of a missing file or practice; visitors are asked to log in before changing anything.
 */
export const attachmentPolicy = definePolicy({
	signedIn,
	download: (actor, practice: PracticeFacts) => canViewPractice(actor, practice),
	/** Anyone on the internet may download it (then shared caches may keep it). */
	downloadPublicly: (_actor, practice: PracticeFacts) => canViewPractice(null, practice),
	attach: rule((actor, practice: PracticeFacts) => canEditPractice(actor, practice), { anonymous: unauthenticated })
});
