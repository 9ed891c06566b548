import type { Deps } from '../deps';

/** Demo practices and transfers; filled in with the knowledge base. */
export async function seedPractices(_deps: Deps): Promise<void> {}
