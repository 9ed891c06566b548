// Reading, replying, editing and following are plain links and forms: no hydration needed.
export const csr = false;
