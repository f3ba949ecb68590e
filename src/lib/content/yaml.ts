import { LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import * as v from 'valibot';
import { describeIssue, issuePath } from './issues.ts';
import type { Problem } from './problems.ts';

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
				const one = what.replace(/s$/, '');
				const id = isRecord(entry) && typeof entry.id === 'string' ? ` (${entry.id})` : '';
				problems.push({
					file,
					line: yaml.lineOf([index, ...issuePath(issue)]),
					message: `${one} ${index + 1}${id}: ${describeIssue(issue, schema, one)}`
				});
			}
	});
	return { items, problems };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
