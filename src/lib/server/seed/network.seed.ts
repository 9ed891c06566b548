import type { Deps } from '../deps';

export async function seedNetwork(_deps: Deps): Promise<void> {}
