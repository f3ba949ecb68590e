import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericQuestion, questionBase, typedQuestion } from './grade.fixture.ts';
import { readContentFiles } from '../../node/content-files.ts';
import { loadCorpus } from '../content/corpus.ts';
import type { Fact } from '../content/schema.ts';
import { grade } from './grade.ts';
import { parseNumber } from './numbers.ts';
import { contains, normalize, sameAnswer } from './text.ts';
import { editDistance, typoAllowance } from './typos.ts';
import type {
	ChoiceQuestion,
	MatchQuestion,
	NumericQuestion,
	OrderQuestion,
	Question,
	Response,
	TrueFalseQuestion,
	TypedQuestion,
	Verdict
} from './types.ts';

// ---------------------------------------------------------------------------------------------
// Questions built from the Mali article's facts
// ---------------------------------------------------------------------------------------------

const TYPED = {
	goita: typedQuestion('Asmi Guetta', ['Assimi Goïta', 'Assimi Goita', 'Goïta', 'Goita']),
	sahel: typedQuestion('the coast', ['Sahel', 'the Sahel']),
	yerewolo: typedQuestion('Yerewulu', ['Yerewolo']),
	gromyko: typedQuestion('Igor Anatolyevich Gromero', ['Igor Gromyko']),
	rosoboronexport: typedQuestion('Rosoboronexport'),
	isgs: typedQuestion('ISGS', ['Islamic State in the Greater Sahara']),
	jnim: typedQuestion('JNIM', ['Group to Support Islam and Muslims']),
	csis: typedQuestion('CSIS', ['Center for Strategic and International Studies']),
	ivoire: typedQuestion("Côte d'Ivoire", ['Ivory Coast']),
	wagner: typedQuestion('the Wagner group', ['Wagner']),
	barkhane: typedQuestion('Operation Barkhane', ['Barkhane']),
	bamako: typedQuestion('Bamako'),
	macron: typedQuestion('Emmanuel Macron', ['Macron']),
	camara: typedQuestion('Sadio Camara'),
	keita: typedQuestion('Ibrahim Boubacar Keita', ['Boubacar Keïta', 'IBK']),
	acled: typedQuestion('Armed Conflict Location and Event Data Project', ['ACLED']),
	takuba: typedQuestion('Takuba'),
	intervention: typedQuestion('the 2013 intervention')
} satisfies Record<string, TypedQuestion>;

type TypedKey = keyof typeof TYPED;
type TypedOutcome = 'exact' | 'alias' | 'typo' | 'wrong' | 'blank';

