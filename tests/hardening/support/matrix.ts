/**
 * The authorisation matrix: for every route of the site, what each kind of person gets, as the
 * policy says (DESIGN.md; the *.policy.ts files, groups/group-access.ts and the services that
 * apply them). Read against the demo network by authz.hardening.ts on a server of its own.
 *
 * Columns, always in this order (support/roles.ts, MATRIX_ROLES):
 *   visitor · registered (not a member yet: Elena) · member (Krzysztof, Wałbrzych city hall) ·
 *   organisation admin (Ewa, admin of the Wałbrzych city hall, member of the closed founding
 *   group, coordinator of one open thematic group) · group member (Giulia, member of the closed
 *   founding group only) · coordinator (Magda: runs the network, coordinates the founding and
 *   the secret group) · admin (member of the secret group, not of the founding group)
 *
 * The rules the rows follow:
 * - refused and missing answer the same 404 (nothing leaks); a visitor is sent to the login form
 *   where signing in could help (forms that check the person first do so for any address), never
 *   to coordination pages;
 * - a secret group's addresses answer its outsiders exactly like an unknown group's (rows with
 *   `no-such-group` beside them show it), network coordinators included;
 * - form actions say 403 where the person may see the thing but not change it, 404 where they
 *   may not even see it (the page drawn after a refused action turns both into 404);
 * - a closed group shows network members that it exists (page, members); its discussions,
 *   proposals and documents only to its members: not to the network's admin either;
 * - some creation pages answer a non-member 200 with only an explanation ('explains').
 *
 * Paths may hold {placeholders}: ids looked up on the server (LOOKUPS) or made by the test
 * (uploaded files, a calendar feed; see authz.hardening.ts).
 */
import type { Role } from './roles';

export type RoleName = Role['name'];

/** visitor, registered, member, organisation admin, group member, coordinator, admin */
export type Row<T> = readonly [T, T, T, T, T, T, T];

/** What one person gets from a GET. */
export type Outcome =
	/** 200: the page or the file itself */
	| 'ok'
	/** 200, but the page only explains why this person cannot (no form to post) */
	| 'explains'
	/** 303 to /<lang>/login?next=… */
	| 'login'
	| 'not found'
	| 'bad request'
	/** 405: the address takes POST only */
	| 'no GET'
	/** another redirect, to a path that starts with this */
	| `→${string}`;

const OK = 'ok';
const EXPLAINS = 'explains';
const LOGIN = 'login';
const NF = 'not found';
const BAD = 'bad request';
const to = (path: string) => `→${path}` as const;

export interface PageCheck {
	/** The route's folder under src/routes, e.g. /[lang=lang]/practices/[slug]. */
	route: string;
	path: string;
	what: string;
	expect: Row<Outcome>;
	/** Texts that exactly these people's answers contain: members-only, partners-only and secret content. */
	reveals?: { text: string; to: readonly RoleName[] }[];
}

const EVERYONE: Row<Outcome> = [OK, OK, OK, OK, OK, OK, OK];
const SIGNED_IN: Row<Outcome> = [LOGIN, OK, OK, OK, OK, OK, OK];
/** Members-only content: a visitor and a non-member find nothing there. */
const MEMBERS: Row<Outcome> = [NF, NF, OK, OK, OK, OK, OK];
/** Members' business where signing in helps a visitor (consultations, partner searches). */
const MEMBERS_SIGN_IN: Row<Outcome> = [LOGIN, NF, OK, OK, OK, OK, OK];
/** Coordination pages, and what only the network's staff may see or edit. */
const STAFF: Row<Outcome> = [NF, NF, NF, NF, NF, OK, OK];
/** The same behind a sign-in: editing forms that check the person first. */
const STAFF_SIGN_IN: Row<Outcome> = [LOGIN, NF, NF, NF, NF, OK, OK];
const MISSING: Row<Outcome> = [NF, NF, NF, NF, NF, NF, NF];

const R_MEMBERS: RoleName[] = ['member', 'organisation admin', 'group member', 'coordinator', 'admin'];
const R_STAFF: RoleName[] = ['coordinator', 'admin'];
/** The founding (closed) group's members among the roles. */
const R_FOUNDING: RoleName[] = ['organisation admin', 'group member', 'coordinator'];

// Demo content the rows look for.
const MEMBERS_PRACTICE = 'Obserwatorium demograficzne miast poprzemysłowych';
const MEMBERS_EVENT = 'Warsztat: hałdy jako miejsce dla mieszkańców';
const MEMBERS_CHALLENGE = 'Skills and jobs for former miners’ families';
const MEMBERS_PROJECT = 'After coal: skills and jobs for the energy transition';
const PENDING_CALL = 'Horizon Europe: climate-neutral and smart cities';
const PARTNERS_UPDATE = 'Budget note for partners';
const MEETING_LINK = 'https://meet.example/ruhr-skills-demo';
const FOUNDING_GROUP = "Working group: the network's frame and priorities";
const FOUNDING_THREAD = 'Which areas should come first?';
const FOUNDING_POLL = 'Priority areas of the network for the next two years';
const SECRET_GROUP = "Coordinators' back office";
const SECRET_THREAD = 'Budget for the autumn conference';
/** Krzysztof's profile is for members only (the demo default): his name is part of it. */
const MEMBERS_ONLY_NAME = 'Krzysztof Nowicki';

// Demo addresses.
const PUBLIC_PRACTICE = 'walbrzych-stara-kopalnia'; // Wałbrzych city hall's: Krzysztof and Ewa edit it
const OTHERS_PRACTICE = 'essen-zollverein'; // Ruhr Zukunft's: only the staff among the roles edit it
const MEMBERS_PRACTICE_SLUG = 'katowice-obserwatorium';
const DRAFT = 'bytom-szombierki'; // Bytom city hall's draft
const PUBLIC_EVENT = 'online-meeting-just-transition-skills'; // Ruhr Zukunft's, with a meeting link; Giulia is registered
const OWN_MEMBERS_EVENT = 'warsztat-haldy-dla-mieszkancow'; // members only, hosted by the Wałbrzych city hall
const MEMBERS_EVENT_SLUG = 'workshop-colliery-volunteers'; // members only, Sheffield's
const CHECKED_CALL = 'interreg-central-europe-brownfields-demo'; // added by Thomas
const PENDING_CALL_SLUG = 'horizon-europe-missions-cities-demo'; // added by David, not checked yet
const PUBLIC_CHALLENGE = 'charleroi-access-to-slag-heaps-demo'; // Claire's
const OWN_CHALLENGE = 'walbrzych-ogrzewanie-starych-kamienic-demo'; // Krzysztof's
const MEMBERS_CHALLENGE_SLUG = 'essen-skills-for-miners-families-demo';
const GENERAL_THREAD = 'keeping-young-people-in-our-towns-what-has-actually-worked';
const OPEN_GROUP = 'thematic-group-participation';
const FOUNDING = 'working-group-the-network-s-frame-and-priorities';
const FOUNDING_THREAD_SLUG = 'which-areas-should-come-first-arguments-before-the-vote';
const FOUNDING_POLL_SLUG = 'priority-areas-of-the-network-for-the-next-two-years';
const SECRET = 'coordinators-back-office';
const SECRET_THREAD_SLUG = 'budget-for-the-autumn-conference-draft-numbers';
const OWN_ORG = 'urzad-miasta-walbrzych-demo';
const OTHER_ORG = 'ruhr-zukunft-e-v-demo';
const PENDING_ORG = 'spolek-dul-michal-demo';
const PUBLIC_PROJECT = 'stories-from-the-shafts-young-people-map-mining-heritage-dem'; // the Wałbrzych city hall is an associated partner
const MEMBERS_PROJECT_SLUG = 'after-coal-skills-and-jobs-for-the-energy-transition-demo';
const CONSULTATION = 'ogrzewanie-dawnej-lazni-gorniczej'; // Joanna's
const STUDY_VISIT = 'wizyta-studyjna-stara-kopalnia-i-haldy'; // hosted by the Wałbrzych city hall
const PARTNER_SEARCH = 'green-heaps-partners-demo'; // Ruhr Zukunft's

