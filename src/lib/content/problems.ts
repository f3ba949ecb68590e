/** One thing wrong with a content file, located for the author. */
export interface Problem {
	file: string;
	line: number;
	message: string;
}

/** Thrown when content does not load; its message lists every problem as `file:line: message`. */
export class ContentError extends Error {
	readonly problems: Problem[];

	constructor(problems: Problem[]) {
		super(
			`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** `file:line: message`, the shape editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}:${problem.line}: ${problem.message}`;
}
