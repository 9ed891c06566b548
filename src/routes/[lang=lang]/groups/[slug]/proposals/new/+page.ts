// Plain forms that post and redirect: no hydration needed.
export const csr = false;