const page = (route: string, path: string, what: string, expect: Row<Outcome>, reveals?: PageCheck['reveals']): PageCheck => ({
	route,
	path,
	what,
	expect,
	reveals
});
const L = '/[lang=lang]';

export const PAGES: PageCheck[] = [
	// --- reading pages ----------------------------------------------------------------------
	page(L, '/en', 'the home page', EVERYONE, [{ text: SECRET_THREAD, to: [] }]),
	page(`${L}/about`, '/en/about', 'about', EVERYONE),
	page(`${L}/privacy`, '/en/privacy', 'privacy', EVERYONE),
	page(`${L}/search`, '/en/search?q=obserwatorium', 'search finds a members-only practice', EVERYONE, [
		{ text: MEMBERS_PRACTICE, to: R_MEMBERS }
	]),
	page(`${L}/areas`, '/en/areas', 'areas', EVERYONE),
	page(`${L}/areas/[key]`, '/en/areas/demography', 'an area page', EVERYONE, [{ text: MEMBERS_PRACTICE, to: R_MEMBERS }]),
	page(`${L}/cities`, '/en/cities', 'cities', EVERYONE),
	page(`${L}/cities/map`, '/en/cities/map', 'the map', EVERYONE),
	page(`${L}/cities/[slug]`, '/en/cities/walbrzych', 'a city', EVERYONE, [{ text: MEMBERS_EVENT, to: R_MEMBERS }]),
	page(`${L}/cities/[slug]/edit`, '/en/cities/walbrzych/edit', "a city's profile form", STAFF),

	// --- accounts -----------------------------------------------------------------------------
	page(`${L}/login`, '/en/login', 'the login form', [OK, to('/en'), to('/en'), to('/en'), to('/en'), to('/en'), to('/en')]),
	page(`${L}/logout`, '/en/logout', 'the logout page', EVERYONE),
	page(`${L}/register`, '/en/register', 'registering', [
		OK,
		to('/en/account'),
		to('/en/account'),
		to('/en/account'),
		to('/en/account'),
		to('/en/account'),
		to('/en/account')
	]),
	page(`${L}/forgot-password`, '/en/forgot-password', 'forgotten password', EVERYONE),
	page(`${L}/reset-password`, '/en/reset-password?token=not-a-token', 'a reset link that is not one', [BAD, BAD, BAD, BAD, BAD, BAD, BAD]),
	page(`${L}/verify-email`, '/en/verify-email?token=not-a-token', 'a confirmation link that is not one', [
		BAD,
		BAD,
		BAD,
		BAD,
		BAD,
		BAD,
		BAD
	]),
	// the account pages take no person: each person only ever reaches their own (checked apart)
	page(`${L}/account`, '/en/account', 'my account', SIGNED_IN),
	page(`${L}/account/calendar`, '/en/account/calendar', 'my calendar feed', SIGNED_IN),
	page(`${L}/account/notifications`, '/en/account/notifications', 'my notification settings', SIGNED_IN),
	page(`${L}/notifications`, '/en/notifications', 'my notifications', SIGNED_IN),
	page(`${L}/membership`, '/en/membership', 'joining the network', EVERYONE),
	page(`${L}/invitations/[token]`, '/en/invitations/not-a-token', 'an invitation that does not exist', MISSING),
	page('/unsubscribe/[token]', '/unsubscribe/not-a-token', 'an unsubscribe link that does not exist', MISSING),
	// answers only on a benchmark server (HEADFRAME_BENCH=1); everywhere else it does not exist
	page(`${L}/bench/ceiling`, '/en/bench/ceiling', "the benchmark's framework ceiling", MISSING),
	page('/calendar/[token].ics', '/calendar/{feed}.ics', "the member's calendar feed: the secret address is the key", EVERYONE),
	page('/calendar/[token].ics', '/calendar/not-a-token.ics', 'a calendar feed that does not exist', MISSING),
	page('/health', '/health', 'the health check', EVERYONE),

	// --- coordination ---------------------------------------------------------------------------
	page(`${L}/admin`, '/en/admin', 'the coordination dashboard', STAFF),
	page(`${L}/admin/areas`, '/en/admin/areas', 'editing areas', STAFF),
	page(`${L}/admin/import`, '/en/admin/import', 'importing practices', STAFF),
	page(`${L}/admin/membership`, '/en/admin/membership', 'membership applications', STAFF, [{ text: 'Elena Costa', to: R_STAFF }]),
	page(`${L}/admin/people`, '/en/admin/people', "people's roles (platform admins only)", [NF, NF, NF, NF, NF, NF, OK]),
	// network coordinators, and the coordinators of any group (Ewa coordinates a thematic group)
	page(`${L}/admin/reports`, '/en/admin/reports', 'the reports queue', [LOGIN, NF, NF, OK, NF, OK, OK]),

	// --- people and organisations -------------------------------------------------------------
	page(`${L}/people`, '/en/people', 'the people directory', EVERYONE, [{ text: MEMBERS_ONLY_NAME, to: R_MEMBERS }]),
	page(`${L}/people/[handle]`, '/en/people/magda-kowalska-demo', 'a public profile', EVERYONE, [{ text: SECRET_GROUP, to: [] }]),
	page(`${L}/people/[handle]`, '/en/people/krzysztof-nowicki-demo', 'a members-only profile', MEMBERS),
	page(`${L}/people/[handle]`, '/en/people/elena-costa-demo', "a non-member's profile: hers and members'", [NF, OK, OK, OK, OK, OK, OK]),
	page(`${L}/organisations`, '/en/organisations', 'organisations', EVERYONE),
	page(`${L}/organisations/new`, '/en/organisations/new', 'adding an organisation', SIGNED_IN),
	page(`${L}/organisations/[slug]`, `/en/organisations/${OWN_ORG}`, 'an approved organisation', EVERYONE, [
		{ text: MEMBERS_EVENT, to: R_MEMBERS }
	]),
	page(`${L}/organisations/[slug]`, `/en/organisations/${PENDING_ORG}`, 'an organisation whose application waits', STAFF),
	// only the organisation's own admins; network staff included, they are told "not found"
	page(`${L}/organisations/[slug]/edit`, `/en/organisations/${OWN_ORG}/edit`, "Ewa's organisation's form", [LOGIN, NF, NF, OK, NF, NF, NF]),
	page(`${L}/organisations/[slug]/edit`, `/en/organisations/${OTHER_ORG}/edit`, "another organisation's form", [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		NF
	]),
	page(`${L}/organisations/[slug]/edit`, `/en/organisations/${PENDING_ORG}/edit`, "a waiting organisation's form", [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		NF
	]),
	page(`${L}/organisations/[slug]/people`, `/en/organisations/${OWN_ORG}/people`, "Ewa's organisation's team", [
		LOGIN,
		NF,
		NF,
		OK,
		NF,
		NF,
		NF
	]),
	page(`${L}/organisations/[slug]/people`, `/en/organisations/${OTHER_ORG}/people`, "another organisation's team", [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		NF
	]),

	// --- practices ------------------------------------------------------------------------------
	page(`${L}/practices`, '/en/practices', 'practices', EVERYONE, [{ text: MEMBERS_PRACTICE, to: R_MEMBERS }]),
	page(`${L}/practices/new`, '/en/practices/new', 'writing a practice', [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(`${L}/practices/[slug]`, `/en/practices/${PUBLIC_PRACTICE}`, 'a public practice', EVERYONE),
	page(`${L}/practices/[slug]`, `/en/practices/${MEMBERS_PRACTICE_SLUG}`, 'a members-only practice', MEMBERS, [
		{ text: MEMBERS_PRACTICE, to: R_MEMBERS }
	]),
	page(`${L}/practices/[slug]`, `/en/practices/${DRAFT}`, "another organisation's draft", STAFF),
	// its authors, the people of its organisations, and the network's staff
	page(`${L}/practices/[slug]/edit`, `/en/practices/${PUBLIC_PRACTICE}/edit`, "editing the Wałbrzych city hall's practice", [
		LOGIN,
		NF,
		OK,
		OK,
		NF,
		OK,
		OK
	]),
	page(`${L}/practices/[slug]/edit`, `/en/practices/${OTHERS_PRACTICE}/edit`, "editing another organisation's practice", STAFF_SIGN_IN),
	page(`${L}/practices/[slug]/edit`, `/en/practices/${MEMBERS_PRACTICE_SLUG}/edit`, 'editing a members-only practice', STAFF_SIGN_IN),
	page(`${L}/practices/[slug]/edit`, `/en/practices/${DRAFT}/edit`, 'editing a draft', STAFF_SIGN_IN),
	page(`${L}/practices/[slug]/attachments`, `/en/practices/${PUBLIC_PRACTICE}/attachments`, "the Wałbrzych practice's files", [
		LOGIN,
		NF,
		OK,
		OK,
		NF,
		OK,
		OK
	]),
	page(`${L}/practices/[slug]/attachments`, `/en/practices/${OTHERS_PRACTICE}/attachments`, "another practice's files", STAFF_SIGN_IN),
	page(`${L}/practices/[slug]/attachments`, `/en/practices/${DRAFT}/attachments`, "a draft's files", STAFF_SIGN_IN),
	page(`${L}/practices/[slug]/translate`, `/en/practices/${PUBLIC_PRACTICE}/translate?to=en`, 'translating the Wałbrzych practice', [
		LOGIN,
		NF,
		OK,
		OK,
		NF,
		OK,
		OK
	]),
	page(
		`${L}/practices/[slug]/translate`,
		`/en/practices/${OTHERS_PRACTICE}/translate?to=pl`,
		'translating another practice',
		STAFF_SIGN_IN
	),
	page(`${L}/practices/[slug]/history`, `/en/practices/${PUBLIC_PRACTICE}/history`, "a public practice's history", EVERYONE),
	page(`${L}/practices/[slug]/history`, `/en/practices/${MEMBERS_PRACTICE_SLUG}/history`, "a members-only practice's history", MEMBERS),
	page(`${L}/practices/[slug]/history`, `/en/practices/${DRAFT}/history`, "a draft's history", STAFF),
	page(`${L}/practices/[slug]/history/[n]`, `/en/practices/${PUBLIC_PRACTICE}/history/1`, 'a version of a public practice', EVERYONE),
	page(
		`${L}/practices/[slug]/history/[n]`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/history/1`,
		'a version of a members-only practice',
		MEMBERS,
		[{ text: MEMBERS_PRACTICE, to: R_MEMBERS }]
	),
	page(`${L}/practices/[slug]/history/[n]`, `/en/practices/${DRAFT}/history/1`, 'a version of a draft', STAFF),
	page(`${L}/practices/[slug]/learning`, `/en/practices/${PUBLIC_PRACTICE}/learning`, 'learning from a public practice', EVERYONE),
	page(
		`${L}/practices/[slug]/learning`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/learning`,
		'learning from a members-only practice',
		MEMBERS
	),
	page(`${L}/practices/[slug]/learning`, `/en/practices/${DRAFT}/learning`, 'learning from a draft', STAFF),
	page(`${L}/practices/[slug]/transfers`, `/en/practices/${PUBLIC_PRACTICE}/transfers`, "a practice's transfers: on its page", [
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`),
		to(`/en/practices/${PUBLIC_PRACTICE}`)
	]),
	page(
		`${L}/practices/[slug]/transfers/[id]`,
		`/en/practices/${PUBLIC_PRACTICE}/transfers/{transfer}`,
		"Bytom's transfer of a public practice",
		EVERYONE
	),
	page(`${L}/practices/[slug]/transfers/new`, `/en/practices/${PUBLIC_PRACTICE}/transfers/new`, 'adopting a public practice', [
		LOGIN,
		EXPLAINS,
		OK,
		OK,
		OK,
		OK,
		OK
	]),
	page(
		`${L}/practices/[slug]/transfers/new`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/transfers/new`,
		'adopting a members-only practice',
		MEMBERS_SIGN_IN
	),
	page(`${L}/practices/[slug]/transfers/new`, `/en/practices/${DRAFT}/transfers/new`, 'adopting a draft', STAFF_SIGN_IN),
	page('/files/[id]/[name]', '/files/{membersFile}', "a members-only practice's attachment", MEMBERS),
	page('/files/[id]/[name]', '/files/{draftFile}', "a draft's attachment", STAFF),
	page('/files/[id]/[name]', '/files/999999/none.pdf', 'an attachment that does not exist', MISSING),

	// --- challenges and discussions ---------------------------------------------------------------
	page(`${L}/challenges`, '/en/challenges', 'challenges', EVERYONE, [{ text: MEMBERS_CHALLENGE, to: R_MEMBERS }]),
	page(`${L}/challenges/new`, '/en/challenges/new', 'posting a challenge', [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(`${L}/challenges/[slug]`, `/en/challenges/${PUBLIC_CHALLENGE}`, 'a public challenge', EVERYONE),
	page(`${L}/challenges/[slug]`, `/en/challenges/${MEMBERS_CHALLENGE_SLUG}`, 'a members-only challenge', MEMBERS),
	page(`${L}/challenges/[slug]`, `/en/challenges/${OWN_CHALLENGE}`, "Krzysztof's public challenge", EVERYONE, [
		// the challenge page names its author (and the people of answers and of "faces it too") only
		// where their profile allows; Krzysztof's profile is for members only
		{ text: MEMBERS_ONLY_NAME, to: R_MEMBERS }
	]),
	// the author (while a member) and coordinators; not the author's organisation's admin
	page(`${L}/challenges/[slug]/edit`, `/en/challenges/${OWN_CHALLENGE}/edit`, "editing Krzysztof's challenge", [
		LOGIN,
		NF,
		OK,
		NF,
		NF,
		OK,
		OK
	]),
	page(`${L}/challenges/[slug]/edit`, `/en/challenges/${PUBLIC_CHALLENGE}/edit`, "editing someone else's challenge", STAFF_SIGN_IN),
	page(`${L}/challenges/[slug]/edit`, `/en/challenges/${MEMBERS_CHALLENGE_SLUG}/edit`, 'editing a members-only challenge', STAFF_SIGN_IN),
	page(`${L}/discussions`, '/en/discussions', 'general discussions', EVERYONE, [
		{ text: FOUNDING_THREAD, to: [] },
		{ text: SECRET_THREAD, to: [] }
	]),
	page(`${L}/discussions/new`, '/en/discussions/new', 'starting a discussion (a confirmed address is enough)', SIGNED_IN),
	page(`${L}/discussions/[slug]`, `/en/discussions/${GENERAL_THREAD}`, 'a general discussion', EVERYONE),
	// a group's thread under the general address: its own address for its members, missing for the rest
	page(`${L}/discussions/[slug]`, `/en/discussions/${SECRET_THREAD_SLUG}`, "the secret group's thread at a general address", [
		NF,
		NF,
		NF,
		NF,
		NF,
		to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`),
		to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`)
	]),
	page(`${L}/discussions/[slug]`, `/en/discussions/${FOUNDING_THREAD_SLUG}`, "the closed group's thread at a general address", [
		NF,
		NF,
		NF,
		to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
		to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
		to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
		NF
	]),
	page(`${L}/discussions/[slug]/replies/[number]`, `/en/discussions/${GENERAL_THREAD}/replies/2`, 'a link to one reply', [
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`),
		to(`/en/discussions/${GENERAL_THREAD}`)
	]),
	page(
		`${L}/discussions/[slug]/replies/[number]`,
		`/en/discussions/${SECRET_THREAD_SLUG}/replies/1`,
		"a link to a reply of the secret group's thread",
		[
			NF,
			NF,
			NF,
			NF,
			NF,
			to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`),
			to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`)
		]
	),
	page(`${L}/report`, '/en/report?type=post&id={generalPost}', 'reporting a post of a general discussion', SIGNED_IN),
	page(`${L}/report`, '/en/report?type=post&id={foundingPost}', "reporting a post of the closed group's thread", [
		LOGIN,
		NF,
		NF,
		OK,
		OK,
		OK,
		NF
	]),
	// the post is the coordinator's own: nobody reports their own
	page(`${L}/report`, '/en/report?type=post&id={secretPost}', "reporting the coordinator's post in the secret group", [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		OK
	]),
	page(`${L}/report`, '/en/report', 'reporting nothing', [LOGIN, NF, NF, NF, NF, NF, NF]),

	// --- working groups ----------------------------------------------------------------------------
	page(`${L}/groups`, '/en/groups', 'working groups', EVERYONE, [
		{ text: FOUNDING_GROUP, to: R_MEMBERS },
		{ text: SECRET_GROUP, to: R_STAFF }
	]),
	page(`${L}/groups/new`, '/en/groups/new', 'creating a group', [LOGIN, EXPLAINS, OK, OK, OK, OK, OK]),
	page(`${L}/groups/[slug]`, `/en/groups/${OPEN_GROUP}`, 'an open group', [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(
		`${L}/groups/[slug]`,
		`/en/groups/${FOUNDING}`,
		'the closed founding group',
		[LOGIN, NF, OK, OK, OK, OK, OK],
		[{ text: FOUNDING_THREAD, to: R_FOUNDING }]
	),
	page(`${L}/groups/[slug]`, `/en/groups/${SECRET}`, 'the secret group', STAFF, [{ text: SECRET_THREAD, to: R_STAFF }]),
	page(`${L}/groups/[slug]`, '/en/groups/no-such-group', 'a group that does not exist', MISSING),
	page(`${L}/groups/[slug]/members`, `/en/groups/${FOUNDING}/members`, "the closed group's members", [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(`${L}/groups/[slug]/members`, `/en/groups/${SECRET}/members`, "the secret group's members", STAFF),
	page(`${L}/groups/[slug]/members`, '/en/groups/no-such-group/members', 'members of a group that does not exist', MISSING),
	// managers: the group's coordinators, and network staff for open and closed groups
	page(`${L}/groups/[slug]/edit`, `/en/groups/${OPEN_GROUP}/edit`, 'editing an open group', STAFF_SIGN_IN),
	page(`${L}/groups/[slug]/edit`, `/en/groups/${FOUNDING}/edit`, 'editing the closed group', STAFF_SIGN_IN),
	page(`${L}/groups/[slug]/edit`, `/en/groups/${SECRET}/edit`, 'editing the secret group: its own coordinators only', [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		OK,
		NF
	]),
	page(`${L}/groups/[slug]/edit`, '/en/groups/no-such-group/edit', 'editing a group that does not exist', [LOGIN, NF, NF, NF, NF, NF, NF]),
	page(`${L}/groups/[slug]/discussions`, `/en/groups/${OPEN_GROUP}/discussions`, "an open group's discussions", MEMBERS),
	page(
		`${L}/groups/[slug]/discussions`,
		`/en/groups/${FOUNDING}/discussions`,
		"the closed group's discussions",
		[NF, NF, NF, OK, OK, OK, NF],
		[{ text: FOUNDING_THREAD, to: R_FOUNDING }]
	),
	page(`${L}/groups/[slug]/discussions`, `/en/groups/${SECRET}/discussions`, "the secret group's discussions", STAFF, [
		{ text: SECRET_THREAD, to: R_STAFF }
	]),
	page(`${L}/groups/[slug]/discussions/new`, `/en/groups/${OPEN_GROUP}/discussions/new`, 'a thread in an open group', MEMBERS_SIGN_IN),
	page(`${L}/groups/[slug]/discussions/new`, `/en/groups/${FOUNDING}/discussions/new`, 'a thread in the closed group', [
		LOGIN,
		NF,
		NF,
		OK,
		OK,
		OK,
		NF
	]),
	page(`${L}/groups/[slug]/discussions/new`, `/en/groups/${SECRET}/discussions/new`, 'a thread in the secret group', STAFF_SIGN_IN),
	page(`${L}/groups/[slug]/discussions/new`, '/en/groups/no-such-group/discussions/new', 'a thread in a group that does not exist', [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		NF
	]),
	page(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`,
		"the closed group's thread",
		[NF, NF, NF, OK, OK, OK, NF],
		[{ text: FOUNDING_THREAD, to: R_FOUNDING }]
	),
	page(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`,
		"the secret group's thread",
		STAFF,
		[{ text: SECRET_THREAD, to: R_STAFF }]
	),
	page(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${OPEN_GROUP}/discussions/${SECRET_THREAD_SLUG}`,
		"the secret thread under an open group's address",
		MISSING
	),
	page(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${OPEN_GROUP}/discussions/${GENERAL_THREAD}`,
		"a general thread under a group's address",
		MISSING
	),
	page(
		`${L}/groups/[slug]/discussions/[thread]/replies/[number]`,
		`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}/replies/2`,
		'a link to a reply in the closed group',
		[
			NF,
			NF,
			NF,
			to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
			to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
			to(`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`),
			NF
		]
	),
	page(
		`${L}/groups/[slug]/discussions/[thread]/replies/[number]`,
		`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}/replies/2`,
		'a link to a reply in the secret group',
		[
			NF,
			NF,
			NF,
			NF,
			NF,
			to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`),
			to(`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`)
		]
	),
	page(
		`${L}/groups/[slug]/proposals`,
		`/en/groups/${FOUNDING}/proposals`,
		"the closed group's proposals",
		[LOGIN, NF, NF, OK, OK, OK, NF],
		[{ text: FOUNDING_POLL, to: R_FOUNDING }]
	),
	page(`${L}/groups/[slug]/proposals`, `/en/groups/${SECRET}/proposals`, "the secret group's proposals", STAFF_SIGN_IN),
	page(`${L}/groups/[slug]/proposals`, '/en/groups/no-such-group/proposals', 'proposals of a group that does not exist', [
		LOGIN,
		NF,
		NF,
		NF,
		NF,
		NF,
		NF
	]),
	page(`${L}/groups/[slug]/proposals/new`, `/en/groups/${FOUNDING}/proposals/new`, 'proposing in the closed group', [
		LOGIN,
		NF,
		NF,
		OK,
		OK,
		OK,
		NF
	]),
	page(`${L}/groups/[slug]/proposals/new`, `/en/groups/${SECRET}/proposals/new`, 'proposing in the secret group', STAFF_SIGN_IN),
	page(
		`${L}/groups/[slug]/proposals/[proposal]`,
		`/en/groups/${FOUNDING}/proposals/${FOUNDING_POLL_SLUG}`,
		"the closed group's poll",
		[LOGIN, NF, NF, OK, OK, OK, NF],
		[{ text: FOUNDING_POLL, to: R_FOUNDING }]
	),
	page(
		`${L}/groups/[slug]/proposals/[proposal]`,
		`/en/groups/${SECRET}/proposals/${FOUNDING_POLL_SLUG}`,
		"the closed group's poll under the secret group's address",
		[LOGIN, NF, NF, NF, NF, NF, NF]
	),
	page('/documents/[id]/[name]', '/documents/{secretDocument}', "the secret group's document", STAFF),
	page('/documents/[id]/[name]', '/documents/{foundingDocument}', "the closed group's document", [NF, NF, NF, OK, OK, OK, NF]),

	// --- acting together ------------------------------------------------------------------------------
	page(`${L}/events`, '/en/events', 'events', EVERYONE, [{ text: MEMBERS_EVENT, to: R_MEMBERS }]),
	page(`${L}/events/new`, '/en/events/new', 'adding an event', [LOGIN, EXPLAINS, OK, OK, OK, OK, OK]),
	// the meeting link: registered participants (Giulia) and organisers (the staff) only
	page(`${L}/events/[slug]`, `/en/events/${PUBLIC_EVENT}`, 'a public online event', EVERYONE, [
		{ text: MEETING_LINK, to: ['group member', 'coordinator', 'admin'] }
	]),
	page(`${L}/events/[slug]`, `/en/events/${MEMBERS_EVENT_SLUG}`, 'a members-only event', MEMBERS),
	page(`${L}/events/[slug]/calendar.ics`, `/en/events/${PUBLIC_EVENT}/calendar.ics`, "a public event's calendar file", EVERYONE, [
		{ text: MEETING_LINK, to: ['group member'] }
	]),
	page(`${L}/events/[slug]/calendar.ics`, `/en/events/${MEMBERS_EVENT_SLUG}/calendar.ics`, "a members-only event's calendar file", MEMBERS),
	// organisers: the host organisation's people, the creator, and the network's staff
	page(`${L}/events/[slug]/edit`, `/en/events/${PUBLIC_EVENT}/edit`, "editing another organisation's event", STAFF_SIGN_IN),
	page(`${L}/events/[slug]/edit`, `/en/events/${OWN_MEMBERS_EVENT}/edit`, "editing the Wałbrzych city hall's event", [
		LOGIN,
		NF,
		OK,
		OK,
		NF,
		OK,
		OK
	]),
	page(`${L}/events/[slug]/participants`, `/en/events/${PUBLIC_EVENT}/participants`, "another organisation's participants", STAFF_SIGN_IN),
	page(`${L}/events/[slug]/participants`, `/en/events/${OWN_MEMBERS_EVENT}/participants`, "the Wałbrzych event's participants", [
		LOGIN,
		NF,
		OK,
		OK,
		NF,
		OK,
		OK
	]),
	page(
		`${L}/events/[slug]/participants.csv`,
		`/en/events/${PUBLIC_EVENT}/participants.csv`,
		"another organisation's participant list",
		STAFF
	),
	page(
		`${L}/events/[slug]/participants.csv`,
		`/en/events/${OWN_MEMBERS_EVENT}/participants.csv`,
		"the Wałbrzych event's participant list",
		[NF, NF, OK, OK, NF, OK, OK]
	),
	page('/documents/[id]/[name]', '/documents/{eventDocument}', "a members-only event's material", MEMBERS),
	page(`${L}/study-visits`, '/en/study-visits', 'study visits', EVERYONE),
	page(`${L}/study-visits/new`, '/en/study-visits/new', 'offering a study visit', [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(`${L}/study-visits/[slug]`, `/en/study-visits/${STUDY_VISIT}`, 'a study visit', EVERYONE),
	page(`${L}/consultations`, '/en/consultations', 'consultations', [LOGIN, EXPLAINS, OK, OK, OK, OK, OK]),
	page(`${L}/consultations/new`, '/en/consultations/new', 'asking for a consultation', [LOGIN, EXPLAINS, OK, OK, OK, OK, OK]),
	page(`${L}/consultations/[slug]`, `/en/consultations/${CONSULTATION}`, 'a consultation', MEMBERS_SIGN_IN),
	page(`${L}/calls`, '/en/calls', 'funding calls', EVERYONE, [{ text: PENDING_CALL, to: R_STAFF }]),
	page(`${L}/calls/new`, '/en/calls/new', 'adding a call', [LOGIN, NF, OK, OK, OK, OK, OK]),
	page(`${L}/calls/[slug]`, `/en/calls/${CHECKED_CALL}`, 'a checked call', EVERYONE),
	page(`${L}/calls/[slug]`, `/en/calls/${PENDING_CALL_SLUG}`, 'a call waiting to be checked (added by someone else)', STAFF),
	page(`${L}/calls/[slug]/edit`, `/en/calls/${CHECKED_CALL}/edit`, "editing someone else's call", STAFF_SIGN_IN),
	page(`${L}/calls/[slug]/edit`, `/en/calls/${PENDING_CALL_SLUG}/edit`, "editing someone else's unchecked call", STAFF_SIGN_IN),
	page(`${L}/partners`, '/en/partners', 'partner searches', MEMBERS_SIGN_IN),
	page(`${L}/partners/new`, '/en/partners/new', 'looking for partners', MEMBERS_SIGN_IN),
	page(`${L}/partners/[slug]`, `/en/partners/${PARTNER_SEARCH}`, 'a partner search', MEMBERS_SIGN_IN),
	page(`${L}/projects`, '/en/projects', 'projects', EVERYONE, [{ text: MEMBERS_PROJECT, to: R_MEMBERS }]),
	page(`${L}/projects/new`, '/en/projects/new', 'starting a project', [LOGIN, EXPLAINS, OK, OK, OK, OK, OK]),
	// partners-only updates: the partner organisations' people (the Wałbrzych city hall is one) and the staff
	page(`${L}/projects/[slug]`, `/en/projects/${PUBLIC_PROJECT}`, 'a public project', EVERYONE, [
		{ text: PARTNERS_UPDATE, to: ['member', 'organisation admin', 'coordinator', 'admin'] }
	]),
	page(`${L}/projects/[slug]`, `/en/projects/${MEMBERS_PROJECT_SLUG}`, 'a members-only project', MEMBERS, [
		{ text: MEMBERS_PROJECT, to: R_MEMBERS }
	]),
	// the lead organisation's people and the staff; an associated partner does not edit
	page(
		`${L}/projects/[slug]/edit`,
		`/en/projects/${PUBLIC_PROJECT}/edit`,
		'editing a project the Wałbrzych city hall only helps',
		STAFF_SIGN_IN
	),
	page(`${L}/projects/[slug]/edit`, `/en/projects/${MEMBERS_PROJECT_SLUG}/edit`, 'editing a members-only project', STAFF_SIGN_IN),
	page('/documents/[id]/[name]', '/documents/{partnersDocument}', "a project's partners-only document", [NF, NF, OK, OK, NF, OK, OK]),
	page('/documents/[id]/[name]', '/documents/{projectDocument}', "a public project's members document", MEMBERS),
	page('/documents/[id]/[name]', '/documents/999999/none.pdf', 'a document that does not exist', MISSING),

	// --- endpoints that take POST only -----------------------------------------------------------------
	page(`${L}/follow`, '/en/follow', 'the follow button', ['no GET', 'no GET', 'no GET', 'no GET', 'no GET', 'no GET', 'no GET'])
];

/** What a form action answers one person (asked as an enhanced form does, so the page's own load does not cover it). */
export type ActionOutcome =
	/** passed the rights check, then refused by validation: the body is harmless on purpose */
	| 400
	| 401
	| 403
	| 404
	/** passed the rights check, refused for the state of things (e.g. an event not held yet) */
	| 409
	/** an endpoint's redirect to the login form */
	| 'login'
	/** not sent: this person may really do it, and it would change the demo data */
	| 'skip';

export interface ActionCheck {
	route: string;
	path: string;
	what: string;
	body: Record<string, string>;
	expect: Row<ActionOutcome>;
}

const SKIP = 'skip';
const action = (route: string, path: string, what: string, body: Record<string, string>, expect: Row<ActionOutcome>): ActionCheck => ({
	route,
	path,
	what,
	body,
	expect
});
/** Coordination actions: 404 to anyone else, visitors included. */
const STAFF_ONLY = (allowed: ActionOutcome = 400): Row<ActionOutcome> => [404, 404, 404, 404, 404, allowed, allowed];
/** Editing what only the staff edit: a visitor must sign in (401), other people are refused as "not found". */
const EDITORS_STAFF = (allowed: ActionOutcome = 400): Row<ActionOutcome> => [401, 404, 404, 404, 404, allowed, allowed];
/** The same for something everyone may see (a public event, call, practice): refused, 403. */
const SEEN_EDITORS_STAFF = (allowed: ActionOutcome = 400): Row<ActionOutcome> => [401, 403, 403, 403, 403, allowed, allowed];

export const ACTIONS: ActionCheck[] = [
	// coordination
	action(`${L}/admin/membership`, '/en/admin/membership?/approve', 'approving a membership application', {}, STAFF_ONLY()),
	action(`${L}/admin/membership`, '/en/admin/membership?/decline', 'declining a membership application', {}, STAFF_ONLY()),
	action(
		`${L}/admin/people`,
		'/en/admin/people?/role',
		"changing a person's role (platform admins only)",
		{},
		[404, 404, 404, 404, 404, 404, 400]
	),
	action(`${L}/admin/areas`, '/en/admin/areas?/create', 'adding an area', {}, STAFF_ONLY()),
	action(`${L}/admin/import`, '/en/admin/import', 'importing practices', {}, STAFF_ONLY()),
	// an empty form is a valid "clear the profile" for the staff: only the refusals are asked
	action(`${L}/cities/[slug]/edit`, '/en/cities/walbrzych/edit', "editing a city's profile", {}, STAFF_ONLY(SKIP)),
	action(
		`${L}/calls`,
		'/en/calls?/decide',
		'checking a call from the list',
		{ slug: PENDING_CALL_SLUG },
		[401, 403, 403, 403, 403, 400, 400]
	),
	// refused before the call is looked for: the answer says nothing about whether it exists
	action(`${L}/calls/[slug]`, `/en/calls/${PENDING_CALL_SLUG}?/decide`, 'checking a call', {}, [401, 403, 403, 403, 403, 400, 400]),
	// moderation: network coordinators for general content, the group's managers for a group's
	// (Ewa coordinates a thematic group, which opens the queue to her, and nothing else)
	action(
		`${L}/admin/reports`,
		'/en/admin/reports?/hide',
		'hiding a post of a general discussion',
		{ type: 'post', id: '{generalPost}', reason: 'authorisation matrix' },
		[401, 404, 404, 404, 404, SKIP, SKIP]
	),
	action(
		`${L}/admin/reports`,
		'/en/admin/reports?/hide',
		"hiding a post of the closed group's thread",
		{ type: 'post', id: '{foundingPost}', reason: 'authorisation matrix' },
		[401, 404, 404, 404, 404, SKIP, SKIP]
	),
	// the admin is in the secret group but does not coordinate it
	action(
		`${L}/admin/reports`,
		'/en/admin/reports?/hide',
		"hiding a post of the secret group's thread",
		{ type: 'post', id: '{secretPost}', reason: 'authorisation matrix' },
		[401, 404, 404, 404, 404, SKIP, 404]
	),
	action(
		`${L}/admin/reports`,
		'/en/admin/reports?/dismiss',
		'dismissing reports on a general post',
		{ type: 'post', id: '{generalPost}' },
		[401, 404, 404, 404, 404, SKIP, SKIP]
	),
	// the reason is read first, so a real one: only refusals are asked (the admin could report it)
	action(`${L}/report`, '/en/report?type=post&id={secretPost}', 'reporting a post of the secret group', { reason: 'spam' }, [
		401,
		404,
		404,
		404,
		404,
		403,
		SKIP
	]),

	// practices
	action(
		`${L}/practices/[slug]/edit`,
		`/en/practices/${OTHERS_PRACTICE}/edit?/save`,
		"saving another organisation's practice",
		{},
		EDITORS_STAFF()
	),
	action(
		`${L}/practices/[slug]/edit`,
		`/en/practices/${PUBLIC_PRACTICE}/edit?/save`,
		"saving the Wałbrzych city hall's practice",
		{},
		[401, 404, 400, 400, 404, 400, 400]
	),
	action(
		`${L}/practices/[slug]/edit`,
		`/en/practices/${OTHERS_PRACTICE}/edit?/unpublish`,
		"unpublishing another organisation's practice",
		{},
		EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/practices/[slug]/edit`,
		`/en/practices/${DRAFT}/edit?/publish`,
		"publishing another organisation's draft",
		{},
		EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/practices/[slug]/edit`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/edit?/save`,
		'saving a members-only practice',
		{},
		EDITORS_STAFF()
	),
	action(
		`${L}/practices/[slug]/attachments`,
		`/en/practices/${OTHERS_PRACTICE}/attachments?/upload`,
		"attaching a file to another organisation's practice",
		{},
		EDITORS_STAFF()
	),
	action(
		`${L}/practices/[slug]/attachments`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/attachments?/delete`,
		"deleting a members-only practice's file",
		{ attachment_id: '{membersFileId}', confirm: 'yes' },
		EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/practices/[slug]/translate`,
		`/en/practices/${OTHERS_PRACTICE}/translate?to=pl&/save`,
		"translating another organisation's practice",
		{},
		EDITORS_STAFF()
	),
	action(
		`${L}/practices/[slug]/history/[n]`,
		`/en/practices/${OTHERS_PRACTICE}/history/1?/restore`,
		"restoring an old version of another organisation's practice",
		{},
		EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/practices/[slug]/learning`,
		`/en/practices/${MEMBERS_PRACTICE_SLUG}/learning?/mark`,
		'marking a members-only practice "want to learn"',
		{ kind: 'want_to_learn' },
		[401, 404, SKIP, SKIP, SKIP, SKIP, SKIP]
	),
	action(
		`${L}/practices/[slug]/transfers/[id]`,
		`/en/practices/${PUBLIC_PRACTICE}/transfers/{transfer}?/note`,
		"writing in Bytom's transfer",
		{},
		[401, 403, 403, 403, 403, 400, 400]
	),

	// challenges
	action(
		`${L}/challenges/[slug]/edit`,
		`/en/challenges/${PUBLIC_CHALLENGE}/edit`,
		"editing someone else's challenge",
		{},
		SEEN_EDITORS_STAFF()
	),
	action(
		`${L}/challenges/[slug]`,
		`/en/challenges/${PUBLIC_CHALLENGE}?/status`,
		"marking someone else's challenge solved",
		{},
		[401, 403, 403, 403, 403, 400, 400]
	),

	// working groups
	action(
		`${L}/groups/[slug]/members`,
		`/en/groups/${FOUNDING}/members?/decide`,
		'accepting a request to join the closed group',
		{},
		[401, 404, 403, 403, 403, 400, 400]
	),
	action(
		`${L}/groups/[slug]/members`,
		`/en/groups/${FOUNDING}/members?/remove`,
		'removing someone from the closed group',
		{},
		[401, 404, 403, 403, 403, 400, 400]
	),
	action(
		`${L}/groups/[slug]/members`,
		`/en/groups/${FOUNDING}/members?/role`,
		'naming a coordinator of the closed group',
		{},
		[401, 404, 403, 403, 403, 400, 400]
	),
	action(
		`${L}/groups/[slug]/members`,
		`/en/groups/${SECRET}/members?/invite`,
		'inviting someone to the secret group',
		{},
		[401, 404, 404, 404, 404, 400, 403]
	),
	action(
		`${L}/groups/[slug]/members`,
		'/en/groups/no-such-group/members?/invite',
		'inviting someone to a group that does not exist',
		{},
		[401, 404, 404, 404, 404, 404, 404]
	),
	action(`${L}/groups/[slug]/edit`, `/en/groups/${FOUNDING}/edit`, 'editing the closed group', {}, [401, 404, 403, 403, 403, 400, 400]),
	action(`${L}/groups/[slug]/edit`, `/en/groups/${SECRET}/edit`, 'editing the secret group', {}, [401, 404, 404, 404, 404, 400, 403]),
	action(`${L}/groups/[slug]`, `/en/groups/${SECRET}?/join`, 'joining the secret group', {}, [401, 404, 404, 404, 404, SKIP, SKIP]),
	action(`${L}/groups/[slug]`, `/en/groups/${SECRET}?/request`, 'asking to join the secret group', {}, [
		401,
		404,
		404,
		404,
		404,
		SKIP,
		SKIP
	]),
	action(
		`${L}/groups/[slug]`,
		'/en/groups/no-such-group?/request',
		'asking to join a group that does not exist',
		{},
		[401, 404, 404, 404, 404, 404, 404]
	),
	action(
		`${L}/groups/[slug]`,
		`/en/groups/${FOUNDING}?/uploadDocument`,
		'adding a document to the closed group',
		{},
		[401, 404, 404, 400, 400, 400, 404]
	),
	action(
		`${L}/groups/[slug]`,
		`/en/groups/${SECRET}?/uploadDocument`,
		'adding a document to the secret group',
		{},
		[404, 404, 404, 404, 404, 400, 400]
	),
	action(
		`${L}/groups/[slug]`,
		`/en/groups/${SECRET}?/deleteDocument`,
		"deleting the secret group's document",
		{ document_id: '{secretDocumentId}', confirm: 'yes' },
		[
			404,
			404,
			404,
			404,
			404,
			SKIP,
			// a member, not its uploader nor a coordinator: the version is "not found" for them to delete
			404
		]
	),
	action(
		`${L}/groups/[slug]/discussions/new`,
		`/en/groups/${FOUNDING}/discussions/new`,
		'a new thread in the closed group',
		{},
		[401, 404, 404, 400, 400, 400, 404]
	),
	action(
		`${L}/groups/[slug]/discussions/new`,
		`/en/groups/${SECRET}/discussions/new`,
		'a new thread in the secret group',
		{},
		[401, 404, 404, 404, 404, 400, 400]
	),
	action(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}?/reply`,
		"replying in the closed group's thread",
		{},
		[401, 404, 404, 400, 400, 400, 404]
	),
	action(
		`${L}/groups/[slug]/discussions/[thread]`,
		`/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}?/reply`,
		"replying in the secret group's thread",
		{},
		[401, 404, 404, 404, 404, 400, 400]
	),
	action(
		`${L}/discussions/[slug]`,
		`/en/discussions/${SECRET_THREAD_SLUG}?/reply`,
		'replying to the secret thread through a general address',
		{},
		[401, 404, 404, 404, 404, 404, 404]
	),
	action(
		`${L}/groups/[slug]/proposals/new`,
		`/en/groups/${FOUNDING}/proposals/new`,
		'a proposal in the closed group',
		{},
		[401, 404, 404, 400, 400, 400, 404]
	),
	action(
		`${L}/groups/[slug]/proposals/[proposal]`,
		`/en/groups/${FOUNDING}/proposals/${FOUNDING_POLL_SLUG}?/vote`,
		"voting in the closed group's poll",
		{},
		[401, 404, 404, 400, 400, 400, 404]
	),
	// the author or the group's managers; the admin manages closed groups but is not in this one
	action(
		`${L}/groups/[slug]/proposals/[proposal]`,
		`/en/groups/${FOUNDING}/proposals/${FOUNDING_POLL_SLUG}?/close`,
		"closing the closed group's poll early",
		{},
		[401, 404, 404, 403, 403, SKIP, 404]
	),

	// organisations
	action(
		`${L}/organisations/[slug]/edit`,
		`/en/organisations/${OWN_ORG}/edit`,
		"editing Ewa's organisation",
		{},
		[401, 403, 403, 400, 403, 403, 403]
	),
	action(
		`${L}/organisations/[slug]/edit`,
		`/en/organisations/${OTHER_ORG}/edit`,
		'editing another organisation',
		{},
		[401, 403, 403, 403, 403, 403, 403]
	),
	action(
		`${L}/organisations/[slug]/people`,
		`/en/organisations/${OWN_ORG}/people?/role`,
		"changing a role in Ewa's organisation",
		{},
		[401, 403, 403, 400, 403, 403, 403]
	),
	action(
		`${L}/organisations/[slug]/people`,
		`/en/organisations/${OWN_ORG}/people?/remove`,
		"removing someone from Ewa's organisation",
		{},
		[401, 403, 403, 400, 403, 403, 403]
	),
	action(
		`${L}/organisations/[slug]/people`,
		`/en/organisations/${OTHER_ORG}/people?/invite`,
		'inviting someone to another organisation',
		{},
		[401, 403, 403, 403, 403, 403, 403]
	),
	action(
		`${L}/organisations/[slug]`,
		`/en/organisations/${OTHER_ORG}?/leave`,
		'leaving an organisation one is not in',
		{},
		[401, 404, 404, 404, 404, 404, 404]
	),

	// events
	action(
		`${L}/events/[slug]/edit`,
		`/en/events/${PUBLIC_EVENT}/edit?/save`,
		"saving another organisation's event",
		{},
		SEEN_EDITORS_STAFF()
	),
	action(
		`${L}/events/[slug]/edit`,
		`/en/events/${PUBLIC_EVENT}/edit?/cancel`,
		"cancelling another organisation's event",
		{},
		SEEN_EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/events/[slug]/participants`,
		`/en/events/${MEMBERS_EVENT_SLUG}/participants?/message`,
		"writing to another event's participants",
		{},
		[401, 404, 403, 403, 403, 400, 400]
	),
	action(
		`${L}/events/[slug]/participants`,
		`/en/events/${MEMBERS_EVENT_SLUG}/participants?/attendance`,
		"marking attendance at another organisation's event",
		{},
		[401, 404, 403, 403, 403, SKIP, SKIP]
	),
	action(`${L}/events/[slug]`, `/en/events/${MEMBERS_EVENT_SLUG}?/notes`, "writing another organisation's event notes", {}, [
		401,
		404,
		403,
		403,
		403,
		SKIP,
		SKIP
	]),
	action(
		`${L}/events/[slug]`,
		`/en/events/${MEMBERS_EVENT_SLUG}?/uploadDocument`,
		"adding material to another organisation's event",
		{},
		STAFF_ONLY()
	),
	action(`${L}/events/[slug]`, `/en/events/${OWN_MEMBERS_EVENT}?/register`, 'registering for a members-only event', {}, [
		404,
		404,
		SKIP,
		SKIP,
		SKIP,
		SKIP,
		SKIP
	]),

	// acting together
	action(
		`${L}/study-visits/[slug]`,
		`/en/study-visits/${STUDY_VISIT}?/decide`,
		"deciding on applications to the Wałbrzych city hall's visit",
		{},
		[401, 403, 400, 400, 403, 400, 400]
	),
	action(`${L}/study-visits/[slug]`, `/en/study-visits/${STUDY_VISIT}?/apply`, 'applying for a study visit', {}, [
		401,
		403,
		403,
		SKIP,
		SKIP,
		SKIP,
		SKIP
	]),
	action(
		`${L}/consultations/[slug]`,
		`/en/consultations/${CONSULTATION}?/withdraw`,
		"withdrawing Joanna's consultation",
		{},
		[401, 403, 403, 403, 403, 403, 403]
	),
	action(`${L}/calls/[slug]/edit`, `/en/calls/${CHECKED_CALL}/edit`, "editing Thomas's call", {}, SEEN_EDITORS_STAFF()),
	action(
		`${L}/partners/[slug]`,
		`/en/partners/${PARTNER_SEARCH}?/decide`,
		"deciding on interest in Ruhr Zukunft's search",
		{},
		[401, 403, 403, 403, 403, 403, 403]
	),
	action(
		`${L}/partners/[slug]`,
		`/en/partners/${PARTNER_SEARCH}?/complete`,
		"turning Ruhr Zukunft's search into a project",
		{},
		[401, 403, 403, 403, 403, 403, 403]
	),
	action(
		`${L}/projects/[slug]/edit`,
		`/en/projects/${PUBLIC_PROJECT}/edit?/save`,
		"saving a project one's organisation only helps",
		{},
		SEEN_EDITORS_STAFF()
	),
	// the form is read first, so a well-formed one (no such partner: nothing to remove even if let through)
	action(
		`${L}/projects/[slug]/edit`,
		`/en/projects/${PUBLIC_PROJECT}/edit?/removePartner`,
		"removing a partner of someone else's project",
		{ organisation_id: '999999' },
		SEEN_EDITORS_STAFF(SKIP)
	),
	action(
		`${L}/projects/[slug]`,
		`/en/projects/${PUBLIC_PROJECT}?/update`,
		'posting an update as a partner',
		{},
		[401, 403, 400, 400, 403, 400, 400]
	),
	action(
		`${L}/projects/[slug]`,
		`/en/projects/${MEMBERS_PROJECT_SLUG}?/update`,
		'posting an update to a project one is not in',
		{},
		[401, 404, 403, 403, 403, 400, 400]
	),

	// endpoints
	action(
		`${L}/follow`,
		'/en/follow',
		'following the secret thread',
		{ type: 'thread', id: '{secretThreadId}', action: 'follow', back: '/en/groups' },
		['login', 404, 404, 404, 404, SKIP, SKIP]
	),
	action(
		'/unsubscribe/[token]',
		'/unsubscribe/not-a-token',
		'unsubscribing with a link that does not exist',
		{},
		[404, 404, 404, 404, 404, 404, 404]
	)
];

