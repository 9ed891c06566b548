import { isLocale, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { conflict, notFound, validate, type Deps } from '../../platform/core';
import { authorize, hashToken, newToken, type MaybeActor } from '../../platform/auth';
import type { OrganisationRole } from '../../platform/db';
import { insertAudit } from '../../platform/audit';
import { insertMail } from '../../platform/mail';
import { LIMITS, takeHits } from '../../platform/ratelimit';
import { reindexPerson } from '../../knowledge/search';
import * as q from './organisations.queries';
import { findOpenInvitationTo } from './invitations.queries';
import { organisationPolicy } from './organisations.policy';
import { invitationPolicy } from './invitations.policy';
import { inviteSchema } from './organisations.schemas';

export const INVITATION_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export type InvitationState = 'open' | 'expired' | 'used';

export interface InvitationView {
	organisation: { slug: string; name: string };
	email: string;
	role: OrganisationRole;
	inviterName: string | null;
	state: InvitationState;
	/** The viewer already belongs to the organisation. */
	alreadyMember: boolean;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

async function findInvitation(deps: Deps, token: string, locale: Locale) {
	if (!TOKEN.test(token)) throw notFound();
	const invitation = await q.findInvitationByHash(deps.db, hashToken(token));
	if (!invitation) throw notFound();
	const org = await q.findOrganisationById(deps.db, invitation.organisation_id, locale);
	if (!org) throw notFound();
	const state: InvitationState = invitation.accepted_at ? 'used' : invitation.expires_at.getTime() <= Date.now() ? 'expired' : 'open';
	return { invitation, org, state };
}

/**
 * What an invitation link offers. Anyone holding the link may read it (it was mailed to them);
 * the page asks visitors to sign in or register before accepting.
 */
export async function getInvitation(actor: MaybeActor, token: string, deps: Deps, locale: Locale): Promise<InvitationView> {
	const { invitation, org, state } = await findInvitation(deps, token, locale);
	const role = actor ? await q.findRole(deps.db, org.id, actor.id) : null;
	return {
		organisation: { slug: org.slug, name: org.name },
		email: invitation.email,
		role: invitation.role,
		inviterName: invitation.inviter_name,
		state,
		alreadyMember: role !== null
	};
}

/**
 * A signed-in person (with any account: the invited address need not be theirs) joins the
 * organisation with the invited role. Each link works once and for 14 days. Someone already in
 * the organisation keeps their role, or becomes admin if the invitation says so.
 */
export async function acceptInvitation(actor: MaybeActor, token: string, deps: Deps): Promise<{ slug: string }> {
	authorize(actor, organisationPolicy, 'signedIn');
	const { invitation, org, state } = await findInvitation(deps, token, actor.locale);
	if (state === 'used') throw conflict('org_invitation_used');
	if (state === 'expired') throw conflict('org_invitation_expired');
	await deps.db.transaction().execute(async (trx) => {
		// The conditional update is the single-use guarantee when two people click at once.
		if (!(await q.useInvitation(trx, invitation.id))) throw conflict('org_invitation_used');
		const current = await q.findRole(trx, org.id, actor.id);
		if (current === null) await q.insertMember(trx, org.id, actor.id, invitation.role);
		else if (current === 'member' && invitation.role === 'admin') await q.setMemberRole(trx, org.id, actor.id, 'admin');
		// A person's search document names their organisations.
		await reindexPerson(trx, actor.id);
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'organisation.join',
			subjectType: 'organisation',
			subjectId: org.id,
			details: { invitation_id: invitation.id, role: invitation.role }
		});
	});
	return { slug: org.slug };
}

/**
 * An admin of an organisation accepted into the network invites someone by e-mail: the mail
 * carries a single-use link valid for 14 days (only its hash is stored), written in the
 * invitee's language when we know them. The mail goes to an address nobody has vouched for, so:
 * its subject is fixed (names are in the body only), an address with an open invitation of
 * this organisation is not mailed again, and at most 20 invitations a day leave one person and
 * 3 a week reach one address.
 */
export async function inviteMember(actor: MaybeActor, slug: string, input: unknown, deps: Deps): Promise<{ email: string }> {
	authorize(actor, organisationPolicy, 'signedIn');
	const org = await q.findOrganisationBySlug(deps.db, slug, actor.locale);
	if (!org) throw notFound();
	const standing = { org, role: await q.findRole(deps.db, org.id, actor.id) };
	authorize(actor, organisationPolicy, 'view', standing);
	authorize(actor, organisationPolicy, 'administer', standing);
	authorize(actor, invitationPolicy, 'send', org);
	const data = validate(inviteSchema, input);
	await deps.db.transaction().execute(async (trx) => {
		// Counted first: the per-address lock also makes two invitations to one address at the
		// same moment wait for each other, so the check for an open one below cannot be raced.
		// A refusal below rolls the count back with the rest.
		await takeHits(trx, [
			{ limit: LIMITS.invitationsPerPerson, key: String(actor.id), messageKey: 'org_invite_limit_person' },
			{ limit: LIMITS.invitationsPerAddress, key: data.email, messageKey: 'org_invite_limit_address' }
		]);
		if (await q.isMemberByEmail(trx, org.id, data.email)) {
			throw conflict('org_error_already_member', { email: { key: 'org_error_already_member' } });
		}
		if (await findOpenInvitationTo(trx, org.id, data.email)) {
			throw conflict('org_error_already_invited', { email: { key: 'org_error_already_invited' } });
		}
		const token = newToken();
		const { id } = await q.insertInvitation(trx, {
			organisationId: org.id,
			email: data.email,
			role: data.role,
			tokenHash: hashToken(token),
			invitedBy: actor.id,
			expiresAt: new Date(Date.now() + INVITATION_DAYS * DAY)
		});
		const known = await q.findLocaleByEmail(trx, data.email);
		const locale: Locale = known && isLocale(known) ? known : actor.locale;
		const params = {
			inviter: actor.name,
			organisation: org.name,
			role: data.role === 'admin' ? m.org_role_admin({}, { locale }) : m.org_role_member({}, { locale }),
			link: `${deps.origin}/${locale}/invitations/${token}`,
			days: INVITATION_DAYS
		};
		await insertMail(trx, {
			to: data.email,
			subject: m.org_mail_invite_subject({}, { locale }),
			text: m.org_mail_invite_body(params, { locale })
		});
		await insertAudit(trx, {
			actorId: actor.id,
			action: 'organisation.invite',
			subjectType: 'organisation',
			subjectId: org.id,
			details: { invitation_id: id, email: data.email, role: data.role }
		});
	});
	return { email: data.email };
}
