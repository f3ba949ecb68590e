import {
	numberInWords,
	ordinalInWords,
	ordinalSuffix,
	parseOrdinal,
	parseSpoken
} from './numbers.ts';
import { memoized } from './text.ts';

/** How an answer writes its number, so distractors can be written the same way. */
export interface NumberFormat {
	prefix: string;
	suffix: string;
	/** Thousands written with commas ("5,100"); false when the answer wrote "5100". */
	grouped: boolean;
	decimals: number;
	/** The number as displayed ("6" in "6 billion"). */
	shown: number;
	/** Digits ("9"), words ("nine"), an ordinal in digits ("9th") or in words ("ninth"). */
	style: 'digits' | 'words' | 'ordinal' | 'ordinal-words';
	/** Words written with a capital ("Nine"). */
	capital: boolean;
}

const NUMBER_TEXT = /^([^\d]*?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([^\d]*)$/;
/** Scale words that stay after a number in words, as a unit does ("two million"). */
const SCALE_WORDS = /^(.*?)( (?:hundred|thousand|million|billion|trillion))?( .*)?$/;

/**
 * The format of a number as an answer writes it: with digits ("5,100", "39%", "€2.3 billion",
 * "4,150 km²"), as an ordinal ("3rd", "third") or in words ("nine", "two million"); or undefined.
 */
export function numberFormatOf(text: string): NumberFormat | undefined {
	const trimmed = text.trim();
	const match = NUMBER_TEXT.exec(trimmed);
	if (match) {
		const [, prefix, digits, fraction = '', rest] = match;
		const shown = Number(digits.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
		const ordinal = !fraction && /^(st|nd|rd|th)\b/.exec(rest);
		const isOrdinal = !!ordinal && ordinal[1] === ordinalSuffix(shown);
		return {
			prefix,
			suffix: isOrdinal ? rest.slice(2) : rest,
			grouped: digits.includes(',') || digits.length < 4,
			decimals: fraction.length,
			shown,
			style: isOrdinal ? 'ordinal' : 'digits',
			capital: false
		};
	}
	return wordsFormatOf(trimmed);
}

/** The format of a whole number written in words, with what comes before and after it. */
function wordsFormatOf(text: string): NumberFormat | undefined {
	const words = text.split(' ');
	// The number is the longest run of words from the start (after "the") that reads as one.
	const lead = words[0]?.toLowerCase() === 'the' ? 1 : 0;
	for (let end = words.length; end > lead; end--) {
		const spoken = words.slice(lead, end).join(' ');
		const [, number, scale = ''] = SCALE_WORDS.exec(spoken) ?? [];
		// A scale word at the end stays with the unit: "two million" offers "three million".
		const core = number && scale && end === words.length ? number : spoken;
		const tail = core === spoken ? '' : scale;
		const ordinal = parseOrdinal(core);
		const value = ordinal ?? parseSpoken(core);
		if (value === undefined || /\d/.test(core)) continue;
		return {
			prefix: words
				.slice(0, lead)
				.map((w) => `${w} `)
				.join(''),
			suffix: `${tail}${words
				.slice(end)
				.map((w) => ` ${w}`)
				.join('')}`,
			grouped: true,
			decimals: 0,
			shown: value,
			style: ordinal === undefined ? 'words' : 'ordinal-words',
			capital: /^\p{Lu}/u.test(core)
		};
	}
	return undefined;
}

// Building an Intl.NumberFormat is costly; a bank formats thousands of numbers with a handful.
const formatters = new Map<string, Intl.NumberFormat>();

/** Writes `shown` the way `format` writes its number. */
export function formatNumber(shown: number, format: NumberFormat): string {
	let body: string;
	if (format.style === 'words' || format.style === 'ordinal-words') {
		body = format.style === 'words' ? numberInWords(shown) : ordinalInWords(shown);
		if (format.capital) body = body[0].toUpperCase() + body.slice(1);
	} else {
		const key = `${format.decimals}|${format.grouped}`;
		let formatter = formatters.get(key);
		if (!formatter) {
			formatter = new Intl.NumberFormat('en-US', {
				minimumFractionDigits: format.decimals,
				maximumFractionDigits: format.decimals,
				useGrouping: format.grouped
			});
			formatters.set(key, formatter);
		}
		body = formatter.format(shown);
		if (format.style === 'ordinal') body += ordinalSuffix(shown);
	}
	return `${format.prefix}${body}${format.suffix}`;
}

/** The forms of date an answer may take, as English writes them. */
export type DateFormat =
	| 'year' // 2013
	| 'month-year' // May 2021
	| 'month-day-year' // May 14, 2021
	| 'day-month-year' // 24 May 2021
	| 'month-day' // May 14
	| 'day-month' // 14 May
	| 'iso' // 2021-05-24, 2021-05
	| 'year-range' // 2013–2014, 2013-14
	| 'decade' // 1990s, the early 1990s
	| 'century'; // 19th century, the nineteenth century

/** What a date names: a year, month and day; the last year of a range. */
export interface DateParts {
	year: number;
	month?: number;
	day?: number;
	/** The last year of a range ("2014" in "2013–2014"). */
	until?: number;
}

/** How an answer writes its date, so distractors can be written the same way. */
export interface DateShape {
	format: DateFormat;
	/** Words before the date: "the", "early", "the mid-". */
	lead: string;
	/** The day as an ordinal ("24th"), and "of" after it ("the 24th of May"). */
	ordinal: boolean;
	of: boolean;
	/** Month names cut to three letters ("Feb"), with a full stop ("Feb."). */
	short: '' | 'cut' | 'dot';
	/** A comma before the year ("May 14, 2021"). */
	comma: boolean;
	/** Between the two years of a range, and whether the second is cut to two digits ("2013–14"). */
	dash: string;
	cut: boolean;
	/** A century in words ("nineteenth"). */
	words: boolean;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const MONTH = '([A-Za-z]+)(\\.?)';
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const LEAD = '(the )?(?:(early|mid|late)(-| ))?';
const DATE_PATTERNS: [DateFormat, RegExp][] = [
	['year', /^(\d{4})$/],
	// "2011-12" is a range (its end after its start), "2021-05" an ISO month.
	['year-range', /^(\d{4}) ?(–|—|-| to ) ?(\d{4}|\d{2})$/],
	['iso', /^(\d{4})-(\d{2})(?:-(\d{2}))?$/],
	['month-year', new RegExp(`^${MONTH},? (\\d{4})$`)],
	['month-day-year', new RegExp(`^${MONTH} ${DAY}(,?) (\\d{4})$`)],
	['day-month-year', new RegExp(`^(the )?${DAY}( of)? ${MONTH}(,?) (\\d{4})$`)],
	['month-day', new RegExp(`^${MONTH} ${DAY}$`)],
	['day-month', new RegExp(`^(the )?${DAY}( of)? ${MONTH}$`)],
	['decade', new RegExp(`^${LEAD}(\\d{3}0)s$`, 'i')],
	['century', new RegExp(`^${LEAD}(\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) century$`, 'i')]
];

/** The month a name stands for, full or cut to three letters ("Sept" too), or undefined. */
function monthOf(
	name: string,
	dot: string
): { month: number; short: DateShape['short'] } | undefined {
	const lower = name.toLowerCase();
	const full = MONTHS.findIndex((m) => m.toLowerCase() === lower);
	if (full >= 0 && !dot) return { month: full + 1, short: '' };
	const cut = MONTHS.findIndex(
		(m) => m.slice(0, 3).toLowerCase() === lower || (lower === 'sept' && m === 'September')
	);
	if (cut >= 0 && lower !== 'may') return { month: cut + 1, short: dot ? 'dot' : 'cut' };
	return undefined;
}

const validDay = (year: number, month: number, day: number) =>
	day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

const SHAPE: Omit<DateShape, 'format'> = {
	lead: '',
	ordinal: false,
	of: false,
	short: '',
	comma: false,
	dash: '–',
	cut: false,
	words: false
};

/**
 * What a date answer names and how it writes it, in any usual English form ("2013", "May 2021",
 * "May 14, 2021", "24 May 2021", "the 24th of May", "2021-05-24", "2013–2014", "the early 1990s",
 * "the 19th century"), or undefined when it is not a date.
 */
export const parseDate: (text: string) => ReadDate | undefined = memoized((text) => {
	const read = readDateText(text);
	// Shared by every caller that reads the same text: frozen, so none can change it for another.
	if (read) {
		Object.freeze(read.parts);
		Object.freeze(read.shape);
	}
	return read;
});

/** A date as `parseDate` reads it: what it names and how it is written. */
export interface ReadDate {
	parts: Readonly<DateParts>;
	shape: Readonly<DateShape>;
}

function readDateText(text: string): ReadDate | undefined {
	const t = text.trim().replace(/\s+/g, ' ');
	for (const [format, pattern] of DATE_PATTERNS) {
		const m = pattern.exec(t);
		if (!m) continue;
		const found = readDate(format, m);
		if (found) return found;
	}
	return undefined;
}

function readDate(format: DateFormat, m: RegExpExecArray): ReadDate | undefined {
	const shape = (more: Partial<DateShape>): DateShape => ({ ...SHAPE, format, ...more });
	const dayOf = (digits: string, suffix: string | undefined) => {
		const day = Number(digits);
		return suffix && suffix !== ordinalSuffix(day) ? undefined : day;
	};
	// A day-and-month date without a year is checked against a leap year, so 29 February passes.
	const dated = (year: number | undefined, month: number, day: number | undefined) =>
		day !== undefined && validDay(year ?? 2000, month, day);
	switch (format) {
		case 'year':
			return { parts: { year: Number(m[1]) }, shape: shape({}) };
		case 'iso': {
			const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
			if (month < 1 || month > 12 || (day !== undefined && !validDay(year, month, day)))
				return undefined;
			return { parts: { year, month, ...(day ? { day } : {}) }, shape: shape({}) };
		}
		case 'year-range': {
			const year = Number(m[1]);
			const cut = m[3].length === 2;
			const until = cut ? Math.floor(year / 100) * 100 + Number(m[3]) : Number(m[3]);
			if (until <= year) return undefined;
			return { parts: { year, until }, shape: shape({ dash: m[2], cut }) };
		}
		case 'month-year': {
			const month = monthOf(m[1], m[2]);
			if (!month) return undefined;
			return {
				parts: { year: Number(m[3]), month: month.month },
				shape: shape({ short: month.short, comma: m[0].includes(',') })
			};
		}
		case 'month-day-year':
		case 'month-day': {
			const month = monthOf(m[1], m[2]);
			const day = dayOf(m[3], m[4]);
			const year = format === 'month-day' ? undefined : Number(m[6]);
			if (!month || !dated(year, month.month, day)) return undefined;
			return {
				parts: { year: year ?? 0, month: month.month, day },
				shape: shape({ short: month.short, ordinal: !!m[4], comma: m[5] === ',' })
			};
		}
		case 'day-month-year':
		case 'day-month': {
			const day = dayOf(m[2], m[3]);
			const month = monthOf(m[5], m[6]);
			const year = format === 'day-month' ? undefined : Number(m[8]);
			if (!month || !dated(year, month.month, day)) return undefined;
			return {
				parts: { year: year ?? 0, month: month.month, day },
				shape: shape({
					lead: m[1] ?? '',
					ordinal: !!m[3],
					of: !!m[4],
					short: month.short,
					comma: m[7] === ','
				})
			};
		}
		case 'decade':
			return { parts: { year: Number(m[4]) }, shape: shape({ lead: lead(m) }) };
		case 'century': {
			const century = parseOrdinal(m[4]);
			if (century === undefined || century < 1 || century > 30) return undefined;
			return {
				parts: { year: (century - 1) * 100 + 1 },
				shape: shape({ lead: lead(m), words: !/\d/.test(m[4]) })
			};
		}
	}
}

/** The words before a decade or century: "the", "early", "the mid-". */
const lead = (m: RegExpExecArray) => `${m[1] ?? ''}${m[2] ? `${m[2]}${m[3]}` : ''}`;

/** How an answer writes its date, or undefined when it is not a date. */
export function dateFormatOf(text: string): DateFormat | undefined {
	return parseDate(text)?.shape.format;
}

/** A date's parts as the ISO date facts carry: its year, month and day, as far as it names them. */
export function isoDate(parts: DateParts): string {
	const y = String(parts.year).padStart(4, '0');
	if (parts.month === undefined) return y;
	const m = String(parts.month).padStart(2, '0');
	return parts.day === undefined ? `${y}-${m}` : `${y}-${m}-${String(parts.day).padStart(2, '0')}`;
}

/** The parts of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function isoParts(iso: string): DateParts {
	const [year, month, day] = iso.split('-').map(Number);
	return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The first and last year a date answer covers: a decade its ten years, a century its hundred. */
export function yearsOf(parts: DateParts, format: DateFormat): [number, number] {
	if (format === 'decade') return [parts.year, parts.year + 9];
	// "The 19th century" is 1801–1900 strictly and 1800–1899 as most people count.
	if (format === 'century') return [parts.year - 1, parts.year + 99];
	return [parts.year, parts.until ?? parts.year];
}

/** Writes a date's parts the way `shape` writes its date. */
export function writeDate(parts: DateParts, shape: DateShape): string {
	const month = (n: number) => {
		const name = MONTHS[n - 1];
		if (shape.short === '' || name === 'May') return name;
		return `${name.slice(0, 3)}${shape.short === 'dot' ? '.' : ''}`;
	};
	const day = (n: number) => `${n}${shape.ordinal ? ordinalSuffix(n) : ''}`;
	const comma = shape.comma ? ',' : '';
	const { year, month: mm = 1, day: dd = 1 } = parts;
	switch (shape.format) {
		case 'year':
			return String(year);
		case 'iso':
			return isoDate(parts);
		case 'year-range': {
			const until = parts.until ?? year + 1;
			const short = shape.cut && Math.floor(until / 100) === Math.floor(year / 100);
			return `${year}${shape.dash}${short ? String(until).slice(-2).padStart(2, '0') : until}`;
		}
		case 'month-year':
			return `${month(mm)}${comma} ${year}`;
		case 'month-day-year':
			return `${month(mm)} ${day(dd)}${comma} ${year}`;
		case 'month-day':
			return `${month(mm)} ${day(dd)}`;
		case 'day-month-year':
			return `${shape.lead}${day(dd)}${shape.of ? ' of' : ''} ${month(mm)}${comma} ${year}`;
		case 'day-month':
			return `${shape.lead}${day(dd)}${shape.of ? ' of' : ''} ${month(mm)}`;
		case 'decade':
			return `${shape.lead}${year}s`;
		case 'century': {
			const century = Math.floor((year - 1) / 100) + 1;
			const ordinal = shape.words ? ordinalInWords(century) : `${century}${ordinalSuffix(century)}`;
			return `${shape.lead}${ordinal} century`;
		}
	}
}

/** Forms of a date that say the same, each as a shape's differences from the plain one. */
const SAME_DATE: Partial<Record<DateFormat, Partial<DateShape>[]>> = {
	'day-month-year': [{ format: 'month-day-year', comma: true }, { format: 'iso' }],
	'month-day-year': [{ format: 'day-month-year' }, { format: 'iso' }],
	'month-year': [{ format: 'iso' }],
	'day-month': [{ format: 'month-day' }],
	'month-day': [{ format: 'day-month' }],
	'year-range': [{ dash: '–' }, { dash: '-', cut: true }, { dash: ' to ' }],
	century: [{ words: false }, { words: true }]
};

/**
 * The same date in the other usual forms a learner may type: "24 May 2021" is also
 * "May 24, 2021" and "2021-05-24"; "2013–2014" is also "2013-14"; "the 19th century" is also
 * "the nineteenth century".
 */
export function sameDateForms(text: string): string[] {
	const read = parseDate(text);
	if (!read) return [];
	const { parts, shape } = read;
	let forms = SAME_DATE[shape.format] ?? [];
	// An ISO date is also written out, in either order.
	if (shape.format === 'iso')
		forms =
			parts.day === undefined
				? [{ format: 'month-year' }]
				: [{ format: 'day-month-year' }, { format: 'month-day-year', comma: true }];
	const written = forms.map((form) =>
		writeDate(parts, { ...SHAPE, lead: shape.lead, format: shape.format, ...form })
	);
	return [...new Set(written)].filter((form) => form !== text.trim());
}

/** Shifts an ISO date by whole years, months and days, keeping its precision. */
export function shiftDate(iso: string, years: number, months = 0, days = 0): string {
	const parts = iso.split('-').map(Number);
	const date = new Date(
		Date.UTC(parts[0] + years, (parts[1] ?? 1) - 1 + months, (parts[2] ?? 1) + days)
	);
	const y = String(date.getUTCFullYear()).padStart(4, '0');
	const m = String(date.getUTCMonth() + 1).padStart(2, '0');
	const d = String(date.getUTCDate()).padStart(2, '0');
	return parts.length === 1 ? y : parts.length === 2 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

/** Rounds to `digits` significant digits. */
export function roundSignificant(value: number, digits: number): number {
	if (value === 0) return 0;
	const magnitude = Math.floor(Math.log10(Math.abs(value))) + 1 - digits;
	const unit = 10 ** magnitude;
	return Math.round(value / unit) * unit;
}

/** Significant digits of an integer as written (5,100 → 2; 56 → 2; 7,000 → 1). */
export function significantDigits(value: number): number {
	const digits = String(Math.round(Math.abs(value))).replace(/0+$/, '');
	return Math.max(1, digits.length);
}

/** Formats that name one year, month or day, which a typed date may be weighed against. */
const CALENDAR: ReadonlySet<DateFormat> = new Set([
	'year',
	'iso',
	'month-year',
	'month-day-year',
	'day-month-year'
]);

/**
 * How a typed date answers a date key that it does not spell out: `finer` when it names a day or
 * month inside the key ("18 August 2020" for "August 2020"), `year` when it names only the key's
 * year and the key only a month ("2020" for "August 2020"); undefined when it does neither.
 */
export function dateAnswer(key: string, typed: string): 'finer' | 'year' | undefined {
	const k = parseDate(key);
	const t = parseDate(typed);
	if (!k || !t || !CALENDAR.has(k.shape.format) || !CALENDAR.has(t.shape.format)) return undefined;
	if (k.parts.year !== t.parts.year) return undefined;
	const { month, day } = k.parts;
	if (month === undefined) return t.parts.month === undefined ? undefined : 'finer';
	if (t.parts.month === undefined) return day === undefined ? 'year' : undefined;
	if (t.parts.month !== month) return undefined;
	if (day === undefined) return t.parts.day === undefined ? undefined : 'finer';
	return undefined;
}
