import { sql } from 'kysely';

/**
 * Whether the person selected as `p` is a network member, the rule `Actor.isMember` carries:
 * an approved individual member, someone who runs the network, or a person in an approved
 * organisation. One definition for every query that builds actors or checks access.
 */
export const isNetworkMemberSql = () =>
	sql<boolean>`(p.member_since is not null or p.role <> 'person' or exists (
		select 1 from organisation_members om
		join organisations o on o.id = om.organisation_id
		where om.person_id = p.id and o.member_since is not null))`;
