// A small form that works without JavaScript (plain POST): no client-side code.
export const csr = false;