// [question, what the learner types, how it is graded]
const TYPED_CASES: [TypedKey, string, TypedOutcome][] = [
	['goita', 'Asmi Guetta', 'exact'],
	['goita', 'asmi guetta', 'exact'],
	['goita', 'ASMI GUETTA', 'exact'],
	['goita', '  Asmi   Guetta  ', 'exact'],
	['goita', 'Asmi-Guetta', 'exact'],
	['goita', 'Asmi Guetta.', 'exact'],
	['goita', '"Asmi Guetta"', 'exact'],
	['goita', 'Assimi Goïta', 'alias'],
	['goita', 'assimi goita', 'alias'],
	['goita', 'Assimi Goita', 'alias'],
	['goita', 'ASSIMI GOÏTA', 'alias'],
	['goita', 'Goïta', 'alias'],
	['goita', 'goita', 'alias'],
	['goita', 'GOITA', 'alias'],
	['goita', 'Goïta!', 'alias'],
	['goita', 'Asmi Gueta', 'typo'],
	['goita', 'Asmi Guettta', 'typo'],
	['goita', 'Amsi Guetta', 'typo'],
	['goita', 'Asmi Gutta', 'typo'],
	['goita', 'Asmi Guet', 'typo'],
	['goita', 'Assimi Goyta', 'typo'],
	['goita', 'Asimi Goita', 'typo'],
	['goita', 'Goitta', 'typo'],
	['goita', 'Sadio Camara', 'wrong'],
	['goita', 'Macron', 'wrong'],
	['goita', 'Keita', 'wrong'],
	['goita', 'Ibrahim Boubacar Keita', 'wrong'],
	['goita', 'Asmi', 'wrong'],
	['goita', '?', 'wrong'],
	['goita', '', 'blank'],
	['goita', '   ', 'blank'],
	['goita', '\t\n', 'blank'],
	['sahel', 'the coast', 'exact'],
	['sahel', 'coast', 'exact'],
	['sahel', 'The Coast', 'exact'],
	['sahel', 'a coast', 'exact'],
	['sahel', 'Sahel', 'alias'],
	['sahel', 'sahel', 'alias'],
	['sahel', 'the Sahel', 'alias'],
	['sahel', 'THE SAHEL', 'alias'],
	['sahel', 'Sahél', 'alias'],
	['sahel', 'la Sahel', 'alias'],
	['sahel', 'Sahal', 'typo'],
	['sahel', 'Sahle', 'typo'],
	['sahel', 'the coats', 'typo'],
	['sahel', 'Sahara', 'wrong'],
	['sahel', 'Maghreb', 'wrong'],
	['sahel', 'West Africa', 'wrong'],
	['sahel', 'the north', 'wrong'],
	['sahel', 'Niger', 'wrong'],
	['yerewolo', 'Yerewulu', 'exact'],
	['yerewolo', 'yerewulu', 'exact'],
	['yerewolo', '"Yerewulu"', 'exact'],
	['yerewolo', 'Yerewolo', 'alias'],
	['yerewolo', 'YEREWOLO', 'alias'],
	['yerewolo', 'Yéréwolo', 'alias'],
	['yerewolo', 'Yerewolu', 'typo'],
	['yerewolo', 'Yerewollo', 'typo'],
	['yerewolo', 'Yerevulu', 'typo'],
	['yerewolo', 'Wagner', 'wrong'],
	['yerewolo', 'Yarawala', 'wrong'],
	['yerewolo', 'Yerewolo Debout sur les remparts', 'wrong'],
	['gromyko', 'Igor Anatolyevich Gromero', 'exact'],
	['gromyko', 'igor anatolyevich gromero', 'exact'],
	['gromyko', 'Igor Gromyko', 'alias'],
	['gromyko', 'igor gromyko', 'alias'],
	['gromyko', 'IGOR GROMYKO', 'alias'],
	['gromyko', 'Igor Anatolievich Gromero', 'typo'],
	['gromyko', 'Igor Anatolyevitch Gromero', 'typo'],
	['gromyko', 'Igor Gromiko', 'typo'],
	['gromyko', 'Igor Gromero', 'typo'],
	['gromyko', 'Sergei Lavrov', 'wrong'],
	['gromyko', 'Vladimir Putin', 'wrong'],
	['gromyko', 'Igor Sechin', 'wrong'],
	['rosoboronexport', 'Rosoboronexport', 'exact'],
	['rosoboronexport', 'rosoboronexport', 'exact'],
	['rosoboronexport', 'ROSOBORONEXPORT', 'exact'],
	['rosoboronexport', '(Rosoboronexport)', 'exact'],
	['rosoboronexport', 'Rosoboronexprot', 'typo'],
	['rosoboronexport', 'Rosoboronexpot', 'typo'],
	['rosoboronexport', 'Rosobornexport', 'typo'],
	['rosoboronexport', 'Rosoboronexportt', 'typo'],
	['rosoboronexport', 'Rosboronexprot', 'typo'],
	['rosoboronexport', 'Rosoboron-export', 'typo'],
	['rosoboronexport', 'Rostec', 'wrong'],
	['rosoboronexport', 'Rosatom', 'wrong'],
	['rosoboronexport', 'Rosoboron', 'wrong'],
	['isgs', 'ISGS', 'exact'],
	['isgs', 'isgs', 'exact'],
	['isgs', ' ISGS ', 'exact'],
	['isgs', 'Islamic State in the Greater Sahara', 'alias'],
	['isgs', 'islamic state in the greater sahara', 'alias'],
	['isgs', 'the Islamic State in the Greater Sahara', 'alias'],
	['isgs', 'Islamic State in the Greater Sahra', 'typo'],
	['isgs', 'ISIS', 'wrong'],
	['isgs', 'ISGC', 'wrong'],
	['isgs', 'IGS', 'wrong'],
	['isgs', 'ISGSS', 'wrong'],
	['isgs', 'JNIM', 'wrong'],
	['jnim', 'JNIM', 'exact'],
	['jnim', 'jnim', 'exact'],
	['jnim', 'Group to Support Islam and Muslims', 'alias'],
	['jnim', 'the group to support islam and muslims', 'alias'],
	['jnim', 'Group to Suport Islam and Muslims', 'typo'],
	['jnim', 'JNIN', 'wrong'],
	['jnim', 'JNM', 'wrong'],
	['jnim', 'JIMN', 'wrong'],
	['jnim', 'JINM', 'wrong'],
	['jnim', 'ISGS', 'wrong'],
	['jnim', 'Al-Qaeda', 'wrong'],
	['csis', 'CSIS', 'exact'],
	['csis', 'csis', 'exact'],
	['csis', 'Center for Strategic and International Studies', 'alias'],
	['csis', 'the Center for Strategic and International Studies', 'alias'],
	['csis', 'Centre for Strategic and International Studies', 'typo'],
	['csis', 'CSIC', 'wrong'],
	['csis', 'CIS', 'wrong'],
	['csis', 'SCIS', 'wrong'],
	['csis', 'ACLED', 'wrong'],
	['ivoire', "Côte d'Ivoire", 'exact'],
	['ivoire', 'cote divoire', 'exact'],
	['ivoire', "Cote d'Ivoire", 'exact'],
	['ivoire', 'Cote d’Ivoire', 'exact'],
	['ivoire', "COTE D'IVOIRE", 'exact'],
	['ivoire', "Côte-d'Ivoire", 'exact'],
	['ivoire', 'Cote dIvoire', 'exact'],
	['ivoire', 'Côte d`Ivoire', 'exact'],
	['ivoire', 'Ivory Coast', 'alias'],
	['ivoire', 'the Ivory Coast', 'alias'],
	['ivoire', 'ivory coast', 'alias'],
	['ivoire', 'Cote d Ivoire', 'typo'],
	['ivoire', "Cote d'Ivorie", 'typo'],
	['ivoire', 'Cote Divore', 'typo'],
	['ivoire', 'Ivory Cost', 'typo'],
	['ivoire', 'Benin', 'wrong'],
	['ivoire', 'Ghana', 'wrong'],
	['ivoire', 'Guinea', 'wrong'],
	['wagner', 'the Wagner group', 'exact'],
	['wagner', 'Wagner Group', 'exact'],
	['wagner', 'wagner group', 'exact'],
	['wagner', 'The Wagner Group', 'exact'],
	['wagner', '"Wagner" group', 'exact'],
	['wagner', 'Wagner-group', 'exact'],
	['wagner', 'the  Wagner   group', 'exact'],
	['wagner', 'Wagner', 'alias'],
	['wagner', 'wagner', 'alias'],
	['wagner', 'the Wagner', 'alias'],
	['wagner', '“Wagner”', 'alias'],
	['wagner', 'Wagner Grop', 'typo'],
	['wagner', 'Wagnr group', 'typo'],
	['wagner', 'Vagner', 'typo'],
	['wagner', 'Rosoboronexport', 'wrong'],
	['wagner', 'Russia', 'wrong'],
	['wagner', 'Africa Corps', 'wrong'],
	['barkhane', 'Operation Barkhane', 'exact'],
	['barkhane', 'operation barkhane', 'exact'],
	['barkhane', 'Operation "Barkhane"', 'exact'],
	['barkhane', 'Barkhane', 'alias'],
	['barkhane', 'the Barkhane', 'alias'],
	['barkhane', 'Operation Barkane', 'typo'],
	['barkhane', 'Barkane', 'typo'],
	['barkhane', 'Barkhan', 'typo'],
	['barkhane', 'Operation Serval', 'wrong'],
	['barkhane', 'Takuba', 'wrong'],
	['bamako', 'Bamako', 'exact'],
	['bamako', 'bamako', 'exact'],
	['bamako', 'BAMAKO', 'exact'],
	['bamako', 'Bamaco', 'typo'],
	['bamako', 'Bamkao', 'typo'],
	['bamako', 'Gao', 'wrong'],
	['bamako', 'Bamak0', 'wrong'],
	['bamako', '8amako', 'wrong'],
	['bamako', 'Timbuktu', 'wrong'],
	['bamako', 'Niamey', 'wrong'],
	['bamako', 'Kidal', 'wrong'],
	['macron', 'Emmanuel Macron', 'exact'],
	['macron', 'emmanuel macron', 'exact'],
	['macron', 'Macron', 'alias'],
	['macron', 'macron', 'alias'],
	['macron', 'Emmanuel Macro', 'typo'],
	['macron', 'Emanuel Macron', 'typo'],
	['macron', 'Macorn', 'typo'],
	['macron', 'Hollande', 'wrong'],
	['macron', 'Sadio Camara', 'wrong'],
	['camara', 'Sadio Camara', 'exact'],
	['camara', 'Sadio Kamara', 'typo'],
	['camara', 'Sadio Camra', 'typo'],
	['camara', 'Asmi Guetta', 'wrong'],
	['keita', 'Ibrahim Boubacar Keita', 'exact'],
	['keita', 'Ibrahim Boubacar Keïta', 'exact'],
	['keita', 'Boubacar Keita', 'alias'],
	['keita', 'IBK', 'alias'],
	['keita', 'ibk', 'alias'],
	['keita', 'Ibrahim Boubacar Keyta', 'typo'],
	['keita', 'IBM', 'wrong'],
	['keita', 'Modibo Keita', 'wrong'],
	['acled', 'Armed Conflict Location and Event Data Project', 'exact'],
	['acled', 'the Armed Conflict Location and Event Data Project', 'exact'],
	['acled', 'ACLED', 'alias'],
	['acled', 'acled', 'alias'],
	['acled', 'ACLD', 'typo'],
	['acled', 'Armed Conflict Locaton and Event Data Projet', 'typo'],
	['acled', 'CSIS', 'wrong'],
	['takuba', 'Takuba', 'exact'],
	['takuba', 'Takkuba', 'typo'],
	['takuba', 'Tacuba', 'typo'],
	['takuba', 'Tabuka', 'wrong'],
	['takuba', 'Barkhane', 'wrong'],
	['intervention', 'the 2013 intervention', 'exact'],
	['intervention', '2013 intervention', 'exact'],
	['intervention', 'the 2012 intervention', 'wrong'],
	['intervention', 'the 2O13 intervention', 'wrong']
];

