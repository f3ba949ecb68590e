import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../node/content-files.ts';
import { deckEdition, encodeClassCode, taggedDecks } from '../classroom/class-code.ts';
import { loadCorpus } from '../content/corpus.ts';
import { buildBank } from '../questions/bank.ts';
import { recordAttempt, startQuiz } from './log.ts';
import { emptyProgress, type Progress, type Quiz } from './model.ts';
import { chooseQuiz, createQuiz } from './quizzes.ts';

const content = loadCorpus(readContentFiles('questions')).articles.find(
	(a) => a.article.id === 'mali-france-russia'
)!;
const questions = buildBank(content).questions;
const DECK = 'mali-france-russia/all';
const OTHER = 'mali-france-russia/glossary';
const codedDecks = taggedDecks([
	{ key: DECK, edition: deckEdition(questions) },
	{ key: OTHER, edition: 'other' }
]);
const tagOf = (key: string) => codedDecks.find((d) => d.key === key)!.tag;
const NOW = Date.UTC(2026, 10, 29, 9);

/** Chooses with fresh ids and seeds counted from 1, so each test reads which were taken. */
function choose(params: string, progress: Progress = emptyProgress('g')) {
	let ids = 0;
	let seeds = 0;
	return chooseQuiz({
		params: new URLSearchParams(params),
		deck: DECK,
		questions,
		progress,
		codedDecks,
		now: NOW,
		newId: () => `new-${++ids}`,
		newSeed: () => ++seeds * 1000
	});
}

function saved(id: string, deck = DECK, extra: Partial<Quiz> = {}): Quiz {
	return {
		...createQuiz({
			id,
			deck,
			questions,
			settings: { count: 5, forms: [], order: 'random' },
			seed: 7,
			now: NOW - 60_000
		}),
		...extra
	};
}

function answered(progress: Progress, quiz: Quiz, right: (index: number) => boolean): Progress {
	return quiz.questions.reduce(
		(p, question, i) =>
			recordAttempt(p, {
				at: NOW - 50_000 + i * 1000,
				question,
				response: 'x',
				correct: right(i),
				score: right(i) ? 1 : 0,
				ms: 1000,
				mode: 'quiz',
				quiz: quiz.id
			}),
		progress
	);
}

