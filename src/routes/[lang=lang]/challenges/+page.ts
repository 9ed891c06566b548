// Reading page with GET filters and plain POST forms: no hydration needed.
export const csr = false;
