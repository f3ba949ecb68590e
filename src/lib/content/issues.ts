// Turns valibot's issues into sentences a content author can act on, without library jargon.
import type * as v from 'valibot';

/** The parts of a valibot schema that say which fields an object at some path takes. */
interface SchemaShape {
	entries?: Record<string, SchemaShape>;
	wrapped?: SchemaShape;
	item?: SchemaShape;
	options?: SchemaShape[];
}

/** Fields spelled another way elsewhere, with the spelling factdeck uses. */
const SPELLINGS: Record<string, string> = { license: 'licence', licenses: 'licence' };

/** The path of an issue as a list of keys and indexes. */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}

/**
 * One issue, said plainly: `answer.value must be a number, not "about four thousand"`,
 * `unknown field "licence"; the fields are: title, language, ...`, `prompt is missing`.
 * `what` names the whole entry when the issue is about it rather than one field.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, schema: unknown, what: string): string {
	const path = issuePath(issue);
	const field = path.length > 0 ? path.join('.') : what;
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const key = String(path[path.length - 1]);
		if (SPELLINGS[key]) return `unknown field "${key}": factdeck spells it "${SPELLINGS[key]}"`;
		const fields = fieldsAt(schema as SchemaShape, path.slice(0, -1));
		return `unknown field "${key}"; the fields are: ${fields.join(', ')}`;
	}
	if (issue.kind === 'schema' && issue.input === undefined) return `${field} is missing`;
	if (!issue.message.startsWith('Invalid ')) return `${field} ${issue.message}`;
	if (issue.kind === 'schema')
		return `${field} must be ${noun(issue.expected)}, not ${shown(issue.input)}`;
	return `${field} is not valid: ${shown(issue.input)}`;
}

/** The fields an object schema takes at a path (the union over a variant's options). */
export function fieldsAt(schema: SchemaShape, path: readonly (string | number)[]): string[] {
	let nodes = unwrap(schema);
	for (const key of path)
		nodes = nodes.flatMap((node) => {
			const next = typeof key === 'number' ? node.item : node.entries?.[key];
			return next ? unwrap(next) : [];
		});
	return [...new Set(nodes.flatMap((node) => Object.keys(node.entries ?? {})))];
}

function unwrap(node: SchemaShape): SchemaShape[] {
	if (node.wrapped) return unwrap(node.wrapped);
	if (node.options) return node.options.flatMap(unwrap);
	return [node];
}

const NOUNS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	Array: 'a list',
	Object: 'a set of fields (key: value)',
	true: 'true',
	false: 'false'
};

function noun(expected: string | null): string {
	if (!expected) return 'something else';
	return expected
		.split(' | ')
		.map((part) => NOUNS[part] ?? part)
		.join(' or ');
}

function shown(input: unknown): string {
	if (input === null) return 'empty';
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a set of fields';
	// What is left of YAML is a string, a number, a boolean or nothing ("undefined").
	const text =
		typeof input === 'string'
			? `"${input}"`
			: typeof input === 'number' || typeof input === 'boolean'
				? String(input)
				: typeof input;
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
