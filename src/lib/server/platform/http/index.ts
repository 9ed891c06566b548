export { isForbiddenCrossSiteForm } from './csrf';
export { formAction, readForm, toFailure } from './form';
export { FORM_LIMITS, FormTooLarge, readFormBody, UnreadableForm } from './form-body';
export type { FormBody, FormLimits } from './form-body';
export { pageError } from './page-error';
export { securityHeaders } from './security-headers';
