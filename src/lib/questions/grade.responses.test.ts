import { describe, expect, it } from 'vitest';
import { describeResponse, initialResponse, isAnswerable } from './grade.ts';
import type { ClientQuestion } from './types.ts';

const base = { article: 'a', facts: ['f'], position: 0, prompt: 'Which?' };
const choice: ClientQuestion = {
	...base,
	id: 'a/f:choice',
	form: 'choice',
	options: ['Bamako', 'Gao', 'Kidal'],
	answer: 0
};
const order: ClientQuestion = {
	...base,
	id: 'a/timeline:order:077mpj4',
	form: 'order',
	facts: ['x', 'y'],
	items: [
		{ fact: 'y', label: 'Later', when: '2014', date: '2014' },
		{ fact: 'x', label: 'Earlier', when: '2013', date: '2013' }
	],
	answer: ['x', 'y']
};
const match: ClientQuestion = {
	...base,
	id: 'a/acronyms:match:0wywpnk',
	form: 'match',
	set: 'acronyms',
	left: ['ACLED', 'CSIS'],
	right: [
		'Center for Strategic and International Studies',
		'Armed Conflict Location and Event Data Project'
	],
	answer: [1, 0]
};

describe('describeResponse', () => {
	it('names the chosen option', () => {
		expect(describeResponse(choice, { form: 'choice', option: 1 })).toBe('Gao');
	});

	it('says "no answer" for nothing, a blank text or an answer of another form', () => {
		expect(describeResponse(choice, undefined)).toBe('no answer');
		expect(describeResponse(choice, { form: 'typed', text: 'Gao' })).toBe('no answer');
		expect(
			describeResponse(
				{ ...choice, form: 'typed', answer: { text: 'x', aliases: [] } },
				{ form: 'typed', text: '  ' }
			)
		).toBe('no answer');
	});

	it('writes an order as the labels in the learner’s order', () => {
		expect(describeResponse(order, { form: 'order', order: ['y', 'x'] })).toBe('Later → Earlier');
	});

	it('writes a matching as each pair, with ? for a pair left open', () => {
		expect(describeResponse(match, { form: 'match', pairs: [1, null] })).toBe(
			'ACLED → Armed Conflict Location and Event Data Project; CSIS → ?'
		);
	});
});

describe('initialResponse and isAnswerable', () => {
	it('starts an order question from the order shown, ready to check', () => {
		const response = initialResponse(order);
		expect(response).toEqual({ form: 'order', order: ['y', 'x'] });
		expect(isAnswerable(order, response)).toBe(true);
	});

	it('needs every pair before a matching can be checked', () => {
		expect(isAnswerable(match, initialResponse(match))).toBe(false);
		expect(isAnswerable(match, { form: 'match', pairs: [1, 0] })).toBe(true);
	});

	it('needs a choice before a choice question can be checked', () => {
		expect(isAnswerable(choice, initialResponse(choice))).toBe(false);
		expect(isAnswerable(choice, { form: 'choice', option: 2 })).toBe(true);
	});
});