describe('chooseQuiz', () => {
	it('starts a new quiz from the settings in the URL, with a fresh id and seed', () => {
		const chosen = choose('count=7&forms=choice&order=article');
		if ('error' in chosen) throw new Error(chosen.error);
		expect(chosen.isNew).toBe(true);
		expect(chosen.quiz).toMatchObject({
			id: 'new-1',
			deck: DECK,
			seed: 1000,
			startedAt: NOW,
			settings: { count: 7, forms: ['choice'], order: 'article' }
		});
		expect(chosen.quiz.questions).toHaveLength(7);
		expect(chosen.quiz.questions.every((id) => id.endsWith(':choice'))).toBe(true);
	});

	it('reads the forms as checkboxes send them, one parameter each', () => {
		const chosen = choose('count=6&forms=choice&forms=true-false&order=random');
		if ('error' in chosen) throw new Error(chosen.error);
		expect(chosen.quiz.settings.forms).toEqual(['choice', 'true-false']);
		expect(chosen.quiz.questions.every((id) => /:(choice|true-false)/.test(id))).toBe(true);
	});

	it('opens a saved quiz of this deck by its id, as it was', () => {
		const quiz = saved('q1');
		expect(choose('id=q1', startQuiz(emptyProgress('g'), quiz))).toEqual({ quiz, isNew: false });
	});

	it('refuses an id that names no quiz, or a quiz of another deck', () => {
		const progress = startQuiz(emptyProgress('g'), saved('q2', OTHER));
		for (const params of ['id=nope', 'id=q2'])
			expect(choose(params, progress)).toEqual({
				error: 'This quiz is not among the quizzes saved in this browser.'
			});
	});

	it('resumes the unfinished quiz of this deck when the URL sets nothing', () => {
		const mine = saved('open');
		const elsewhere = saved('elsewhere', OTHER, { startedAt: NOW - 1000 });
		const progress = startQuiz(startQuiz(emptyProgress('g'), mine), elsewhere);
		expect(choose('', progress)).toEqual({ quiz: progress.quizzes[0], isNew: false });
	});

	it('starts a new quiz over an unfinished one when the URL names a count', () => {
		const progress = startQuiz(emptyProgress('g'), saved('open'));
		const chosen = choose('count=5', progress);
		expect('quiz' in chosen && chosen.isNew && chosen.quiz.id).toBe('new-1');
	});

	it('starts a new quiz when the unfinished one was finished', () => {
		const done = saved('done', DECK, { finishedAt: NOW - 1000 });
		const chosen = choose('', startQuiz(emptyProgress('g'), done));
		expect('quiz' in chosen && chosen.quiz.id).toBe('new-1');
	});

	it('says what is wrong with settings it cannot read', () => {
		expect(choose('count=0')).toEqual({
			error: 'The number of questions must be a whole number from 1 to 500.'
		});
		expect(choose('count=5&forms=essay')).toEqual({ error: 'Unknown question form: essay.' });
	});

	it('says so when no question of the deck has the forms chosen', () => {
		const onlyFacts = questions.filter((q) => q.form === 'choice');
		const chosen = chooseQuiz({
			params: new URLSearchParams('count=5&forms=match'),
			deck: DECK,
			questions: onlyFacts,
			progress: emptyProgress('g'),
			codedDecks,
			now: NOW,
			newId: () => 'id',
			newSeed: () => 1
		});
		expect(chosen).toEqual({ error: 'No question of this deck has the forms chosen.' });
	});

	it('retries only the questions a saved quiz missed, in a new quiz', () => {
		const quiz = saved('first');
		const progress = answered(startQuiz(emptyProgress('g'), quiz), quiz, (i) => i % 2 === 0);
		const chosen = choose('retry=first', progress);
		if ('error' in chosen) throw new Error(chosen.error);
		expect(chosen.isNew).toBe(true);
		expect(chosen.quiz.id).toBe('new-1');
		expect([...chosen.quiz.questions].sort()).toEqual(
			quiz.questions.filter((_, i) => i % 2 === 1).sort()
		);
	});

	it('has nothing to retry when every answer was right, or no such quiz', () => {
		const quiz = saved('perfect');
		const progress = answered(startQuiz(emptyProgress('g'), quiz), quiz, () => true);
		expect(choose('retry=perfect', progress)).toEqual({
			error: 'Every question of that quiz was answered right: there is nothing to retry.'
		});
		expect(choose('retry=gone', progress)).toEqual({
			error: 'The quiz to retry is not among the quizzes saved in this browser.'
		});
	});

	it('gives every student of a class code the same questions, in the same order', () => {
		const code = encodeClassCode(
			{ deck: DECK, seed: 42, count: 10, forms: [], seconds: 30, order: 'random' },
			tagOf(DECK)
		);
		const first = choose(`class=${code}`);
		const second = choose(`class=${code.toLowerCase()}`);
		if ('error' in first || 'error' in second) throw new Error('the code did not read');
		expect(first.isNew).toBe(true);
		expect(first.quiz.classCode).toBe(second.quiz.classCode);
		expect(first.quiz.questions).toHaveLength(10);
		expect(second.quiz.questions).toEqual(first.quiz.questions);
	});

	it('takes a student back to the class quiz they began, not a new one', () => {
		const code = encodeClassCode(
			{ deck: DECK, seed: 3, count: 5, forms: [], seconds: 0, order: 'random' },
			tagOf(DECK)
		);
		const first = choose(`class=${code}`);
		if ('error' in first) throw new Error(first.error);
		expect(choose(`class=${code}`, startQuiz(emptyProgress('g'), first.quiz))).toEqual({
			quiz: first.quiz,
			isNew: false
		});
	});

	it('refuses a class code for another deck, or one that does not read', () => {
		const code = encodeClassCode(
			{ deck: OTHER, seed: 3, count: 5, forms: [], seconds: 0, order: 'random' },
			tagOf(OTHER)
		);
		expect(choose(`class=${code}`)).toEqual({
			error: 'This class code is for another deck: open it from the home page.'
		});
		expect(choose('class=')).toEqual({ error: 'Type the class code your teacher gave you.' });
	});

	it('never throws, whatever the URL holds', () => {
		const progress = startQuiz(emptyProgress('g'), saved('q1'));
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom('id', 'class', 'retry', 'count', 'forms', 'order'),
					fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('q1', '5', 'choice'))
				),
				(entries) => {
					const chosen = choose(new URLSearchParams(entries).toString(), progress);
					expect('error' in chosen ? typeof chosen.error : chosen.quiz.deck).toBe(
						'error' in chosen ? 'string' : DECK
					);
				}
			),
			{ numRuns: 200 }
		);
	});
});