describe('grading a typed answer', () => {
	it.each(TYPED_CASES)('grades %s typed as %j: %s', (key, input, outcome) => {
		const question = TYPED[key];
		const { text } = question.answer;
		const result = grade(question, { form: 'typed', text: input });
		expect(result.expected).toBe(text);
		if (outcome === 'blank' || outcome === 'wrong') {
			expect(result).toMatchObject({ correct: false, score: 0 });
			expect(result.match).toBeUndefined();
			expect(result.feedback).toBe(
				outcome === 'blank'
					? `No answer given; the answer is ${text}.`
					: `Not quite: the answer is ${text}.`
			);
			return;
		}
		expect(result).toMatchObject({ correct: true, score: 1, match: outcome });
		if (outcome === 'exact') expect(result.feedback).toBe('Right.');
		if (outcome === 'alias') {
			expect(result.feedback).toBe(`Accepted: ${input.trim()}; the article writes ${text}.`);
		}
		if (outcome === 'typo') {
			expect(result.feedback).toMatch(new RegExp(`^Accepted as ${text} \\(check the spelling: `));
		}
	});

	it('tells a learner who types the real name about the article’s slip', () => {
		expect(grade(TYPED.goita, { form: 'typed', text: 'Assimi Goïta' }).feedback).toBe(
			'Accepted: Assimi Goïta; the article writes Asmi Guetta.'
		);
		expect(grade(TYPED.sahel, { form: 'typed', text: ' the Sahel ' }).feedback).toBe(
			'Accepted: the Sahel; the article writes the coast.'
		);
	});

	it('names the spelling a typo was matched against', () => {
		expect(grade(TYPED.goita, { form: 'typed', text: 'Asmi Gueta' }).feedback).toBe(
			'Accepted as Asmi Guetta (check the spelling: Asmi Guetta).'
		);
		expect(grade(TYPED.goita, { form: 'typed', text: 'Assimi Goyta' }).feedback).toBe(
			'Accepted as Asmi Guetta (check the spelling: Assimi Goïta).'
		);
		expect(grade(TYPED.rosoboronexport, { form: 'typed', text: 'Rosoboronexprot' }).feedback).toBe(
			'Accepted as Rosoboronexport (check the spelling: Rosoboronexport).'
		);
	});

	it('matches a typo against the nearest of several spellings', () => {
		const question = typedQuestion('Yerewulu', ['Yerewolo Mali']);
		// One edit from the alias, two from the article's text.
		expect(grade(question, { form: 'typed', text: 'Yerewolo Malo' }).feedback).toBe(
			'Accepted as Yerewulu (check the spelling: Yerewolo Mali).'
		);
	});

	it('prefers exact over alias when an alias is the text with other accents', () => {
		const question = typedQuestion('Goita', ['Goïta']);
		expect(grade(question, { form: 'typed', text: 'Goïta' }).match).toBe('exact');
	});

	it('prefers alias over typo when the input is an alias and a near miss of the text', () => {
		const question = typedQuestion('Yerewulu', ['Yerewolo']);
		expect(grade(question, { form: 'typed', text: 'yerewolo' }).match).toBe('alias');
	});

	it('gives no typo budget to the short names ISGS, JNIM and CSIS', () => {
		for (const key of ['isgs', 'jnim', 'csis'] as const) {
			const text = TYPED[key].answer.text;
			const swapped = text.slice(0, 3) + (text[3] === 'X' ? 'Y' : 'X');
			expect(grade(TYPED[key], { form: 'typed', text: swapped }).correct).toBe(false);
		}
	});

	it('does not accept an input of only punctuation even for an answer of only punctuation', () => {
		const question = typedQuestion('—');
		expect(grade(question, { form: 'typed', text: '?!' }).correct).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const NUMERIC = {
	mercenaries: numericQuestion('1,000', 1000, {
		unit: 'Russian mercenaries',
		aliases: ['a thousand']
	}),
	soldiers: numericQuestion('5,100', 5100, { unit: 'soldiers' }),
	arms: numericQuestion('39%', 39, { unit: '%' }),
	toll2020: numericQuestion('nearly 7,000', 7000, { tolerance: 500, unit: 'people' }),
	toll2019: numericQuestion('four thousand', 4000, { unit: 'people' }),
	frenchmen: numericQuestion('56', 56, { unit: 'Frenchmen' }),
	civilians: numericQuestion('22', 22, { unit: 'civilians' }),
	coffins: numericQuestion('thirteen', 13, { unit: 'French soldiers' }),
	fivefold: numericQuestion('fivefold', 5, { aliases: ['five times'] }),
	francs: numericQuestion('6 billion', 6e9, { unit: 'CFA francs' }),
	dollars: numericQuestion('10 million', 1e7, { unit: 'dollars' }),
	distance: numericQuestion('600 km', 600, { unit: 'km' }),
	rifles: numericQuestion('3,000', 3000, { unit: 'Kalashnikov assault rifles' }),
	euros: numericQuestion('nearly one million', 1e6, { tolerance: 100_000, unit: 'euros' }),
	intervention: numericQuestion('2013', 2013, { year: true }),
	colonial: numericQuestion('1904', 1904, { year: true, tolerance: 5 }),
	sanctions: numericQuestion('2014', 2014, { year: true }),
	below: numericQuestion('-3', -3),
	decimal: numericQuestion('1.5', 1.5)
} satisfies Record<string, NumericQuestion>;

type NumericKey = keyof typeof NUMERIC;
type NumericOutcome =
	'exact' | 'alias' | 'tolerance' | 'wrong' | 'other unit' | 'not a number' | 'blank';

const NUMERIC_CASES: [NumericKey, string, NumericOutcome][] = [
	['mercenaries', '1,000', 'exact'],
	['mercenaries', '1000', 'exact'],
	['mercenaries', '1 000', 'exact'],
	['mercenaries', '1\u202f000', 'exact'],
	['mercenaries', '1\u00a0000', 'exact'],
	['mercenaries', '1\u2009000', 'exact'],
	['mercenaries', 'one thousand', 'exact'],
	['mercenaries', 'One Thousand', 'exact'],
	['mercenaries', '1,000 mercenaries', 'exact'],
	['mercenaries', 'about 1,000', 'exact'],
	['mercenaries', '1000.', 'exact'],
	['mercenaries', '+1000', 'exact'],
	['mercenaries', '１０００', 'exact'],
	['mercenaries', 'a thousand', 'alias'],
	['mercenaries', 'A Thousand', 'alias'],
	['mercenaries', '100', 'wrong'],
	['mercenaries', '10,000', 'wrong'],
	['mercenaries', '999', 'wrong'],
	['mercenaries', '1,001', 'wrong'],
	['mercenaries', '-1000', 'wrong'],
	['mercenaries', '1.000', 'wrong'],
	['mercenaries', 'one hundred', 'wrong'],
	['mercenaries', '1,00,0', 'not a number'],
	['mercenaries', 'lots', 'not a number'],
	['mercenaries', 'thousand', 'not a number'],
	['mercenaries', '1000people', 'not a number'],
	['mercenaries', '', 'blank'],
	['mercenaries', '  ', 'blank'],
	['soldiers', '5,100', 'exact'],
	['soldiers', '5100', 'exact'],
	['soldiers', '5 100', 'exact'],
	['soldiers', 'five thousand one hundred', 'exact'],
	['soldiers', 'five thousand and one hundred', 'exact'],
	['soldiers', '5,100 soldiers', 'exact'],
	['soldiers', '5,100 French soldiers', 'exact'],
	['soldiers', '5,000', 'wrong'],
	['soldiers', '510', 'wrong'],
	['soldiers', '5,10', 'not a number'],
	['soldiers', '51,00', 'not a number'],
	['soldiers', '5,100 and 200', 'not a number'],
	['arms', '39%', 'exact'],
	['arms', '39 %', 'exact'],
	['arms', '39', 'exact'],
	['arms', '39 percent', 'exact'],
	['arms', '39 per cent', 'exact'],
	['arms', 'thirty-nine percent', 'exact'],
	['arms', 'thirty nine', 'exact'],
	['arms', '38%', 'wrong'],
	['arms', '93%', 'wrong'],
	['arms', '0.39', 'exact'],
	['arms', '0.039', 'wrong'],
	['arms', '39 soldiers', 'other unit'],
	['toll2020', 'nearly 7,000', 'exact'],
	['toll2020', 'Nearly 7,000', 'exact'],
	['toll2020', '7,000', 'exact'],
	['toll2020', '7000 people', 'exact'],
	['toll2020', 'about 7000', 'exact'],
	['toll2020', 'seven thousand', 'exact'],
	['toll2020', '~7000', 'exact'],
	['toll2020', '6,800', 'tolerance'],
	['toll2020', '7,400', 'tolerance'],
	['toll2020', '6,500', 'tolerance'],
	['toll2020', '7,500', 'tolerance'],
	['toll2020', 'almost 6,900', 'tolerance'],
	['toll2020', '6,499', 'wrong'],
	['toll2020', '7,501', 'wrong'],
	['toll2020', '6,000', 'wrong'],
	['toll2020', '8,000', 'wrong'],
	['toll2020', '70,000', 'wrong'],
	['toll2020', '700', 'wrong'],
	['toll2019', 'four thousand', 'exact'],
	['toll2019', 'Four Thousand', 'exact'],
	['toll2019', '4,000', 'exact'],
	['toll2019', '4000', 'exact'],
	['toll2019', '4 thousand', 'exact'],
	['toll2019', '3,000', 'wrong'],
	['toll2019', '4k', 'exact'],
	['toll2019', '4m', 'wrong'],
	['toll2019', 'forty thousand', 'wrong'],
	['toll2019', 'four hundred', 'wrong'],
	['toll2019', 'four thousand thousand', 'not a number'],
	['frenchmen', '56', 'exact'],
	['frenchmen', 'fifty-six', 'exact'],
	['frenchmen', '56 Frenchmen', 'exact'],
	['frenchmen', '65', 'wrong'],
	['frenchmen', '5', 'wrong'],
	['frenchmen', '560', 'wrong'],
	['civilians', '22', 'exact'],
	['civilians', 'twenty-two', 'exact'],
	['civilians', 'twenty two', 'exact'],
	['civilians', '12', 'wrong'],
	['civilians', '22 soldiers', 'other unit'],
	['civilians', '22 civilians', 'exact'],
	['civilians', 'two twenty', 'not a number'],
	['coffins', 'thirteen', 'exact'],
	['coffins', '13', 'exact'],
	['coffins', '13 soldiers', 'exact'],
	['coffins', '30', 'wrong'],
	['coffins', 'three', 'wrong'],
	['coffins', 'thirteen fourteen', 'not a number'],
	['fivefold', 'fivefold', 'exact'],
	['fivefold', 'Fivefold', 'exact'],
	['fivefold', '5', 'exact'],
	['fivefold', '5 times', 'exact'],
	['fivefold', 'five', 'exact'],
	['fivefold', 'five times', 'alias'],
	['fivefold', 'Five Times', 'alias'],
	['fivefold', 'four', 'wrong'],
	['fivefold', '50', 'wrong'],
	['fivefold', 'fourfold', 'not a number'],
	['fivefold', 'fivefodl', 'not a number'],
	['francs', '6 billion', 'exact'],
	['francs', '6,000,000,000', 'exact'],
	['francs', 'six billion', 'exact'],
	['francs', '6 billion CFA francs', 'exact'],
	['francs', '6000 million', 'exact'],
	['francs', '6 million', 'wrong'],
	['francs', '60 billion', 'wrong'],
	['dollars', '10 million', 'exact'],
	['dollars', 'ten million', 'exact'],
	['dollars', '10,000,000', 'exact'],
	['dollars', '$10 million', 'exact'],
	['dollars', '10 million dollars', 'exact'],
	['dollars', '10 billion', 'wrong'],
	['dollars', '$10M', 'exact'],
	['dollars', '10 million euros', 'other unit'],
	['dollars', '€10m', 'other unit'],
	['dollars', '100 million', 'wrong'],
	['distance', '600 km', 'exact'],
	['distance', '600', 'exact'],
	['distance', 'six hundred', 'exact'],
	['distance', '100 km', 'wrong'],
	['rifles', '3,000', 'exact'],
	['rifles', 'three thousand', 'exact'],
	['rifles', '3,000 Kalashnikov assault rifles', 'exact'],
	['rifles', '300', 'wrong'],
	['euros', 'nearly one million', 'exact'],
	['euros', 'one million', 'exact'],
	['euros', 'a million', 'exact'],
	['euros', '1,000,000', 'exact'],
	['euros', '950,000', 'tolerance'],
	['euros', '1.1 million', 'tolerance'],
	['euros', '0.5 million', 'wrong'],
	['euros', 'a billion', 'wrong'],
	['euros', '€1m', 'exact'],
	['euros', '1 million dollars', 'other unit'],
	['intervention', '2013', 'exact'],
	['intervention', ' 2013 ', 'exact'],
	['intervention', '2013.', 'exact'],
	['intervention', 'in 2013', 'exact'],
	['intervention', 'two thousand thirteen', 'exact'],
	['intervention', '2012', 'wrong'],
	['intervention', '2014', 'wrong'],
	['intervention', '201', 'wrong'],
	['intervention', '20013', 'wrong'],
	['intervention', '13', 'wrong'],
	['intervention', '2O13', 'not a number'],
	['intervention', '2013-2017', 'not a number'],
	['intervention', 'last year', 'not a number'],
	['colonial', '1904', 'exact'],
	['colonial', '1903', 'wrong'],
	['colonial', '1905', 'wrong'],
	['colonial', '1909', 'wrong'],
	['colonial', '1940', 'wrong'],
	['sanctions', '2014', 'exact'],
	['sanctions', '2041', 'wrong'],
	['below', '-3', 'exact'],
	['below', '−3', 'exact'],
	['below', 'minus', 'not a number'],
	['below', '3', 'wrong'],
	['decimal', '1.5', 'exact'],
	['decimal', '1.50', 'exact'],
	['decimal', '15', 'wrong'],
	['decimal', '1,5', 'not a number']
];

describe('grading a numeric answer', () => {
	it.each(NUMERIC_CASES)('grades %s typed as %j: %s', (key, input, outcome) => {
		const question = NUMERIC[key];
		const { text, unit } = question.answer;
		const result = grade(question, { form: 'numeric', text: input });
		expect(result.expected).toBe(text);
		const wrongFeedback: Record<string, string> = {
			wrong: `Not quite: the article says ${text}${unit === undefined || text.includes(unit) ? '' : unit === '%' ? '%' : ` ${unit}`}.`,
			'not a number': `Type a number, such as ${text}.`,
			blank: `No answer given; the answer is ${text}.`
		};
		if (outcome === 'other unit') {
			expect(result).toMatchObject({ correct: false, score: 0 });
			const counts = unit === '%' ? 'percent' : unit;
			expect(result.feedback).toMatch(new RegExp(`^The article counts ${counts}, not `));
			return;
		}
		if (outcome in wrongFeedback) {
			expect(result).toMatchObject({ correct: false, score: 0, feedback: wrongFeedback[outcome] });
			expect(result.match).toBeUndefined();
			return;
		}
		expect(result).toMatchObject({ correct: true, score: 1, match: outcome });
		const feedback: Record<string, string> = {
			exact: 'Right.',
			alias: `Accepted: ${input.trim()}; the article writes ${text}.`,
			tolerance: `Accepted: the article says ${text}.`
		};
		expect(result.feedback).toBe(feedback[outcome]);
	});

	it('names the unit when the answer is wrong', () => {
		expect(grade(NUMERIC.toll2020, { form: 'numeric', text: '6,000' }).feedback).toBe(
			'Not quite: the article says nearly 7,000 people.'
		);
		expect(grade(NUMERIC.arms, { form: 'numeric', text: '38' }).feedback).toBe(
			'Not quite: the article says 39%.'
		);
		expect(grade(NUMERIC.distance, { form: 'numeric', text: '60' }).feedback).toBe(
			'Not quite: the article says 600 km.'
		);
		expect(grade(NUMERIC.intervention, { form: 'numeric', text: '2012' }).feedback).toBe(
			'Not quite: the article says 2013.'
		);
	});

	it('accepts a sum that binary floating point rounds, and no more', () => {
		const question = numericQuestion('0.3', 0.3, { tolerance: 0.1 });
		expect(grade(question, { form: 'numeric', text: '0.4' }).match).toBe('tolerance');
		expect(grade(question, { form: 'numeric', text: '0.41' }).correct).toBe(false);
	});
});

// [as typed, the value]
const PARSE_CASES: [string, number | undefined][] = [
	['1,000', 1000],
	['1000', 1000],
	['1 000', 1000],
	['1\u202f000', 1000],
	['1\u2009000', 1000],
	['1\u00a0000', 1000],
	['1,000,000', 1e6],
	['1 000 000', 1e6],
	['7,000.5', 7000.5],
	['0.5', 0.5],
	['.5', 0.5],
	['39%', 39],
	['39 %', 39],
	['39 percent', 39],
	['-3', -3],
	['−3', -3],
	['+3', 3],
	['about 7,000', 7000],
	['nearly 7,000', 7000],
	['roughly 7000', 7000],
	['more than 7,000', 7000],
	['~7000', 7000],
	['7000 people', 7000],
	['5,100 soldiers', 5100],
	['5,100 French soldiers', 5100],
	['6 billion CFA francs', 6e9],
	['four thousand', 4000],
	['thirteen', 13],
	['twenty-two', 22],
	['twenty two', 22],
	['ninety-nine', 99],
	['one hundred', 100],
	['one hundred and five', 105],
	['a hundred', 100],
	['nineteen hundred', 1900],
	['a thousand', 1000],
	['an thousand', 1000],
	['one thousand and one', 1001],
	['two thousand thirteen', 2013],
	['one million', 1e6],
	['a million', 1e6],
	['a billion', 1e9],
	['one trillion', 1e12],
	['six hundred thousand', 600_000],
	['two million three hundred thousand', 2_300_000],
	['6 billion', 6e9],
	['10 million', 1e7],
	['1.2 million', 1_200_000],
	['4 thousand', 4000],
	['$10 million', 1e7],
	['zero', 0],
	['0', 0],
	['in 2013', 2013],
	['2013.', 2013],
	['  42  ', 42],
	['FOUR THOUSAND', 4000],
	['１２', 12],
	['lots', undefined],
	['', undefined],
	['   ', undefined],
	['1,00,0', undefined],
	['1,0000', undefined],
	['10,00', undefined],
	['2O13', undefined],
	['7000people', undefined],
	['1e5', undefined],
	['half', 0.5],
	['a half', 0.5],
	['1/2', 0.5],
	['two thirds', 2 / 3],
	['3 quarters', 0.75],
	['-1/4', -0.25],
	['4k', 4000],
	['$10M', 1e7],
	['10 mln', 1e7],
	['1bn', 1e9],
	['10€', 10],
	['by half', 0.5],
	['half a million', undefined],
	['4k thousand', undefined],
	['4 thirds 2', undefined],
	['1/0', undefined],
	['10mm', undefined],
	['a', undefined],
	['and', undefined],
	['hundred', undefined],
	['thousand', undefined],
	['five six', undefined],
	['two twenty', undefined],
	['one hundred hundred', undefined],
	['three thousand two thousand', undefined],
	['twenty twenty', undefined],
	['twenty twelve', undefined],
	['constructor', undefined],
	['7000 constructor', 7000],
	['toString thousand', undefined],
	['zero zero', undefined],
	['2013 2014', undefined],
	['about', undefined],
	['- 3', undefined],
	['1..5', undefined],
	['9'.repeat(400), undefined]
];

describe('parsing what a learner types as a number', () => {
	it.each(PARSE_CASES)('reads %j as %s', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});

// ---------------------------------------------------------------------------------------------
// Normalizing, distances and the typo budget
// ---------------------------------------------------------------------------------------------

const NORMALIZE_CASES: [string, string][] = [
	['The Wagner Group', 'wagner group'],
	['wagner group', 'wagner group'],
	['  the   Wagner\tgroup ', 'wagner group'],
	['Assimi Goïta', 'assimi goita'],
	['Côte d’Ivoire', 'cote divoire'],
	["Côte d'Ivoire", 'cote divoire'],
	['Côte-d‘Ivoire', 'cote divoire'],
	['ACLED', 'acled'],
	['al-Qaeda', 'al qaeda'],
	['Group to Support Islam and Muslims (JNIM)', 'group to support islam and muslims jnim'],
	['"Barkhane"', 'barkhane'],
	['«Barkhane»', 'barkhane'],
	['a coast', 'coast'],
	['an army', 'army'],
	['Le Monde', 'monde'],
	['La Croix', 'croix'],
	['Les Echos', 'echos'],
	["l'Afrique", 'afrique'],
	['L’Express', 'express'],
	['the', 'the'],
	['The', 'the'],
	['a', 'a'],
	['La La Land', 'la la land'],
	['the the', 'the'],
	['the the Wagner', 'the the wagner'],
	['the l’Afrique', 'lafrique'],
	['theatre', 'theatre'],
	['Anatolyevich', 'anatolyevich'],
	['Mali, Niger and Chad.', 'mali niger and chad'],
	['5,100', '5 100'],
	['39%', '39'],
	['Œuvre', 'oeuvre'],
	['Straße', 'strasse'],
	['Łódź', 'lodz'],
	['ﬁnal', 'final'],
	['Ｗａｇｎｅｒ', 'wagner'],
	['ŞAHEL', 'sahel'],
	['', ''],
	['   ', ''],
	['?!', ''],
	['Yéréwolo', 'yerewolo']
];

describe('normalizing an answer for comparison', () => {
	it.each(NORMALIZE_CASES)('normalizes %j to %j', (text, normalized) => {
		expect(normalize(text)).toBe(normalized);
	});

	it.each([
		['The Wagner Group', 'wagner group', true],
		['Assimi Goïta', 'ASSIMI GOITA', true],
		["Côte d'Ivoire", 'cote divoire', true],
		['the Sahel', 'Sahel', true],
		['Sahel', 'Sahara', false],
		['JNIM', 'JNIN', false]
	])('says whether %j and %j are the same answer (%s)', (a, b, same) => {
		expect(sameAnswer(a, b)).toBe(same);
	});

	it.each([
		['The Wagner group deployed 1,000 men', 'wagner', true],
		['The Wagner group deployed 1,000 men', 'the Wagner Group', true],
		['The Wagner group deployed 1,000 men', 'the', true],
		['The Wagner group deployed 1,000 men', '1,000', true],
		['The Wagner group deployed 1,000 men', '1,00', false],
		['The Wagner group deployed 1,000 men', 'wag', false],
		['Colonel Assimi Goïta', 'goita', true],
		['Colonel Assimi Goïta', 'Goïta.', true],
		['Mali and Niger', 'Nigeria', false],
		['Mali and Niger', '', false],
		['Mali and Niger', '!!', false]
	])('says whether %j contains %j as whole words (%s)', (haystack, needle, found) => {
		expect(contains(haystack, needle)).toBe(found);
	});
});

describe('measuring how far apart two answers are', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['Rosoboronexprot', 'Rosoboronexport', 1],
		['JNIM', 'JINM', 1],
		['JNIM', 'JIMN', 2],
		['Asmi Gueta', 'Asmi Guetta', 1],
		['Goïta', 'goita', 0],
		['The Wagner Group', 'wagner group', 0],
		['Tabuka', 'Takuba', 2],
		['ab', 'ba', 1],
		['abcd', 'badc', 2],
		['ca', 'abc', 2],
		['flaw', 'lawn', 2],
		['Sahel', 'Sahara', 3],
		['Yerewulu', 'Yerewolo', 2],
		['Igor Gromero', 'Igor Gromyko', 2]
	])('counts %j to %j as %i edits', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('the typo budget', () => {
	it.each([
		['', 0],
		['Mali', 0],
		['JNIM', 0],
		['the Mali', 0],
		['Sahel', 1],
		['Bamako', 1],
		['Yerewulu', 1],
		['Barkhane', 1],
		['Bamako Mali', 2],
		['Asmi Guetta', 2],
		['Rosoboronexport', 2],
		['Igor Gromyko', 2],
		['Rosoboronexports', 3],
		['Igor Anatolyevich Gromero', 3],
		['Armed Conflict Location and Event Data Project', 3],
		['2013', 0],
		['1,000', 0],
		['Operation 2013', 0],
		['G5 Sahel countries', 0],
		['fivefold', 1],
		['nearly seven thousand', 3]
	])('allows %j %i edits', (answer, allowance) => {
		expect(typoAllowance(answer)).toBe(allowance);
	});
});

// ---------------------------------------------------------------------------------------------
// Choice, true-false, order and match
// ---------------------------------------------------------------------------------------------

const CHOICE: ChoiceQuestion = {
	...questionBase('choice-leader'),
	form: 'choice',
	options: ['Sadio Camara', 'Asmi Guetta', 'Ibrahim Boubacar Keita', 'Emmanuel Macron'],
	answer: 1
};

describe('grading a choice', () => {
	it.each([
		[1, true],
		[0, false],
		[2, false],
		[3, false],
		[-1, false],
		[4, false],
		[1.5, false],
		[Number.NaN, false],
		[Number.POSITIVE_INFINITY, false]
	])('grades option %s as %s', (option, correct) => {
		const result = grade(CHOICE, { form: 'choice', option });
		expect(result).toMatchObject({
			correct,
			score: correct ? 1 : 0,
			expected: 'Asmi Guetta',
			feedback: correct ? 'Right.' : 'Not quite: the answer is Asmi Guetta.'
		});
	});

	it('does not double the full stop of an option that ends a sentence', () => {
		const question: ChoiceQuestion = {
			...CHOICE,
			options: ['"It\'s the end of French Africa."', 'Welcome to Bamako!'],
			answer: 0
		};
		expect(grade(question, { form: 'choice', option: 1 }).feedback).toBe(
			'Not quite: the answer is "It\'s the end of French Africa."'
		);
		const flipped = { ...question, answer: 1 };
		expect(grade(flipped, { form: 'choice', option: 0 }).feedback).toBe(
			'Not quite: the answer is Welcome to Bamako!'
		);
	});
});

const TRUE_STATEMENT: TrueFalseQuestion = {
	...questionBase('tf-true'),
	form: 'true-false',
	statement: 'France sent its forces into northern Mali in 2013.',
	answer: true
};
const SWAPPED_STATEMENT: TrueFalseQuestion = {
	...questionBase('tf-swap'),
	form: 'true-false',
	statement: 'France sent its forces into northern Mali in 2012.',
	answer: false,
	swap: { from: '2013', to: '2012' }
};
const FALSE_STATEMENT: TrueFalseQuestion = {
	...questionBase('tf-false'),
	form: 'true-false',
	statement: 'Wagner fought in Ukraine.',
	answer: false
};

describe('grading a true-false answer', () => {
	it.each([
		[TRUE_STATEMENT, true, true, 'True', 'Right.'],
		[TRUE_STATEMENT, false, false, 'True', 'It is true: the article says so.'],
		[SWAPPED_STATEMENT, false, true, 'False', 'Right: the article says 2013, not 2012.'],
		[SWAPPED_STATEMENT, true, false, 'False', 'False: the article says 2013, not 2012.'],
		[FALSE_STATEMENT, false, true, 'False', 'Right.'],
		[FALSE_STATEMENT, true, false, 'False', 'False: the article does not say so.']
	])('grades %#: answering %s', (question, value, correct, expected, feedback) => {
		expect(grade(question, { form: 'true-false', value })).toEqual({
			correct,
			score: correct ? 1 : 0,
			expected,
			feedback,
			...(correct ? { match: 'exact' } : {})
		});
	});
});

const ORDER: OrderQuestion = {
	...questionBase('order-events'),
	form: 'order',
	facts: ['colonial', 'independence', 'intervention', 'barkhane'],
	items: [
		{ fact: 'barkhane', label: 'Operation Barkhane', when: '2014', date: '2014' },
		{ fact: 'colonial', label: 'French armies enter Mali', when: '1904', date: '1904' },
		{ fact: 'intervention', label: 'France intervenes', when: '2013', date: '2013' },
		{ fact: 'independence', label: 'Independence', when: '1960', date: '1960' }
	],
	answer: ['colonial', 'independence', 'intervention', 'barkhane']
};
// The answer shows each event's date as the article gives it, so the reveal teaches the timeline.
const ORDER_EXPECTED =
	'French armies enter Mali (1904) → Independence (1960) → France intervenes (2013) → Operation Barkhane (2014)';

describe('grading an order', () => {
	const [a, b, c, d] = ORDER.answer;
	it.each([
		['the right order', [a, b, c, d], 1, 4, 4],
		['the first two swapped', [b, a, c, d], 5 / 6, 2, 4],
		['the middle two swapped', [a, c, b, d], 5 / 6, 2, 4],
		['the last two swapped', [a, b, d, c], 5 / 6, 2, 4],
		['the first and last swapped', [d, b, c, a], 1 / 6, 2, 4],
		['the order reversed', [d, c, b, a], 0, 0, 4],
		['everything moved one place on', [b, c, d, a], 3 / 6, 0, 4],
		['the last item missing', [a, b, c], 3 / 6, 3, 4],
		['nothing', [], 0, 0, 4],
		['an unknown id added at the end', [a, b, c, d, 'x'], 6 / 10, 4, 5],
		['an unknown id in place of one', [a, b, 'x', d], 3 / 10, 3, 4],
		['an item given twice', [a, a, b, c, d], 3 / 6, 1, 5],
		['only unknown ids', ['w', 'x', 'y', 'z'], 0, 0, 4]
	])('scores %s', (_name, order, score, placed, places) => {
		const result = grade(ORDER, { form: 'order', order });
		expect(result.score).toBeCloseTo(score, 12);
		expect(result.correct).toBe(score === 1);
		expect(result.expected).toBe(ORDER_EXPECTED);
		expect(result.feedback).toBe(
			score === 1
				? 'Right.'
				: `${placed} of ${places} in the right place; the right order is ${ORDER_EXPECTED}.`
		);
	});

	it('scores a two-item order as right or wrong', () => {
		const two: OrderQuestion = { ...ORDER, answer: ['colonial', 'barkhane'] };
		expect(grade(two, { form: 'order', order: ['barkhane', 'colonial'] }).score).toBe(0);
		expect(grade(two, { form: 'order', order: ['colonial', 'barkhane'] }).score).toBe(1);
	});

	it('gives a one-item order no credit when the item is given twice', () => {
		const one: OrderQuestion = { ...ORDER, answer: ['colonial'] };
		const result = grade(one, { form: 'order', order: ['colonial', 'colonial'] });
		expect(result).toMatchObject({ correct: false, score: 0 });
	});

	it('scores any permutation as the share of pairs not inverted', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(ORDER.answer, { minLength: 4, maxLength: 4 }), (order) => {
				let inversions = 0;
				const rank = (fact: string) => ORDER.answer.indexOf(fact);
				for (let i = 0; i < order.length; i++) {
					for (let j = i + 1; j < order.length; j++) {
						if (rank(order[i]) > rank(order[j])) inversions++;
					}
				}
				const result = grade(ORDER, { form: 'order', order });
				expect(result.score).toBeCloseTo(1 - inversions / 6, 12);
				expect(result.correct).toBe(inversions === 0);
			})
		);
	});
});

const MATCH: MatchQuestion = {
	...questionBase('match-people'),
	form: 'match',
	set: 'people',
	left: ['Asmi Guetta', 'Sadio Camara', 'Igor Anatolyevich Gromero', 'Emmanuel Macron'],
	right: ['Russian ambassador', 'junta leader', 'French president', 'defence minister'],
	answer: [1, 3, 0, 2]
};
const MATCH_EXPECTED =
	'Asmi Guetta → junta leader; Sadio Camara → defence minister; ' +
	'Igor Anatolyevich Gromero → Russian ambassador; Emmanuel Macron → French president';

describe('grading a match', () => {
	it.each([
		['every pair right', [1, 3, 0, 2], 4],
		['one pair wrong', [1, 3, 0, 1], 3],
		['two pairs swapped', [3, 1, 0, 2], 2],
		['the same right item chosen for all', [1, 1, 1, 1], 1],
		['nothing chosen', [null, null, null, null], 0],
		['some left unchosen', [1, null, 0, null], 2],
		['too few choices', [1, 3], 2],
		['no choices', [], 0],
		['indices out of range', [4, -1, 9, 2], 1],
		['fractional indices', [1.5, 3, 0, 2], 3]
	])('scores %s', (_name, pairs, right) => {
		const result = grade(MATCH, { form: 'match', pairs });
		expect(result).toMatchObject({
			correct: right === 4,
			score: right / 4,
			expected: MATCH_EXPECTED,
			feedback: right === 4 ? 'Right.' : `${right} of 4 pairs right.`
		});
	});
});

// ---------------------------------------------------------------------------------------------
// Any question, any response
// ---------------------------------------------------------------------------------------------

const EVERY_FORM: Question[] = [
	CHOICE,
	SWAPPED_STATEMENT,
	TYPED.goita,
	NUMERIC.toll2020,
	ORDER,
	MATCH
];
const RESPONSE_OF_EACH_FORM: Response[] = [
	{ form: 'choice', option: 1 },
	{ form: 'true-false', value: false },
	{ form: 'typed', text: 'Asmi Guetta' },
	{ form: 'numeric', text: '7,000' },
	{ form: 'order', order: ORDER.answer },
	{ form: 'match', pairs: MATCH.answer }
];
const EXPECTED_OF_EACH_FORM = [
	'Asmi Guetta',
	'False',
	'Asmi Guetta',
	'nearly 7,000',
	ORDER_EXPECTED,
	MATCH_EXPECTED
];

describe('a response of another form', () => {
	const mismatches = EVERY_FORM.flatMap((question, q) =>
		RESPONSE_OF_EACH_FORM.filter((response) => response.form !== question.form).map(
			(response) => [question.form, response.form, question, response, q] as const
		)
	);

	it.each(mismatches)('grades a %s question given a %s response as wrong', (...row) => {
		const [, , question, response, q] = row;
		expect(grade(question, response)).toEqual({
			correct: false,
			score: 0,
			expected: EXPECTED_OF_EACH_FORM[q],
			feedback: 'That answer does not fit this question.'
		});
	});

	it.each(EVERY_FORM.map((question, q) => [question.form, question, q] as const))(
		'grades the right %s response as right',
		(_form, question, q) => {
			expect(grade(question, RESPONSE_OF_EACH_FORM[q])).toMatchObject({
				correct: true,
				score: 1,
				expected: EXPECTED_OF_EACH_FORM[q]
			});
		}
	);

	it.each([
		['a typed response with no text', { form: 'typed' }],
		['a numeric response with a number for text', { form: 'numeric', text: 7000 }],
		['an order response that is not a list', { form: 'order', order: 'colonial' }],
		['a match response that is not a list', { form: 'match', pairs: { 0: 1 } }],
		['a match response of strings', { form: 'match', pairs: ['1', '3', '0', '2'] }],
		['a choice response with a string option', { form: 'choice', option: '1' }],
		['a true-false response with a string value', { form: 'true-false', value: 'false' }],
		['no response at all', null]
	])('grades %s as wrong without throwing', (_name, response) => {
		for (const question of EVERY_FORM) {
			const result = grade(question, response as unknown as Response);
			expect(result).toMatchObject({ correct: false, score: 0 });
		}
	});
});

// ---------------------------------------------------------------------------------------------
// The article's own facts
// ---------------------------------------------------------------------------------------------

const FACTS: Fact[] = loadCorpus(readContentFiles('questions')).articles.flatMap(
	(content) => content.facts
);

/** The question a fact's answer makes when typed: numeric when it has a value, else text. */
function questionOf(fact: Fact): TypedQuestion | NumericQuestion {
	const { text, aliases, value, tolerance, unit } = fact.answer;
	if (value === undefined) return typedQuestion(text, aliases);
	return numericQuestion(text, value, { tolerance, unit, aliases });
}

function responseTo(question: TypedQuestion | NumericQuestion, text: string): Response {
	return question.form === 'typed' ? { form: 'typed', text } : { form: 'numeric', text };
}

describe('the facts of the articles in questions/', () => {
	it('has facts to grade', () => {
		expect(FACTS.length).toBeGreaterThan(100);
	});

	it.each(FACTS.map((fact) => [fact.id, fact] as const))(
		'accepts every writing of %s and rejects each of its distractors',
		(_id, fact) => {
			const question = questionOf(fact);
			for (const text of [fact.answer.text, ...fact.answer.aliases]) {
				expect(grade(question, responseTo(question, text)), text).toMatchObject({
					correct: true,
					score: 1
				});
			}
			for (const text of fact.answer.distractors) {
				expect(grade(question, responseTo(question, text)).correct, text).toBe(false);
			}
		}
	);
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

// Pieces that exercise every branch of the normalizer when strung together.
const TRICKY = fc
	.array(
		fc.constantFrom(
			'the',
			'The',
			'a',
			'an',
			'le',
			'La',
			'les',
			"l'",
			'L’',
			"'",
			'"',
			' ',
			'  ',
			'-',
			'.',
			'É',
			'é',
			'e\u0301',
			'\u0301',
			'ß',
			'İ',
			'ᴬ',
			'ﬁ',
			'Ｗ',
			'x',
			'Wagner',
			'1,000',
			'Œ'
		),
		{ maxLength: 12 }
	)
	.map((pieces) => pieces.join(''));
const ANY_TEXT = fc.oneof(
	TRICKY,
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 30 })
);
const SMALL_ALPHABET = fc.string({
	unit: fc.constantFrom('a', 'b', 'c', 'A', 'á', ' ', '-', "'"),
	maxLength: 7
});

// One edit a learner's fingers make: insert, delete, replace or swap with the next letter.
const EDIT = fc.tuple(
	fc.constantFrom('insert', 'delete', 'replace', 'swap'),
	fc.nat(),
	fc.constantFrom('a', 'b', 'c')
);

function applyEdits(text: string, edits: [string, number, string][]): string {
	let letters = Array.from(text);
	for (const [kind, position, letter] of edits) {
		const at = position % (letters.length + 1);
		if (kind === 'insert') letters.splice(at, 0, letter);
		else if (kind === 'delete') letters.splice(at, 1);
		else if (kind === 'replace') letters.splice(at, 1, letter);
		else if (at + 1 < letters.length) {
			letters = [...letters.slice(0, at), letters[at + 1], letters[at], ...letters.slice(at + 2)];
		}
	}
	return letters.join('');
}

// Three strings a few edits apart, where restricted edit distances break the triangle ("ca", "ac", "abc").
const NEAR_TRIPLE = fc
	.tuple(
		fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 4 }),
		fc.array(EDIT, { maxLength: 2 }),
		fc.array(EDIT, { maxLength: 2 })
	)
	.map(([a, toB, toC]) => {
		const b = applyEdits(a, toB);
		return [a, b, applyEdits(b, toC)] as const;
	});

