/** The page after a refused save: the refusal announced, then what changed meanwhile, field by field. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import FormErrors from './FormErrors.svelte';
import EditVersionFields from './EditVersionFields.svelte';

describe('an edit conflict on the page', () => {
	it('announces the refusal and lists each changed field with the value saved now, the one the form showed and the one typed', () => {
		overwriteGetLocale(() => 'en');
		const form = {
			message: 'Someone else saved changes in the meantime.',
			values: { title: 'Mine', version: '3' },
			conflict: {
				changes: [
					{ field: 'title', theirs: 'Theirs <b>new</b>', base: 'Old', yours: 'Mine' },
					{ field: 'areas', theirs: ['2'], base: ['1', '2'], yours: [] }
				]
			}
		};
		const html = render(FormErrors, {
			props: {
				form,
				labels: { title: 'Title', areas: 'Areas' },
				choices: {
					areas: [
						{ value: '1', label: 'Housing' },
						{ value: '2', label: 'Energy' }
					]
				}
			}
		}).body;
		const alert = /<div class="error-summary" role="alert"[^]*?<\/div>/.exec(html)?.[0] ?? '';
		expect(alert).toContain('Someone else saved changes in the meantime.');
		const section = html.slice(html.indexOf('<section'));
		expect(section).toContain('aria-labelledby="edit-conflict-title"');
		expect(section).toMatch(/<h2 id="edit-conflict-title"[^>]*>What changed in the meantime<\/h2>/);
		expect(section).toMatch(/<h3[^>]*>Title<\/h3>/);
		// each value under its name; text shown as text, choices by their labels, nothing as "(empty)"
		expect(section).toMatch(/Saved now \(the other person's change\)<\/dt>\s*<dd[^>]*>Theirs &lt;b>new&lt;\/b><\/dd>/);
		expect(section).toMatch(/When you opened the form<\/dt>\s*<dd[^>]*>Old<\/dd>/);
		expect(section).toMatch(/Your version \(in the form\)<\/dt>\s*<dd[^>]*>Mine<\/dd>/);
		expect(section).toMatch(/<dd[^>]*>Energy<\/dd>/);
		expect(section).toContain('Housing; Energy');
		expect(section).toContain('(empty)');
	});

	it('sends the version saved now after a refusal, the stored one before', () => {
		const version = { number: 2, base: '{"title":"Old"}' };
		const fresh = render(EditVersionFields, { props: { form: null, version } }).body;
		expect(fresh).toContain('name="version" value="2"');
		expect(fresh).toContain('name="version_base" value="{&quot;title&quot;:&quot;Old&quot;}"');
		const refilled = render(EditVersionFields, { props: { form: { values: { version: '3', version_base: '{}' } }, version } }).body;
		expect(refilled).toContain('name="version" value="3"');
		expect(refilled).toContain('name="version_base" value="{}"');
	});
});
