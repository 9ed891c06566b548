export { queueCallReminders } from './call-reminders';
export { canSeeCall } from './calls.policy';
export { countryCodes } from './calls.schemas';
export type { CallFormView, CallSummary } from './calls.schemas';
export {
	callAreaIds,
	createCall,
	findOpenCall,
	decideOnCall,
	followCall,
	getCall,
	getEditCallForm,
	getNewCallForm,
	listCalls,
	updateCall
} from './calls.service';
export { callsNotifications } from './calls.notifications';