const COMBINING_ACCENTS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u0327'];

// Every spelling the typed questions accept, with the match it is accepted as.
const ACCEPTED_SPELLINGS = Object.values(TYPED).flatMap((question) =>
	[question.answer.text, ...question.answer.aliases].map((spelling) => ({
		question,
		spelling,
		match: grade(question, { form: 'typed', text: spelling }).match
	}))
);

describe('properties of the normalizer and the distance', () => {
	it('normalizes idempotently', () => {
		fc.assert(
			fc.property(ANY_TEXT, (text) => {
				const once = normalize(text);
				expect(normalize(once)).toBe(once);
			}),
			{ numRuns: 2000 }
		);
	});

	it('normalizes to lower-case letters, digits and single inner spaces only', () => {
		fc.assert(
			fc.property(ANY_TEXT, (text) => {
				const normalized = normalize(text);
				expect(normalized).toBe(normalized.trim());
				expect(normalized).not.toMatch(/ {2}|['"’\-.,]|\p{M}/u);
				expect(normalized).toBe(normalized.toLowerCase());
			})
		);
	});

	it('counts edits the same both ways', () => {
		fc.assert(
			fc.property(ANY_TEXT, ANY_TEXT, (a, b) => {
				expect(editDistance(a, b)).toBe(editDistance(b, a));
			})
		);
	});

	it('counts zero edits exactly when two answers normalize equal', () => {
		fc.assert(
			fc.property(fc.oneof(SMALL_ALPHABET, TRICKY), fc.oneof(SMALL_ALPHABET, TRICKY), (a, b) => {
				expect(editDistance(a, b) === 0).toBe(normalize(a) === normalize(b));
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps the triangle inequality, even through a transposition and an insertion', () => {
		fc.assert(
			fc.property(NEAR_TRIPLE, ([a, b, c]) => {
				expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
			}),
			{ numRuns: 20000 }
		);
	});

	it('never counts more edits than the longer normalized answer has letters', () => {
		fc.assert(
			fc.property(ANY_TEXT, ANY_TEXT, (a, b) => {
				const longest = Math.max(Array.from(normalize(a)).length, Array.from(normalize(b)).length);
				expect(editDistance(a, b)).toBeLessThanOrEqual(longest);
			})
		);
	});
});

describe('properties of typed answers', () => {
	it('accepts a correct typed answer typed with different case', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ACCEPTED_SPELLINGS),
				fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
				({ question, spelling, match }, upper) => {
					const text = Array.from(spelling)
						.map((letter, i) => (upper[i] ? letter.toUpperCase() : letter.toLowerCase()))
						.join('');
					expect(grade(question, { form: 'typed', text })).toMatchObject({ correct: true, match });
				}
			)
		);
	});

	it('accepts a correct typed answer typed with its accents stripped', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ACCEPTED_SPELLINGS), ({ question, spelling, match }) => {
				const text = spelling.normalize('NFD').replace(/\p{M}/gu, '');
				expect(grade(question, { form: 'typed', text })).toMatchObject({ correct: true, match });
			})
		);
	});

	it('accepts a correct typed answer typed with accents added to plain letters', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ACCEPTED_SPELLINGS),
				fc.array(fc.option(fc.constantFrom(...COMBINING_ACCENTS)), {
					minLength: 60,
					maxLength: 60
				}),
				fc.boolean(),
				({ question, spelling, match }, accents, composed) => {
					const accented = Array.from(spelling)
						.map((letter, i) => (/[a-z]/i.test(letter) ? letter + (accents[i] ?? '') : letter))
						.join('');
					// Composed or not, "é" is the same letter to the grader.
					const text = composed ? accented.normalize('NFC') : accented;
					expect(grade(question, { form: 'typed', text })).toMatchObject({ correct: true, match });
				}
			)
		);
	});

	it('grades any string typed for any typed question without throwing, score 0 or 1', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.values(TYPED)), ANY_TEXT, (question, text) => {
				const result = grade(question, { form: 'typed', text });
				expect(result.score).toBe(result.correct ? 1 : 0);
				expect(result.expected).toBe(question.answer.text);
				expect(result.feedback).toMatch(/[.)]$/);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never accepts a changed digit in a typed answer that holds a number', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 9 }), (at, shift) => {
				const year = '2013'.split('');
				year[at] = String((Number(year[at]) + shift) % 10);
				const text = `the ${year.join('')} intervention`;
				expect(grade(TYPED.intervention, { form: 'typed', text }).correct).toBe(false);
			})
		);
	});
});

