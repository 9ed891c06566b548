// Plain forms and a read-only field: nothing here needs the page to hydrate.
export const csr = false;
