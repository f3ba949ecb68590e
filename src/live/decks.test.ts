import { afterAll, describe, expect, it } from 'vitest';
import { deckSite } from './test-support.ts';

const site = deckSite();
afterAll(() => site.remove());

describe('the live server’s decks', () => {
	it('read every class code the site’s pages make, for every deck', () => {
		for (const { key } of site.decks.coded) {
			const code = site.classCode({
				deck: key,
				seed: 5,
				count: 5,
				forms: [],
				seconds: 20,
				order: 'random'
			});
			const drawn = site.decks.draw(code);
			expect('error' in drawn ? drawn.error : drawn.quiz.deck, key).toBe(key);
		}
	});
});
