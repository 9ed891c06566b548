import { z } from 'zod';
import { email, oneOf } from '../../platform/core';

// Apart from accounts.schemas.ts so that `npm run admin` does not need the compiled messages.
export const roleSchema = z.object({
	email: email(),
	role: oneOf(['coordinator', 'admin'] as const).default('admin')
});
