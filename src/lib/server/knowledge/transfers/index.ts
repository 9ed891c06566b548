export { getCityKnowledge } from './city-knowledge.service';
export { toPracticeListItem } from './practice-list-item';
export type { CityKnowledge, CityRef, PracticeListItem, PracticeTransfers, TransferDetails, TransferSummary } from './transfers.schemas';
export {
	addTransferNote,
	addTransferPerson,
	createTransfer,
	getNewTransferForm,
	getTransfer,
	listTransfersOfPracticeBySlug,
	moveTransferStage,
	removeTransferPerson
} from './transfers.service';
export { listedPracticeVisibleTo, practiceTitle } from './practice-access.sql';
export { countPractices, listPractices } from './practice-lists.sql';
export type { TransferStage } from '../../platform/db';
