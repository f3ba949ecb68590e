import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './highlight.ts';

describe('segmentParagraph', () => {
	it('marks the quoted run and leaves the rest plain', () => {
		expect(
			segmentParagraph('France entered Mali in 1904.', [{ fact: 'a', quote: 'in 1904' }])
		).toEqual([
			{ text: 'France entered Mali ', facts: [] },
			{ text: 'in 1904', facts: ['a'] },
			{ text: '.', facts: [] }
		]);
	});

	it('splits overlapping quotes into runs that know every fact covering them', () => {
		const segments = segmentParagraph('one two three', [
			{ fact: 'a', quote: 'one two' },
			{ fact: 'b', quote: 'two three' }
		]);
		expect(segments).toEqual([
			{ text: 'one ', facts: ['a'] },
			{ text: 'two', facts: ['a', 'b'] },
			{ text: ' three', facts: ['b'] }
		]);
	});

	it('always gives back the paragraph’s text, whatever the quotes', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.array(fc.record({ fact: fc.string(), quote: fc.string() })),
				(text, quotes) => {
					expect(
						segmentParagraph(text, quotes)
							.map((s) => s.text)
							.join('')
					).toBe(text);
				}
			)
		);
	});
});
