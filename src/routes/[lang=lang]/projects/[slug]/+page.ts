// Every form on the page is a plain POST with a redirect or a re-render: no hydration needed.
export const csr = false;
