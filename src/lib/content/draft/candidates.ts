import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { FactKind } from '../kinds.ts';

/** A candidate fact found in one paragraph: what the answer is and where it stands. */
export interface Candidate {
	kind: FactKind;
	/** The answer as the paragraph words it. */
	text: string;
	/** Where the span that grounds it starts and ends in the paragraph (the answer, or more). */
	start: number;
	end: number;
	value?: number;
	unit?: string;
	date?: string;
	note?: string;
	/** An acronym and its expansion, for matching questions. */
	pair?: { left: string; right: string };
}

/** What carries over from one paragraph to the next: the year last named, the article's date. */
export interface DraftContext {
	year?: number;
	articleYear?: number;
}

type Span = { start: number; end: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// Relative dates ("last May", "today") need a reader's judgement: they are left to the author.
const RELATIVE = /\b(last|next|this|ago|today|tomorrow|yesterday|tonight|now|week|weekend)\b/i;
// A date the text names: a month's name or digits such as 3/4 (not "one day later").
const NAMED_DATE =
	/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s|$|,)|\d{1,4}[/.-]\d{1,2}/i;
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|until|till|from|of|the|during|before|after)\s+)+/i;
const YEAR_BEFORE =
	/\b(?:in|since|until|till|by|from|to|before|after|between|and|during|around|circa|c\.|early|late|mid|of|year|spring|summer|autumn|fall|winter)\s*$/i;
const CURRENCIES: Record<string, string> = {
	$: 'dollars',
	'£': 'pounds',
	'€': 'euros',
	'¥': 'yen'
};
// Numbers in words worth a question; "one" and "a few" rarely are.
const NUMBER_TEXT = /^[$£€¥]?\d[\d,.]*(\s(hundred|thousand|million|billion|trillion))?%?$/;
const NUMBER_WORDS =
	/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
// Capitalized only because they open a sentence: not part of a name.
const SENTENCE_OPENERS = new Set(
	'although though however when while whereas as after before since if because unless until with without for from at by on in into the a an this that these those but and or so yet then thus also indeed moreover meanwhile despite during under over between among'.split(
		' '
	)
);