/**
 * Ids of demo content, looked up on the server as one of the roles: the first capture of
 * `pattern` in the page.
 */
export const LOOKUPS: { name: string; as: RoleName; page: string; pattern: RegExp }[] = [
	// posts by people outside the roles (nobody reports their own)
	{ name: 'generalPost', as: 'coordinator', page: `/en/discussions/${GENERAL_THREAD}`, pattern: /\/en\/report\?type=post&amp;id=(\d+)/ },
	{
		name: 'foundingPost',
		as: 'coordinator',
		page: `/en/groups/${FOUNDING}/discussions/${FOUNDING_THREAD_SLUG}`,
		pattern: /\/en\/report\?type=post&amp;id=(\d+)/
	},
	// the admin's first report link is the coordinator's post
	{
		name: 'secretPost',
		as: 'admin',
		page: `/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`,
		pattern: /\/en\/report\?type=post&amp;id=(\d+)/
	},
	{
		name: 'secretThreadId',
		as: 'coordinator',
		page: `/en/groups/${SECRET}/discussions/${SECRET_THREAD_SLUG}`,
		pattern: /name="type" value="thread"\/?>\s*<input type="hidden" name="id" value="(\d+)"/
	},
	{
		name: 'transfer',
		as: 'visitor',
		page: `/en/practices/${PUBLIC_PRACTICE}`,
		pattern: new RegExp(`/en/practices/${PUBLIC_PRACTICE}/transfers/(\\d+)`)
	}
];

