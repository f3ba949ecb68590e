import { encodeProgress, PROGRESS_VERSION } from '../../src/lib/progress/codec.ts';
import type { Attempt, Progress } from '../../src/lib/progress/model.ts';

const DAY = 86_400_000;
const bytes = (progress: Progress) =>
	new TextEncoder().encode(
		JSON.stringify({
			factdeck: 'progress',
			version: PROGRESS_VERSION,
			savedAt: Date.now(),
			data: encodeProgress(progress)
		})
	).length;

/** An answer as a learner gives them: mixed forms, right three times in four, a few seconds each. */
function answer(at: number, i: number, questions: number): Attempt {
	const form = ['choice', 'true-false', 'typed', 'numeric'][i % 4];
	const question = `mali-france-russia/fact-${i % questions}:${form}${form === 'true-false' ? ':true' : ''}`;
	const right = i % 4 !== 0;
	return {
		at,
		question,
		response:
			form === 'choice'
				? i % 4
				: form === 'true-false'
					? i % 2 === 0
					: form === 'typed'
						? 'Assimi Goïta'
						: '1,000',
		correct: right,
		score: right ? 1 : 0,
		...(right ? { match: 'exact' as const } : {}),
		ms: 4_000 + (i % 7) * 900,
		mode: i % 100 < 40 ? 'quiz' : 'review',
		// One review in twenty rated by hand rather than by the answer.
		...(i % 60 === 0 ? { rating: 4 as const } : {})
	};
}

/** What progress costs in storage: per answer, per newly answered fact, and for a year of study. */
export function storageSizes() {
	const empty: Progress = { generation: 'lq2m3n-abc123', attempts: [], quizzes: [], undone: [] };
	const start = Date.UTC(2026, 0, 1, 17);
	const year: Attempt[] = [];
	for (let day = 0; day < 365; day++)
		for (let i = 0; i < 100; i++)
			year.push(answer(start + day * DAY + i * 15_000, day * 100 + i, 556));
	// Two quizzes of twenty questions a day hold the day's first forty answers; the rest are reviews.
	const quizOf = (i: number) => Math.floor(i / 100) * 2 + Math.floor((i % 100) / 20);
	const quizzes = Array.from({ length: 730 }, (_, q) => ({
		id: `q${q.toString(36)}-x7k2m`,
		deck: 'mali-france-russia/all',
		seed: 2_000_000_000 + q,
		settings: { count: 20, forms: [], order: 'random' as const },
		questions: year.filter((a, i) => a.mode === 'quiz' && quizOf(i) === q).map((a) => a.question),
		startedAt: year[Math.floor(q / 2) * 100 + (q % 2) * 20].at
	}));
	const yearDoc: Progress = {
		...empty,
		quizzes,
		attempts: year.map((a, i) => (a.mode === 'quiz' ? { ...a, quiz: quizzes[quizOf(i)].id } : a))
	};
	const inQuizzes = (encodeProgress(yearDoc).quizzes as unknown[][]).reduce(
		(sum: number, record) => sum + (record.at(-1) as unknown[]).length,
		0
	);
	const quizAnswers = yearDoc.attempts.filter((a) => a.mode === 'quiz').length;
	if (inQuizzes !== quizAnswers)
		throw new Error(`${quizAnswers - inQuizzes} quiz answers were not stored in their quiz`);
	const yearBytes = bytes(yearDoc);
	const json = JSON.stringify(encodeProgress(yearDoc));

	// One more answer on a question already answered, and one on a question never seen.
	const base = { ...empty, attempts: year.slice(0, 1000).filter((a) => a.mode === 'review') };
	const repeat = {
		...base,
		attempts: [...base.attempts, { ...base.attempts[0], at: start + 400 * DAY }]
	};
	const fresh = {
		...base,
		attempts: [
			...base.attempts,
			{
				...base.attempts[0],
				at: start + 400 * DAY,
				question: 'mali-france-russia/never-answered-fact:choice'
			}
		]
	};
	return {
		perAttempt: yearBytes / year.length,
		perFact: bytes(fresh) - bytes(repeat),
		yearAttempts: year.length,
		yearFacts: new Set(year.map((a) => a.question)).size,
		yearBytes,
		yearUtf16: json.length * 2
	};
}