/** English words for a positive whole number below a trillion, written independently of the parser. */
function inWords(value: number, withAnd: boolean): string {
	const small = [
		'',
		'one',
		'two',
		'three',
		'four',
		'five',
		'six',
		'seven',
		'eight',
		'nine',
		'ten',
		'eleven',
		'twelve',
		'thirteen',
		'fourteen',
		'fifteen',
		'sixteen',
		'seventeen',
		'eighteen',
		'nineteen'
	];
	const tens = [
		'',
		'',
		'twenty',
		'thirty',
		'forty',
		'fifty',
		'sixty',
		'seventy',
		'eighty',
		'ninety'
	];
	const group = (n: number): string[] => {
		const words: string[] = [];
		if (n >= 100) words.push(small[Math.floor(n / 100)], 'hundred');
		const rest = n % 100;
		if (rest > 0 && n >= 100 && withAnd) words.push('and');
		if (rest >= 20)
			words.push(tens[Math.floor(rest / 10)] + (rest % 10 ? `-${small[rest % 10]}` : ''));
		else if (rest > 0) words.push(small[rest]);
		return words;
	};
	const words: string[] = [];
	for (const [size, name] of [
		[1e9, 'billion'],
		[1e6, 'million'],
		[1e3, 'thousand'],
		[1, '']
	] as const) {
		const count = Math.floor(value / size) % 1000;
		if (count > 0) words.push(...group(count), ...(name ? [name] : []));
	}
	return words.join(' ');
}

