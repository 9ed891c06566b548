import MarkdownIt from 'markdown-it';

/** Schemes a link in member-written text may use; everything else stays plain text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * Markdown for text written by members. Raw HTML is escaped (html: false), images are not
 * rendered (no third-party requests from pages, no tracking pixels), and links may only leave
 * for http(s) or mailto, marked as user content so they pass no reputation.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx].attrSet('rel', 'nofollow ugc noopener');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

// Sections sit under the page's h1 and their own h2: a "# Heading" in a section becomes an h3.
const HEADING_OFFSET = 2;
md.core.ruler.push('shift_headings', (state) => {
	for (const token of state.tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			const level = Math.min(6, Number(token.tag.slice(1)) + HEADING_OFFSET);
			token.tag = `h${level}`;
		}
	}
	return true;
});

/** Member-written Markdown as safe HTML for {@html} on practice pages (and anywhere else). */
export function renderMarkdown(text: string | null | undefined): string {
	if (!text) return '';
	return md.render(text);
}
