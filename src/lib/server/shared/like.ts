/** Text for a LIKE pattern: `%`, `_` and `\` typed by a person are letters, not wildcards. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern that finds `text` anywhere. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;
