import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveAttempts } from '$lib/progress/derive.ts';
import { ratingOf } from '$lib/progress/schedule.ts';
import type { BankFile } from '$lib/questions/library.ts';
import { factsAsked, ReviewSession } from './review.svelte.ts';
import { FACTS, fakePage, openedApp, QUESTIONS } from './testing.ts';

const BANK: BankFile = {
	questions: QUESTIONS,
	facts: FACTS,
	order: ['danube/length', 'danube/countries']
};

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('a review session', () => {
	it('asks new facts in the article’s order, first as a true or false statement', () => {
		fakePage();
		const { app, settings } = openedApp();
		const session = new ReviewSession(app, settings, BANK);
		expect(session.current?.fact).toBe('danube/length');
		expect(session.current?.question.form).toBe('true-false');
	});

	it('records the answer as a review, suggests Good for a right one, and goes on to the next fact', () => {
		fakePage();
		const { app, settings } = openedApp();
		const session = new ReviewSession(app, settings, BANK);
		session.draft = { form: 'true-false', value: true };
		session.submit();
		expect(session.verdict?.correct).toBe(true);
		expect(session.rating).toBe(3);
		expect(app.progress.attempts).toEqual([
			expect.objectContaining({ question: 'danube/length:true-false:true', mode: 'review' })
		]);
		session.next();
		expect(session.current?.fact).toBe('danube/countries');
	});

	it('keeps the rating the learner chooses, and Good once they take it back, for the next visit too', () => {
		fakePage();
		const { app, settings, storage } = openedApp();
		const session = new ReviewSession(app, settings, BANK);
		session.draft = { form: 'true-false', value: true };
		session.submit();
		session.rate(1);
		expect(session.rating).toBe(1);
		const stored = () => ratingOf(openedApp(storage).app.progress.attempts[0]);
		expect(stored()).toBe(1);
		session.rate(3);
		expect(session.rating).toBe(3);
		expect(ratingOf(app.progress.attempts[0])).toBe(3);
		expect(stored()).toBe(3);
	});

	it('takes the last answer back and asks its fact again', () => {
		fakePage();
		const { app, settings } = openedApp();
		const session = new ReviewSession(app, settings, BANK);
		session.draft = { form: 'true-false', value: false };
		session.submit();
		session.next();
		session.undo();
		expect(session.current?.fact).toBe('danube/length');
		expect(session.answered).toBeUndefined();
		expect(liveAttempts(app.progress)).toEqual([]);
	});

	it('has nothing more to ask today once every fact is answered', () => {
		fakePage();
		const { app, settings } = openedApp();
		const session = new ReviewSession(app, settings, BANK);
		for (const fact of ['danube/length', 'danube/countries']) {
			expect(session.current?.fact).toBe(fact);
			session.draft = { form: 'true-false', value: true };
			session.submit();
			session.next();
		}
		expect(session.current).toBeUndefined();
	});

	it('crams a deck’s facts without touching the schedule: answers are kept as practice, unrated', () => {
		fakePage();
		const { app, settings } = openedApp();
		const session = new ReviewSession(app, settings, BANK, factsAsked(QUESTIONS));
		expect(session.cramming).toBe(true);
		expect(session.cramLeft).toBe(1);
		const fact = session.current!.fact;
		session.draft = { form: 'true-false', value: true };
		session.submit();
		session.rate(1);
		expect(app.progress.attempts).toEqual([expect.objectContaining({ mode: 'cram' })]);
		expect(app.progress.attempts[0].rating).toBeUndefined();
		session.next();
		expect(session.current?.fact).not.toBe(fact);
		expect(session.cramLeft).toBe(0);
	});
});

describe('the facts a deck asks', () => {
	it('are each fact once, as a key across articles, in the order the questions ask them', () => {
		expect(factsAsked(QUESTIONS)).toEqual(['danube/length', 'danube/countries']);
	});
});
