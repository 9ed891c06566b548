export { PROPOSAL_DISPLAY_ZONE } from './proposals.schemas';
export type { ProposalDetails, ProposalSummary } from './proposals.schemas';
export {
	closeProposal,
	createProposal,
	getGroupProposals,
	getNewProposalForm,
	getProposal,
	listProposals,
	recordOutcome,
	vote
} from './proposals.service';
export { proposalsNotifications } from './proposals.notifications';
export type { ConsentPosition } from '../../platform/db';
