// What the state classes' tests share: a page in Node, and a small deck on the Danube.
import { vi } from 'vitest';
import type { Attempt } from '$lib/progress/model.ts';
import type { FactView } from '$lib/questions/library.ts';
import type { ClientQuestion } from '$lib/questions/types.ts';
import { MemoryStorage } from '$lib/storage/store.ts';
import { AppState } from './app.svelte.ts';
import { SettingsState } from './settings.svelte.ts';

/**
 * The window, document and navigator the state classes listen to: one window stands for the tab,
 * and a storage event on it for another tab's write.
 */
export function fakePage(navigator: object = {}) {
	const tab = new EventTarget();
	vi.stubGlobal('addEventListener', tab.addEventListener.bind(tab));
	vi.stubGlobal('document', new EventTarget());
	vi.stubGlobal('navigator', navigator);
	return {
		/** Tells this tab what another tab stored under `key`, as the browser does. */
		otherTabWrote(key: string, newValue: string | null): void {
			tab.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
		}
	};
}

/** The learner's progress and settings over `storage`, loaded as a page loads them. */
export function openedApp(storage = new MemoryStorage()) {
	const app = new AppState(storage);
	const settings = new SettingsState(storage);
	app.start();
	settings.start();
	return { app, settings, storage };
}

/** A right review answer to a choice question on the Danube fact `fact`, at second `second` of a day. */
export function reviewAnswer(fact: string, second: number): Attempt {
	return {
		at: Date.UTC(2026, 10, 20, 10) + second * 1000,
		question: `danube/${fact}:choice`,
		response: 1,
		correct: true,
		score: 1,
		match: 'exact',
		ms: 4000,
		mode: 'review'
	};
}

const fact = (id: string, statement: string, answer: string, paragraph: string): FactView => ({
	id,
	article: 'danube',
	kind: 'number',
	statement,
	answer,
	quote: statement,
	paragraph,
	attribution: 'article',
	tags: []
});

/** Two facts of an article on the Danube, in article order. */
export const FACTS = [
	fact('length', 'The Danube is 2,850 km long.', '2,850 km', 'p1'),
	fact('countries', 'The Danube flows through ten countries.', 'ten', 'p2')
];

const base = (fact: FactView, position: number) => ({
	article: 'danube',
	facts: [fact.id],
	position
});

/** Each fact asked as a choice (the right option is the second) and as a true statement. */
export const QUESTIONS: ClientQuestion[] = FACTS.flatMap((fact, position) => [
	{
		...base(fact, position),
		id: `danube/${fact.id}:choice`,
		form: 'choice',
		prompt: `What does the article say: ${fact.statement.replace(fact.answer, '…')}`,
		options: ['a wrong one', fact.answer, 'another wrong one'],
		answer: 1
	},
	{
		...base(fact, position),
		id: `danube/${fact.id}:true-false:true`,
		form: 'true-false',
		prompt: 'True or false?',
		statement: fact.statement,
		answer: true
	}
]);
