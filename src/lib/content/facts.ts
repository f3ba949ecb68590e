import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import * as v from 'valibot';
import { paragraphsOf, type Article } from './article.ts';
import type { Problem } from './problems.ts';
import { FactSchema, type Fact, type FactKind } from './schema.ts';

/** A parsed YAML list, with a way to find the line of any path inside it. */
export interface YamlList {
	data: unknown;
	lineOf(path: readonly (string | number)[]): number;
	problems: Problem[];
}

/** Reads a YAML file, keeping line numbers so later checks can point at the right line. */
export function readYaml(file: string, source: string): YamlList {
	const counter = new LineCounter();
	const doc = parseDocument(source, {
		lineCounter: counter,
		uniqueKeys: true,
		prettyErrors: false
	});
	const problems: Problem[] = doc.errors.map((error) => ({
		file,
		line: counter.linePos(error.pos[0]).line,
		message: `invalid YAML: ${error.message.split('\n')[0]}`
	}));
	const lineOf = (path: readonly (string | number)[]): number => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
			if (node?.range) return counter.linePos(node.range[0]).line;
		}
		return 1;
	};
	return { data: problems.length > 0 ? undefined : doc.toJS(), lineOf, problems };
}

/** Validates a YAML list item by item, so one bad entry is reported without hiding the rest. */
export function parseList<T extends v.GenericSchema>(
	file: string,
	yaml: YamlList,
	schema: T,
	what: string
): { items: { value: v.InferOutput<T>; index: number }[]; problems: Problem[] } {
	const problems = [...yaml.problems];
	const items: { value: v.InferOutput<T>; index: number }[] = [];
	if (problems.length > 0) return { items, problems };
	if (!Array.isArray(yaml.data)) {
		problems.push({ file, line: 1, message: `the file must be a YAML list of ${what}` });
		return { items, problems };
	}
	yaml.data.forEach((entry, index) => {
		const parsed = v.safeParse(schema, entry);
		if (parsed.success) items.push({ value: parsed.output, index });
		else
			for (const issue of parsed.issues) {
				const path = (issue.path ?? []).map((item) => item.key as string | number);
				const field = path.length > 0 ? path.join('.') : what.replace(/s$/, '');
				const id = isRecord(entry) && typeof entry.id === 'string' ? ` (${entry.id})` : '';
				problems.push({
					file,
					line: yaml.lineOf([index, ...path]),
					message: `${what.replace(/s$/, '')} ${index + 1}${id}: ${describeIssue(field, issue)}`
				});
			}
	});
	return { items, problems };
}

function describeIssue(field: string, issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.input === undefined) return `${field} is missing`;
	if (issue.type === 'strict_object' && issue.input !== undefined && issue.path) {
		const key = issue.path[issue.path.length - 1]?.key;
		return `unknown field "${String(key)}"`;
	}
	return `${field} ${issue.message}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Kinds whose answer is a date, so `answer.date` is required. */
const DATED_KINDS: readonly FactKind[] = ['date', 'event'];

/**
 * Parses facts.yaml against the schema and against its article: paragraphs exist,
 * quotes are verbatim in their paragraph, ids are unique, answers fit their kind.
 */
export function parseFacts(
	file: string,
	source: string,
	article: Article
): { facts: Fact[]; problems: Problem[] } {
	const yaml = readYaml(file, source);
	const parsed = parseList(file, yaml, FactSchema, 'facts');
	const problems = [...parsed.problems];

	const paragraphs = new Map(paragraphsOf(article).map((p) => [p.id, p]));
	const seen = new Map<string, number>();
	const facts: Fact[] = [];
	for (const { value: fact, index } of parsed.items) {
		const at = (path: (string | number)[], message: string) =>
			problems.push({
				file,
				line: yaml.lineOf([index, ...path]),
				message: `fact ${fact.id}: ${message}`
			});
		const before = problems.length;
		if (seen.has(fact.id)) at(['id'], `duplicate id (first used on line ${seen.get(fact.id)})`);
		else seen.set(fact.id, yaml.lineOf([index, 'id']));

		const paragraph = paragraphs.get(fact.paragraph);
		if (!paragraph) at(['paragraph'], `unknown paragraph id "${fact.paragraph}"`);
		else if (!paragraph.text.includes(fact.quote))
			at(['quote'], `quote not found verbatim in paragraph ${fact.paragraph}: "${fact.quote}"`);

		if (countOccurrences(fact.statement, fact.answer.text) !== 1)
			at(
				['statement'],
				`statement must contain the answer text "${fact.answer.text}" exactly once`
			);
		if (fact.kind === 'number' && fact.answer.value === undefined)
			at(['answer'], 'a number fact needs answer.value');
		if (fact.kind === 'number' && fact.answer.unit === undefined)
			at(['answer'], 'a number fact needs answer.unit');
		if (DATED_KINDS.includes(fact.kind) && fact.answer.date === undefined)
			at(['answer'], `a ${fact.kind} fact needs answer.date`);
		if (fact.timeline !== undefined && fact.answer.date === undefined)
			at(['timeline'], 'a timeline entry needs answer.date');
		if (fact.kind === 'claim' && fact.answer.distractors.length < 3)
			at(['answer', 'distractors'], 'a claim needs at least three authored distractors');
		const answerKeys = [fact.answer.text, ...fact.answer.aliases].map((s) => s.toLowerCase());
		for (const [i, distractor] of fact.answer.distractors.entries())
			if (answerKeys.includes(distractor.toLowerCase()))
				at(['answer', 'distractors', i], `distractor "${distractor}" is the answer itself`);
		if (problems.length === before) facts.push(fact);
	}
	return { facts, problems };
}

function countOccurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
	return count;
}
