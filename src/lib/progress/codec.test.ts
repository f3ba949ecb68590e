import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress } from '../../../tests/support/arbitraries.ts';
import { decodeProgress, encodeProgress, type Decoded } from './codec.ts';
import type { Progress } from './model.ts';

/** What a decode read, failing the test when it could read nothing. */
function readable(read: Decoded | { error: string }): Decoded {
	if ('error' in read) throw new Error(`unreadable: ${read.error}`);
	return read;
}

const roundTrip = (p: Progress) =>
	readable(decodeProgress(JSON.parse(JSON.stringify(encodeProgress(p)))));

describe('the progress codec', () => {
	it('reads back exactly what it wrote (2,000 documents)', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const { progress: back, rejected } = roundTrip(p);
				expect(rejected).toEqual([]);
				expect(back).toEqual(p);
			}),
			{ numRuns: 2_000 }
		);
	}, 60_000);

	it('keeps the good records of a damaged document and lists each bad one as it was', () => {
		const p: Progress = {
			generation: 'g-1',
			quizzes: [],
			undone: [],
			attempts: [
				{
					at: 1_700_000_000_000,
					question: 'a/x:choice',
					response: 1,
					correct: true,
					score: 1,
					match: 'exact',
					ms: 1000,
					mode: 'review'
				},
				{
					at: 1_700_000_060_000,
					question: 'a/y:typed',
					response: 'Bamako',
					correct: false,
					score: 0,
					ms: 3000,
					mode: 'cram'
				}
			]
		};
		const stored = encodeProgress(p);
		const hour = Object.keys(stored.hours)[0];
		stored.hours[hour].push([99, 10, 1, 1, 0, -1], 'garbage', [0, 9_000, 1, 1, 0, -1]);
		const { progress: back, rejected } = readable(decodeProgress(stored));
		expect(back.attempts).toEqual(p.attempts);
		expect(rejected.map((r) => [r.raw, r.reason])).toEqual([
			['[99,10,1,1,0,-1]', 'refers to an unknown question'],
			['"garbage"', 'not an answer record'],
			['[0,9000,1,1,0,-1]', 'the time is out of range']
		]);
	});

	it('says why it cannot read a document whose frame is unreadable, so the store can set it aside', () => {
		expect(decodeProgress(null)).toEqual({
			error: 'Invalid type: Expected Object but received null'
		});
		expect(decodeProgress({ generation: 'g', questions: 'x' })).toEqual({
			error: expect.stringMatching(/^Invalid /) as string
		});
	});

	it('stores a year of daily study (100 answers a day) in under 1 MB', () => {
		const attempts = [];
		const start = Date.UTC(2026, 0, 1, 18);
		for (let day = 0; day < 365; day++)
			for (let i = 0; i < 100; i++)
				attempts.push({
					at: start + day * 86_400_000 + i * 12_000,
					question: `mali-france-russia/fact-${(day * 7 + i) % 139}:${['choice', 'true-false', 'typed'][i % 3]}${i % 3 === 1 ? ':true' : ''}`,
					response: i % 3 === 0 ? i % 4 : i % 3 === 1 ? i % 2 === 0 : 'Asmi Guetta',
					correct: i % 4 !== 0,
					score: i % 4 !== 0 ? 1 : 0,
					...(i % 4 !== 0 ? { match: 'exact' as const } : {}),
					ms: 4200,
					mode: 'review' as const
				});
		const bytes = new TextEncoder().encode(
			JSON.stringify(encodeProgress({ generation: 'g', quizzes: [], undone: [], attempts }))
		).length;
		expect(bytes).toBeLessThan(1_000_000);
	});
});
