import type { Deps } from '../deps';

export async function seedCities(_deps: Deps): Promise<void> {}
