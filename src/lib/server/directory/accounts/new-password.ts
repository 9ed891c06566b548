import { invalid } from '../../platform/core';
import { weakPasswordMessage } from '../../platform/auth';

/**
 * Refuses a new password that is too easy to guess, with a field error under `field` that says
 * why and how to choose a better one. `personal` are the person's name and address, which a
 * password should not be built on.
 */
export async function assertStrongPassword(password: string, field: string, personal: string[]): Promise<void> {
	const weak = await weakPasswordMessage(password, personal);
	if (weak) throw invalid({ [field]: weak });
}
