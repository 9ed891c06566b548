// A reading page with GET filters only: no hydration needed.
export const csr = false;
