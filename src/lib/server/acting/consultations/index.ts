export type { ConsultationDetails, ConsultationSummary, OfferView, Suggestion } from './consultations.schemas';
export {
	createConsultation,
	getConsultation,
	getNewConsultationForm,
	inviteExpert,
	listConsultations,
	offerHelp,
	recordOutcome,
	scheduleConsultation,
	withdrawConsultation,
	withdrawOffer
} from './consultations.service';
export type { ConsultationStatus } from '../../platform/db';
