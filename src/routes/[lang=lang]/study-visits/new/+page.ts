// A plain form that posts and redirects: no hydration needed.
export const csr = false;
