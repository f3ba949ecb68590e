import { describe, expect, it } from 'vitest';
import type { DeckSpec } from '../content/schema.ts';
import { loadCorpus } from '../content/corpus.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { VALID_FIXTURE } from '../../node/fixture-content.ts';
import { buildBank } from './bank.ts';
import { buildDecks, sectionDeck } from './decks.ts';

const content = loadCorpus(readContentFiles(VALID_FIXTURE)).articles[0];
const bank = buildBank(content);
const spec = (id: string, select: Partial<DeckSpec['select']>): DeckSpec => ({
	id,
	title: id,
	description: id,
	select: { tags: [], kinds: [], sections: [], forms: [], ...select }
});

describe('sectionDeck', () => {
	it('finds the deck made of a section by what it selects, whatever its id', () => {
		const decks = [
			spec('all', {}),
			spec('upstream-and-down', { sections: ['the-river'] }),
			spec('who-and-when', { sections: ['people-and-history'] })
		];
		expect(sectionDeck(decks, 'the-river')?.id).toBe('upstream-and-down');
		expect(sectionDeck(decks, 'people-and-history')?.id).toBe('who-and-when');
		const built = buildDecks({ ...content, decks }, bank);
		const river = built.find((d) => d.id === 'upstream-and-down')!;
		const inRiver = bank.questions.filter((q) => q.sections.every((s) => s === 'the-river'));
		expect(river.questions).toEqual(inRiver.map((q) => q.id));
		expect(river.questions.length).toBeGreaterThan(0);
	});

	it('passes over decks that narrow the section further or take other sections too', () => {
		const decks = [
			spec('the-river', { sections: ['the-river'], forms: ['choice'] }),
			spec('river-numbers', { sections: ['the-river'], kinds: ['number'] }),
			spec('river-glossary', { sections: ['the-river'], tags: ['glossary'] }),
			spec('both', { sections: ['the-river', 'people-and-history'] })
		];
		expect(sectionDeck(decks, 'the-river')).toBeUndefined();
		expect(sectionDeck(decks, 'people-and-history')).toBeUndefined();
	});
});
