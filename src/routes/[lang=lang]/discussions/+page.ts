// A reading page: no hydration needed.
export const csr = false;