describe('properties of numbers', () => {
	it('reads back any whole number written with en-US thousands separators', () => {
		fc.assert(
			fc.property(fc.maxSafeInteger(), (value) => {
				expect(parseNumber(value.toLocaleString('en-US'))).toBe(value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('reads back any whole number written in plain digits', () => {
		fc.assert(
			fc.property(fc.maxSafeInteger(), (value) => {
				expect(parseNumber(String(value))).toBe(value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('reads back any whole number below a trillion written in English words', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.boolean(), (value, withAnd) => {
				expect(parseNumber(inWords(value, withAnd))).toBe(value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('rejects any single-digit change of a year, whatever the tolerance', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 2999 }),
				fc.integer({ min: 0, max: 3 }),
				fc.integer({ min: 1, max: 9 }),
				fc.integer({ min: 0, max: 10 }),
				(year, at, shift, tolerance) => {
					const question = numericQuestion(String(year), year, { year: true, tolerance });
					const digits = String(year).split('');
					digits[at] = String((Number(digits[at]) + shift) % 10);
					const text = digits.join('');
					expect(grade(question, { form: 'numeric', text }).correct).toBe(false);
					expect(grade(question, { form: 'numeric', text: String(year) }).correct).toBe(true);
				}
			)
		);
	});

	it('rejects any single-digit change of an exact quantity', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9_999_999 }),
				fc.nat(),
				fc.integer({ min: 1, max: 9 }),
				(value, position, shift) => {
					const written = value.toLocaleString('en-US');
					const question = numericQuestion(written, value);
					const digitAt = [...written.matchAll(/\d/g)].map((m) => m.index);
					const at = digitAt[position % digitAt.length];
					const text =
						written.slice(0, at) +
						String((Number(written[at]) + shift) % 10) +
						written.slice(at + 1);
					expect(grade(question, { form: 'numeric', text }).correct).toBe(false);
				}
			)
		);
	});

	it('grades any string typed for a number without throwing, score 0 or 1', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.values(NUMERIC)), ANY_TEXT, (question, text) => {
				const result = grade(question, { form: 'numeric', text });
				expect(result.score).toBe(result.correct ? 1 : 0);
				expect(result.expected).toBe(question.answer.text);
			}),
			{ numRuns: 2000 }
		);
	});
});

const ANY_RESPONSE: fc.Arbitrary<Response> = fc.oneof(
	fc.record({
		form: fc.constant('choice' as const),
		option: fc.oneof(fc.integer({ min: -3, max: 6 }), fc.double())
	}),
	fc.record({ form: fc.constant('true-false' as const), value: fc.boolean() }),
	fc.record({ form: fc.constant('typed' as const), text: ANY_TEXT }),
	fc.record({ form: fc.constant('numeric' as const), text: ANY_TEXT }),
	fc.record({
		form: fc.constant('order' as const),
		order: fc.array(fc.oneof(fc.constantFrom(...ORDER.answer), fc.string()), { maxLength: 7 })
	}),
	fc.record({
		form: fc.constant('match' as const),
		pairs: fc.array(fc.option(fc.integer({ min: -1, max: 5 })), { maxLength: 6 })
	})
);

describe('properties of grading any response', () => {
	it('grades any response to any question without throwing, within 0 to 1', () => {
		fc.assert(
			fc.property(fc.constantFrom(...EVERY_FORM), ANY_RESPONSE, (question, response) => {
				let result: Verdict | undefined;
				expect(() => (result = grade(question, response))).not.toThrow();
				if (result === undefined) return;
				expect(result.score).toBeGreaterThanOrEqual(0);
				expect(result.score).toBeLessThanOrEqual(1);
				expect(result.correct).toBe(result.score === 1);
				if (response.form !== question.form) {
					expect(result).toMatchObject({
						correct: false,
						score: 0,
						feedback: 'That answer does not fit this question.'
					});
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
