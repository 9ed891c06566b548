export { changeEmail, changePassword, getAccount, setMailLanguage, updateProfile } from './account.service';
export { SPOKEN_LANGUAGES } from './accounts.schemas';
export { handleBase } from './handle';
export { logIn, logOut } from './login.service';
export { checkResetLink, requestPasswordReset, resetPassword } from './password-reset.service';
export { confirmEmailLink, registerPerson, resendVerification } from './register.service';
