import { csvText } from '../export/csv-text.ts';
import type { ClientQuestion } from '../questions/types.ts';
import type { ClassResult } from './result-code.ts';
import { markScore } from '../questions/grade.ts';
import { points } from './results.ts';

/**
 * The class's results as CSV, one row per student: name, points, out of, seconds, then the
 * credit of each question (q1, q2, …). Names come from result codes anyone can make, so every
 * cell goes through the export's formula guard.
 */
export function resultsCsv(
	questions: readonly ClientQuestion[],
	results: readonly ClassResult[]
): string {
	const fields = ['name', 'points', 'out_of', 'seconds', ...questions.map((_, i) => `q${i + 1}`)];
	const rows = results.map((result) => [
		result.name,
		points(questions, result),
		questions.length,
		result.seconds,
		...questions.map((q, i) =>
			Number(markScore(q, result.answers[i] ?? { kind: 'blank' }).toFixed(2))
		)
	]);
	return csvText(fields, rows);
}
