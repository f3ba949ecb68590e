import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_FORMS } from './content/kinds.ts';
import {
	GROUP_FORMS,
	attemptKey,
	deckKey,
	factKey,
	factOfQuestion,
	factQuestionId,
	formOfQuestion,
	formatQuestionId,
	groupKey,
	groupQuestionId,
	keptCopyKey,
	keptCopyPrefix,
	parseAttemptKey,
	parseKeptCopyKey,
	parseDeckKey,
	parseFactKey,
	parseQuestionId,
	type KeptCopy,
	type QuestionIdParts
} from './ids.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,3}$/);
const factForm = fc.constantFrom(
	...QUESTION_FORMS.filter((form) => !(GROUP_FORMS as readonly string[]).includes(form))
);
const groupForm = fc.constantFrom(...GROUP_FORMS);

const parts: fc.Arbitrary<QuestionIdParts> = fc.oneof(
	fc.record(
		{ article: slug, fact: slug, form: factForm, variant: slug },
		{ requiredKeys: ['article', 'fact', 'form'] }
	),
	fc
		.record({ article: slug, set: slug, form: groupForm, facts: fc.array(slug, { minLength: 1 }) })
		.map(({ facts, ...rest }) => ({ ...rest, key: groupKey(facts) }))
);

describe('ids and keys', () => {
	it('reads back every fact key it writes', () => {
		fc.assert(
			fc.property(slug, slug, (article, fact) => {
				expect(parseFactKey(factKey(article, fact))).toEqual({ article, fact });
			})
		);
	});

	it('reads back every deck key it writes', () => {
		fc.assert(
			fc.property(slug, slug, (article, deck) => {
				expect(parseDeckKey(deckKey(article, deck))).toEqual({ article, deck });
			})
		);
	});

	it('reads back every question id it writes, with its form and fact', () => {
		fc.assert(
			fc.property(parts, (written) => {
				const id = formatQuestionId(written);
				expect(parseQuestionId(id)).toEqual(written);
				expect(formOfQuestion(id)).toBe(written.form);
				expect(factOfQuestion(id)).toBe(
					'fact' in written ? factKey(written.article, written.fact) : undefined
				);
			})
		);
	});

	it('writes the question ids stored progress already holds', () => {
		expect(factQuestionId('mali-france-russia', 'wagner-troop-count', 'true-false', 'false')).toBe(
			'mali-france-russia/wagner-troop-count:true-false:false'
		);
		expect(parseQuestionId('mali-france-russia/timeline:order:06pwrjm')).toEqual({
			article: 'mali-france-russia',
			set: 'timeline',
			form: 'order',
			key: '06pwrjm'
		});
	});

	it('names a group by its facts whatever their order', () => {
		fc.assert(
			fc.property(fc.uniqueArray(slug, { minLength: 2, maxLength: 6 }), (facts) => {
				const id = groupQuestionId('a', 'set', 'match', facts);
				expect(groupQuestionId('a', 'set', 'match', [...facts].reverse())).toBe(id);
				expect(groupKey(facts)).toMatch(/^[0-9a-z]{7}$/);
			})
		);
	});

	it('refuses ids that are not question ids', () => {
		for (const id of [
			'',
			'mali/fact',
			'mali/fact:essay',
			'mali/fact:order',
			'Mali/fact:choice',
			'mali/fact:choice:',
			'mali/timeline:order:short',
			'mali//fact:choice'
		])
			expect(parseQuestionId(id), id).toBeUndefined();
	});

	it('reads back every attempt key it writes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 45 }),
				parts.map(formatQuestionId),
				fc.oneof(fc.constant(undefined), fc.stringMatching(/^[a-z0-9-]{1,20}$/)),
				fc.constantFrom('quiz', 'review', 'cram'),
				(at, question, quiz, mode) => {
					const key = attemptKey({ at, question, quiz, mode });
					expect(parseAttemptKey(key)).toEqual({ at, question, quizOrMode: quiz ?? mode });
				}
			)
		);
	});

	it('reads back every kept copy key it writes, under its kind and document', () => {
		const document = fc.stringMatching(/^[a-z-]{1,40}$/);
		const at = fc.integer({ min: 0, max: 2 ** 45 });
		const copy: fc.Arbitrary<KeptCopy> = fc.oneof(
			fc.record({ kind: fc.constant('backup' as const), document, at, reason: fc.string() }),
			fc.record({ kind: fc.constant('set-aside' as const), document, at })
		);
		fc.assert(
			fc.property(copy, (written) => {
				const key = keptCopyKey(written);
				expect(parseKeptCopyKey(key)).toEqual(written);
				expect(key.startsWith(keptCopyPrefix(written.kind, written.document))).toBe(true);
			})
		);
	});

	it('reads no kept copy from other keys', () => {
		for (const key of [
			'factdeck:v1:progress',
			'factdeck:set-aside:progress',
			'factdeck:set-aside:progress:12:extra',
			'factdeck:backup:progress:12',
			'factdeck:set-aside:Progress:12',
			'factdeck:set-aside:progress:-12',
			'factdeck:view:abc'
		])
			expect(parseKeptCopyKey(key), key).toBeUndefined();
	});
});
