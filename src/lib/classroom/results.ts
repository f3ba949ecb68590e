import { describeResponse, markScore, responseFromKey } from '../questions/grade.ts';
import type { ClientQuestion } from '../questions/types.ts';
import { decodeResult, type ClassResult } from './result-code.ts';

/** One code pasted or read from a file, taken or refused with its reason. */
export type Intake = { text: string; result: ClassResult } | { text: string; error: string };

/**
 * Reads result codes for one class quiz: a code for another quiz, a damaged code, or a second
 * result for a student already in is refused with a reason; the rest are taken.
 */
export function intakeResults(
	texts: readonly string[],
	classCode: string,
	already: readonly ClassResult[] = []
): Intake[] {
	const names = new Set(already.map((r) => r.name.trim().toLowerCase()));
	const out: Intake[] = [];
	for (const raw of texts) {
		const text = raw.trim();
		if (text === '') continue;
		const read = decodeResult(text);
		if ('error' in read) {
			out.push({ text, error: `This code is ${read.error}.` });
			continue;
		}
		const { result } = read;
		if (result.classCode !== classCode) {
			out.push({ text, error: `This code is for another class quiz (${result.classCode}).` });
			continue;
		}
		const name = result.name.trim().toLowerCase();
		if (names.has(name)) {
			out.push({
				text,
				error: `${result.name} already has a result here: this one is a duplicate.`
			});
			continue;
		}
		names.add(name);
		out.push({ text, result });
	}
	return out;
}

/** How the class did on one question. */
export interface QuestionStats {
	question: ClientQuestion;
	answered: number;
	/** Share of students fully right, 0–1. */
	right: number;
	/** The wrong option chosen most often (questions with options), with how many chose it. */
	commonWrong?: { option: string; count: number };
}

/** Per-question statistics over the results taken. */
export function questionStats(
	questions: readonly ClientQuestion[],
	results: readonly ClassResult[]
): QuestionStats[] {
	return questions.map((question, i) => {
		const marks = results.map((r) => r.answers[i] ?? { kind: 'blank' });
		const answered = marks.filter((m) => m.kind !== 'blank').length;
		const right =
			results.length === 0
				? 0
				: marks.filter((m) => markScore(question, m) === 1).length / results.length;
		const wrongCounts = new Map<number, number>();
		for (const mark of marks)
			if (mark.kind === 'option' && markScore(question, mark) === 0)
				wrongCounts.set(mark.index, (wrongCounts.get(mark.index) ?? 0) + 1);
		const [index, count] = [...wrongCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
		// An option's mark holds its index, the same as the key that picks it ("1" the first).
		const picked = index === undefined ? undefined : responseFromKey(question, String(index + 1));
		return {
			question,
			answered,
			right,
			...(picked ? { commonWrong: { option: describeResponse(question, picked), count } } : {})
		};
	});
}

/** A student's points over the whole quiz, partial credit counted, to the hundredth. */
export function points(questions: readonly ClientQuestion[], result: ClassResult): number {
	const sum = questions.reduce(
		(total, q, i) => total + markScore(q, result.answers[i] ?? { kind: 'blank' }),
		0
	);
	return Number(sum.toFixed(2));
}
