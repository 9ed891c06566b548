/**
 * The one access vocabulary. A domain's policy names its actions as predicates
 * `(actor, subject) => boolean`; a service asks before anything else with `authorize`, which
 * throws the domain error the policy chose for a refusal. Pages ask the same predicates directly
 * (`eventPolicy.manage(actor, ties)`) to decide which buttons to show.
 *
 * In `<domain>.policy.ts`:
 *
 *   export const eventPolicy = definePolicy({
 *     signedIn,                                              // anonymous: unauthenticated
 *     view: (actor, event: { visibility: EventVisibility }) => canSeeEvent(actor, event.visibility),
 *     manage: rule((actor, ties: EventTies) => canManageEvent(actor, ties), { anonymous: unauthenticated, denied: forbidden })
 *   });
 *
 * In `<domain>.service.ts`, first lines (after loading the facts the rule needs):
 *
 *   authorize(actor, eventPolicy, 'signedIn');               // actor: Actor from here on
 *   authorize(actor, eventPolicy, 'view', event);            // refused: not_found
 *
 * A refusal is `not_found` unless the rule says otherwise (DESIGN: forbidden and missing answer
 * the same 404, so nothing leaks). `anonymous` applies when the actor is signed out (pages send
 * them to the login form on `unauthenticated`); `denied` to everyone else the rule refuses. A
 * predicate written as a type guard (`(actor): actor is Actor => ...`) narrows the actor after
 * `authorize`. A predicate takes one subject: facts the service has loaded (rows, the actor's ties
 * to them), never a permission decided elsewhere.
 *
 * Converting a service: `if (!actor) throw unauthenticated()` becomes `authorize(actor, policy,
 * 'signedIn')`; `if (!canX(actor, row)) throw notFound()` becomes a rule `x` and `authorize(actor,
 * policy, 'x', row)`; `throw forbidden('key')` becomes the rule's `denied`. When the refusal
 * depends on the subject (a secret group is missing, another one asks a visitor to log in), ask
 * two rules in turn, each with one refusal (groupPolicy `discover` then `view`; visitPolicy
 * `applyAsGuest` then `apply`). Coordination pages: `membershipPolicy.coordinate` (not_found).
 */
import type { AppError } from '../core';
import { notFound, unauthenticated } from '../core';
import type { Actor, MaybeActor } from './actor';

/** Builds the error for a refusal: `notFound`, `unauthenticated`, `forbidden`, `() => forbidden('key')`. */
export type Refusal = () => AppError;

export interface Refusals {
	/** For a signed-out actor the rule refuses; default: `denied`. */
	anonymous?: Refusal;
	/** For everyone else the rule refuses; default: `notFound`. */
	denied?: Refusal;
}

// `never` as the subject lets a rule declare any subject type of its own.
type Predicate = (actor: MaybeActor, subject: never) => boolean;
type Rules = Record<string, Predicate>;

const REFUSALS = Symbol('refusals');
type WithRefusals = { [REFUSALS]?: Refusals };

/** A predicate with its own refusal; still callable as a plain predicate. */
export function rule<F extends Predicate>(predicate: F, refusals: Refusals): F {
	// A copy, so one shared predicate can carry different refusals in different policies.
	const copy = (actor: MaybeActor, subject: never) => predicate(actor, subject);
	return Object.assign(copy, { [REFUSALS]: refusals }) as unknown as F;
}

/** A domain's policy: its actions by name. Returns the rules unchanged (frozen), typed. */
export function definePolicy<R extends Rules>(rules: R): Readonly<R> {
	return Object.freeze(rules);
}

/** Signed in, or `unauthenticated`: for use cases that need someone before they load anything. */
export const signedIn = rule((actor: MaybeActor): actor is Actor => actor !== null, { anonymous: unauthenticated });

type SubjectOf<F> = F extends (actor: MaybeActor, subject: infer S) => boolean ? S : never;
type SubjectArgs<F> = unknown extends SubjectOf<F> ? [] : [subject: SubjectOf<F>];
type Narrowed<F> = F extends ((actor: MaybeActor, ...rest: never[]) => actor is infer T extends MaybeActor) ? T : MaybeActor;

/** Whether the policy allows the action (the same answer `authorize` acts on). */
export function can<R extends Rules, A extends keyof R & string>(
	actor: MaybeActor,
	policy: R,
	action: A,
	...subject: SubjectArgs<R[A]>
): boolean {
	return policy[action](actor, subject[0] as never);
}

/** Throws the rule's refusal unless the policy allows the action. */
export function authorize<R extends Rules, A extends keyof R & string>(
	actor: MaybeActor,
	policy: R,
	action: A,
	...subject: SubjectArgs<R[A]>
): asserts actor is Narrowed<R[A]> & MaybeActor {
	const allowed = policy[action];
	if (allowed(actor, subject[0] as never)) return;
	const refusals = (allowed as WithRefusals)[REFUSALS] ?? {};
	const refuse = (actor === null ? refusals.anonymous : undefined) ?? refusals.denied ?? notFound;
	throw refuse();
}
