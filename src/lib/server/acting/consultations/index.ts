export type { ConsultationDetails, ConsultationSummary, OfferView, Suggestion } from './consultations.schemas';
export {
	createConsultation,
	getNewConsultationForm,
	inviteExpert,
	offerHelp,
	withdrawConsultation,
	withdrawOffer
} from './consultations-asking.service';
export { getConsultation, listConsultations } from './consultations-read.service';
export { recordOutcome, scheduleConsultation } from './consultations-scheduling.service';
export type { ConsultationStatus } from '../../platform/db';
