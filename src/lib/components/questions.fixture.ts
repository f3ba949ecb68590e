// Questions of every form, written out, for the tests of what screens make of them.
import type { ClientQuestion } from '$lib/questions/types.ts';

const base = { article: 'mali', facts: ['capital'], position: 0 };

export const choice = {
	...base,
	id: 'mali/capital:choice',
	form: 'choice',
	prompt: 'Which city is the capital of Mali?',
	options: ['Gao', 'Timbuktu', 'Bamako', 'Mopti'],
	answer: 2
} satisfies ClientQuestion;

export const falseStatement = {
	...base,
	id: 'mali/capital:true-false:false',
	form: 'true-false',
	prompt: 'True or false?',
	statement: 'The capital of Mali is Gao.',
	answer: false,
	swap: { from: 'Bamako', to: 'Gao' }
} satisfies ClientQuestion;

export const typed = {
	...base,
	id: 'mali/capital:typed',
	form: 'typed',
	prompt: 'Which city is the capital of Mali?',
	answer: { text: 'Bamako', aliases: ['Bamaco'] }
} satisfies ClientQuestion;

export const numeric = {
	...base,
	id: 'mali/troops:numeric',
	facts: ['troops'],
	form: 'numeric',
	prompt: 'How many mercenaries did the agreement foresee?',
	answer: {
		text: '1,000',
		value: 1000,
		tolerance: 50,
		unit: 'mercenaries',
		aliases: [],
		year: false
	}
} satisfies ClientQuestion;

export const order = {
	...base,
	id: 'mali/timeline:order:abc',
	facts: ['a', 'b'],
	form: 'order',
	prompt: 'Put these events in the order they happened, earliest first.',
	items: [
		{ fact: 'b', label: 'Barkhane begins', when: '2014', date: '2014' },
		{ fact: 'a', label: 'Serval begins', when: '2013', date: '2013' }
	],
	answer: ['a', 'b']
} satisfies ClientQuestion;

export const typedCloze = {
	...base,
	id: 'mali/capital:cloze',
	form: 'cloze',
	prompt: 'Fill in the blank in this sentence from the article.',
	before: 'Protesters gathered in ',
	after: ', the capital.',
	answer: { text: 'Bamako', aliases: [] }
} satisfies ClientQuestion;

export const chosenCloze = {
	...base,
	id: 'mali/role:cloze',
	facts: ['role'],
	form: 'cloze',
	prompt: 'Fill in the blank in this sentence from the article.',
	before: 'The team ',
	after: ' African forces.',
	answer: { text: 'trains and advises', aliases: [] },
	options: ['commands and pays', 'trains and advises', 'arms and finances']
} satisfies ClientQuestion;