/** Files the test uploads before reading the matrix, as the people allowed to. */
export const UPLOADS: {
	name: string;
	as: RoleName;
	action: string;
	page: string;
	fields: Record<string, string>;
	kind: 'documents' | 'files';
}[] = [
	{
		name: 'secretDocument',
		as: 'coordinator',
		action: `/en/groups/${SECRET}?/uploadDocument`,
		page: `/en/groups/${SECRET}`,
		fields: { title: 'Authz secret minutes' },
		kind: 'documents'
	},
	{
		name: 'foundingDocument',
		as: 'group member',
		action: `/en/groups/${FOUNDING}?/uploadDocument`,
		page: `/en/groups/${FOUNDING}`,
		fields: { title: 'Authz closed notes' },
		kind: 'documents'
	},
	{
		name: 'eventDocument',
		as: 'organisation admin',
		action: `/en/events/${OWN_MEMBERS_EVENT}?/uploadDocument`,
		page: `/en/events/${OWN_MEMBERS_EVENT}`,
		fields: { title: 'Authz event material' },
		kind: 'documents'
	},
	{
		name: 'partnersDocument',
		as: 'coordinator',
		action: `/en/projects/${PUBLIC_PROJECT}?/uploadDocument`,
		page: `/en/projects/${PUBLIC_PROJECT}`,
		fields: { title: 'Authz partners budget', audience: 'partners' },
		kind: 'documents'
	},
	{
		name: 'projectDocument',
		as: 'coordinator',
		action: `/en/projects/${PUBLIC_PROJECT}?/uploadDocument`,
		page: `/en/projects/${PUBLIC_PROJECT}`,
		fields: { title: 'Authz members plan', audience: 'members' },
		kind: 'documents'
	},
	{
		name: 'membersFile',
		as: 'coordinator',
		action: `/en/practices/${MEMBERS_PRACTICE_SLUG}/attachments?/upload`,
		page: `/en/practices/${MEMBERS_PRACTICE_SLUG}/attachments`,
		fields: {},
		kind: 'files'
	},
	{
		name: 'draftFile',
		as: 'coordinator',
		action: `/en/practices/${DRAFT}/attachments?/upload`,
		page: `/en/practices/${DRAFT}/attachments`,
		fields: {},
		kind: 'files'
	}
];
