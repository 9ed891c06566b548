import type { TransferStage } from '$lib/server/knowledge/transfers';

/** The stages in order, for pages (the server's list lives in transfers.schemas.ts). */
export const TRANSFER_STAGES: readonly TransferStage[] = ['understand', 'adapt', 'reuse'];