/** Dates (chrono-node) with the precision the text gives, then bare years after a preposition. */
export function findDates(text: string, context: DraftContext): Candidate[] {
	const found: Candidate[] = [];
	for (const result of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
		const { start } = result;
		const before = text.slice(Math.max(0, result.index - 12), result.index);
		if (result.end || !start.isCertain('month') || RELATIVE.test(result.text)) continue;
		if (/\b(last|next|this|coming|past)\s+$/i.test(before) || !NAMED_DATE.test(result.text))
			continue;
		const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
		const answer = result.text.slice(lead).replace(/[\s,]+$/, '');
		const at = result.index + lead;
		let year = start.isCertain('year') ? start.get('year')! : undefined;
		let note: string | undefined;
		if (year === undefined) {
			year = context.year ?? context.articleYear;
			if (year === undefined) continue;
			note =
				context.year !== undefined
					? `The year ${year} is inferred from the year the text names before this date.`
					: `The year ${year} is inferred from the article's date.`;
		}
		const month = String(start.get('month')).padStart(2, '0');
		const day = start.isCertain('day') ? `-${String(start.get('day')).padStart(2, '0')}` : '';
		found.push({
			kind: 'date',
			text: answer,
			start: at,
			end: at + answer.length,
			date: `${String(year).padStart(4, '0')}-${month}${day}`,
			...(note ? { note } : {})
		});
		if (start.isCertain('year')) context.year = year;
	}
	for (const match of text.matchAll(
		/(?<![\d.,$£€-])\b(1\d{3}|20\d{2})\b(?![\d%]|[.,]\d|s\b|'s)/g
	)) {
		const span = { start: match.index, end: match.index + 4 };
		if (found.some((date) => overlaps(date, span))) continue;
		if (!YEAR_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) continue;
		found.push({ kind: 'date', text: match[1], ...span, date: match[1] });
		context.year = Number(match[1]);
	}
	return found.sort((a, b) => a.start - b.start);
}

/** A word as compromise tags it, with where it starts in the paragraph. */
export interface Term {
	text: string;
	tags: string[];
	offset: { start: number; length: number };
}

/** Numbers with the noun they count (or %, or a currency) as their unit; years and dates aside. */
export function findNumbers(
	doc: ReturnType<typeof nlp>,
	text: string,
	terms: readonly Term[],
	taken: readonly Span[]
): Candidate[] {
	const found: Candidate[] = [];
	const numbers = doc.numbers().json({ offset: true }) as {
		text: string;
		offset: { start: number; length: number };
		number: { num: number; prefix: string; suffix: string; unit: string };
	}[];
	for (const { offset, number } of numbers) {
		const raw = text.slice(offset.start, offset.start + offset.length);
		const answer = raw.replace(/[\s.,;:!?)\]"”’]+$/, '');
		const span = { start: offset.start, end: offset.start + answer.length };
		if (!Number.isFinite(number.num) || answer === '' || taken.some((t) => overlaps(t, span)))
			continue;
		if (!NUMBER_TEXT.test(answer) && !NUMBER_WORDS.test(answer)) continue;
		// Years and versions (Firefox 3.6, release 4.0) are not quantities.
		if (/^(1\d|20)\d\d$/.test(answer)) continue;
		const previous = /(\S+)\s+$/.exec(text.slice(0, span.start))?.[1] ?? '';
		if (/\./.test(answer) && /^(\p{Lu}|[Vv]ersion|[Rr]elease)/u.test(previous)) continue;
		const currency = CURRENCIES[answer[0]];
		let unit: string | undefined =
			currency ?? (answer.endsWith('%') ? 'percent' : number.unit || undefined);
		if (!unit) {
			// The counted noun: the first common noun after the number, past adjectives (5,100 French soldiers).
			for (const term of terms.filter((t) => t.offset.start >= span.end).slice(0, 3)) {
				const common = ['ProperNoun', 'Pronoun', 'Possessive', 'Determiner'];
				if (term.tags.includes('Noun') && !common.some((tag) => term.tags.includes(tag))) {
					const word = term.text.replace(/[^\p{L}\p{N}-]+$/u, '').toLowerCase();
					unit = word.length > 1 ? word : undefined;
					break;
				}
				if (!['Adjective', 'Demonym', 'ProperNoun'].some((tag) => term.tags.includes(tag))) break;
			}
		}
		if (!unit) continue;
		found.push({ kind: 'number', text: answer, ...span, value: number.num, unit });
	}
	return found;
}

const CONNECTORS = new Set([
	'of',
	'for',
	'and',
	'the',
	'to',
	'in',
	'on',
	'de',
	'du',
	'des',
	'la',
	'le',
	'al',
	'el',
	'&'
]);
const GROUP_WORDS =
	/\b(Group|Front|Movement|Brigades?|Army|Militia|Party|Alliance|Coalition|Rebels?|State|Forces?|Task Force)\b/;
const ORGANIZATION_WORDS =
	/\b(Organi[sz]ation|Agency|Administration|Association|Nations|Union|Institute|Center|Centre|Company|Corporation|Inc|Bank|Fund|Commission|Committee|Authority|Ministry|Department|Office|Bureau|Foundation|University|Council|Society|Board|Court|Network|Project|Service|Services|Programme|Program)\b/;

/** The kind an expansion names: a group, an organization, or a term. */
export function kindOfName(name: string): FactKind {
	if (GROUP_WORDS.test(name)) return 'group';
	if (ORGANIZATION_WORDS.test(name)) return 'organization';
	return 'term';
}

/** "the World Health Organization (WHO)", "NATO (North Atlantic ...)". */
export function findAcronyms(text: string): Candidate[] {
	const found: Candidate[] = [];
	for (const match of text.matchAll(/\(([A-Z][A-Za-z0-9&.-]{0,10}[A-Z0-9])\)/g)) {
		const acronym = match[1];
		if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
		const words = [...text.slice(0, match.index).matchAll(/[^\s()]+/g)];
		let first = words.length;
		while (first > 0 && words.length - first < 10) {
			const word = words[first - 1][0].replace(/[,;:]$/, '');
			if (word !== words[first - 1][0] && first < words.length) break;
			if (!/^\p{Lu}/u.test(word) && !CONNECTORS.has(word.toLowerCase())) break;
			first--;
		}
		while (
			first < words.length &&
			(CONNECTORS.has(words[first][0].toLowerCase()) ||
				SENTENCE_OPENERS.has(words[first][0].toLowerCase()))
		)
			first++;
		let expansion = words.slice(first);
		if (expansion.length === 0) {
			// A lower-case expansion counts when its initials spell the acronym: virtual reality (VR).
			const letters = acronym.replace(/[^A-Za-z]/g, '').length;
			const tail = words.slice(-letters);
			const initials = tail.map((w) => w[0][0]).join('');
			if (
				tail.length !== letters ||
				initials.toLowerCase() !== acronym.replace(/[^A-Za-z]/g, '').toLowerCase()
			)
				continue;
			expansion = tail;
		}
		const start = expansion[0].index;
		const last = expansion[expansion.length - 1];
		const name = text.slice(start, last.index + last[0].length).replace(/[,;:]+$/, '');
		if (name.replace(/[^\p{L}]/gu, '').length < 3) continue;
		// A short name must start like its acronym; a long one may be a translation (JNIM).
		if (expansion.length < 3 && name[0].toUpperCase() !== acronym[0]) continue;
		found.push({
			kind: kindOfName(name),
			text: name,
			start,
			end: match.index + match[0].length,
			pair: { left: acronym, right: name }
		});
	}
	for (const match of text.matchAll(/\b([A-Z]{2,8})\s+\(([^()]{4,80})\)/g)) {
		const [, acronym, inner] = match;
		const initials = inner
			.split(/[\s-]+/)
			.filter((w) => /^\p{Lu}/u.test(w))
			.map((w) => w[0])
			.join('');
		if (initials !== acronym) continue;
		const start = match.index + match[0].indexOf(inner);
		found.push({
			kind: kindOfName(inner),
			text: inner,
			start: match.index,
			end: start + inner.length + 1,
			pair: { left: acronym, right: inner }
		});
	}
	return found;
}

const PRONOUN_START =
	/^(it|this|that|these|those|they|he|she|we|you|i|there|here|what|which|who|such|one|each|all|some|many|most)\b/i;

/** Defined terms: "X is a ...", "X refers to ...", "called X", "known as X", "codenamed X". */
export function findTerms(text: string, sentences: readonly Span[]): Candidate[] {
	const found: Candidate[] = [];
	for (const sentence of sentences) {
		const body = text.slice(sentence.start, sentence.end);
		const defined =
			/^(?:The\s+)?((?:[\p{L}\p{N}][\p{L}\p{N}.'’+-]*\s+){0,3}?[\p{L}\p{N}][\p{L}\p{N}.'’+-]*)\s+(?:\([^)]*\)\s+)?(?:is|are|refers to|means)\s+(?:a|an|the)\b/u.exec(
				body
			);
		if (defined && !PRONOUN_START.test(defined[1])) {
			const start = sentence.start + defined.index + defined[0].indexOf(defined[1]);
			found.push({ kind: 'term', text: defined[1], start, end: start + defined[1].length });
		}
	}
	for (const match of text.matchAll(
		/\b(?:known as|called|named|codenamed|dubbed|termed|referred to as|so-called)\s+(?:the\s+)?["“]?((?:\p{Lu}[\p{L}\p{N}.'’+-]*)(?:\s+\p{Lu}[\p{L}\p{N}.'’+-]*){0,4})/gu
	)) {
		const name = match[1].replace(/[.'’]+$/, '');
		const start = match.index + match[0].lastIndexOf(match[1]);
		found.push({ kind: 'term', text: name, start, end: start + name.length });
	}
	return found;
}

/** People, places and organizations as compromise tags them, names cleaned of titles and 's. */
export function findNames(doc: ReturnType<typeof nlp>, text: string): Candidate[] {
	const found: Candidate[] = [];
	const add = (view: { json(options: object): unknown }, kindOf: (name: string) => FactKind) => {
		for (const { offset } of view.json({ offset: true }) as {
			offset: { start: number; length: number };
		}[]) {
			const raw = text.slice(offset.start, offset.start + offset.length);
			for (const part of raw.matchAll(/[^,;]+/g)) {
				const name = part[0]
					.replace(/[’']s\b.*$/u, '')
					.replace(/^[\s"“(]+|[\s.,;:!?)"”\-–—]+$/gu, '');
				const words = name.split(/\s+/);
				const kind = kindOf(name);
				if (name.length < 2 || (kind === 'person' && words.length < 2)) continue;
				if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w))) continue;
				const start = offset.start + part.index + part[0].indexOf(name);
				found.push({ kind, text: name, start, end: start + name.length });
			}
		}
	};
	add(doc.people().not('#Honorific'), () => 'person');
	add(doc.places(), () => 'place');
	add(doc.organizations(), (name) => (kindOfName(name) === 'group' ? 'group' : 'organization'));
	return found;
}
