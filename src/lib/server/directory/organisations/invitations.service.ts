import type { Locale } from '$lib/paraglide/runtime';
import { conflict, notFound, type Deps } from '../../platform/core';
import { authorize, hashToken, type MaybeActor } from '../../platform/auth';
import type { OrganisationRole } from '../../platform/db';
import { insertAudit } from '../../platform/audit';
import { reindexPerson } from '../../knowledge/search';
import * as q from './organisations.queries';
import { organisationPolicy } from './organisations.policy';

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
