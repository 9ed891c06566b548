export { queueCallReminders } from './call-reminders';
export { canSeeCall } from './calls.policy';
export { countryCodes } from './calls.schemas';
export type { CallFormView, CallSummary } from './calls.schemas';
export { createCall, decideOnCall, followCall, getCall, getEditCallForm, getNewCallForm, listCalls, localeOf, updateCall } from './calls.service';
