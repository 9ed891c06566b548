export { isForbiddenCrossSiteForm } from './csrf';
export { formAction, readForm, toFailure } from './form';
export { pageError } from './page-error';
export { securityHeaders } from './security-headers';
