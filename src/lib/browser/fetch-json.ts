import type { GenericSchema } from 'valibot';

type Schemas = typeof import('$lib/content/schema.ts');

/**
 * Fetches one of the site's JSON files and reads it through its schema; nothing else is returned.
 * What the learner is told depends on what failed: no answer, an error status, or a body that is
 * not the file this page reads (another version of the site's, or not the site's at all).
 *
 * @param what the file in words, to open the sentence: "The questions of this deck"
 * @param schema picks the file's schema from the schema module
 */
export async function fetchJson<T>(
	url: string,
	what: string,
	schema: (schemas: Schemas) => GenericSchema<unknown, T>,
	init?: RequestInit
): Promise<T | { error: string }> {
	const offline = { error: `${what} could not be loaded. Check the connection and reload.` };
	// Loaded beside the response, so pages keep the schemas out of their first load.
	const loading = import('$lib/content/schema.ts').catch(() => undefined);
	let response: Response;
	try {
		response = await fetch(url, init);
	} catch {
		return offline;
	}
	if (!response.ok)
		return { error: `${what} could not be loaded (error ${response.status}). Reload the page.` };
	let data: unknown;
	try {
		data = await response.json();
	} catch (error) {
		// Not JSON is a wrong file; anything else is the body cut off on its way.
		if (!(error instanceof SyntaxError)) return offline;
	}
	const schemas = await loading;
	if (!schemas) return offline;
	// Through the schema's Standard Schema interface: valibot imported here would join the first load.
	const parsed = await schema(schemas)['~standard'].validate(data);
	if (parsed.issues)
		return {
			error: `${what} arrived in a form this page cannot read (the site may have been updated). Reload the page.`
		};
	return parsed.value;
}
