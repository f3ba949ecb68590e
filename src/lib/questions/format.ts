/** How an answer writes its number, so distractors can be written the same way. */
export interface NumberFormat {
	prefix: string;
	suffix: string;
	/** Thousands written with commas ("5,100"); false when the answer wrote "5100". */
	grouped: boolean;
	decimals: number;
	/** The number as displayed ("6" in "6 billion"). */
	shown: number;
}

const NUMBER_TEXT = /^([^\d]*?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([^\d]*)$/;

/** The format of a number written with digits ("5,100", "39%", "6 billion"), or undefined. */
export function numberFormatOf(text: string): NumberFormat | undefined {
	const match = NUMBER_TEXT.exec(text.trim());
	if (!match) return undefined;
	const [, prefix, digits, fraction = '', suffix] = match;
	return {
		prefix,
		suffix,
		grouped: digits.includes(',') || digits.length < 4,
		decimals: fraction.length,
		shown: Number(digits.replace(/,/g, '') + (fraction ? `.${fraction}` : ''))
	};
}

// Building an Intl.NumberFormat is costly; a bank formats thousands of numbers with a handful.
const formatters = new Map<string, Intl.NumberFormat>();

/** Writes `shown` the way `format` writes its number. */
export function formatNumber(shown: number, format: NumberFormat): string {
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
	return `${format.prefix}${formatter.format(shown)}${format.suffix}`;
}

export type DateFormat = 'year' | 'month-year' | 'month-day-year';

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

/** How an answer writes its date ("2013", "May 2021", "October 23, 2019"), or undefined. */
export function dateFormatOf(text: string): DateFormat | undefined {
	const t = text.trim();
	if (/^\d{4}$/.test(t)) return 'year';
	const month = `(?:${MONTHS.join('|')})`;
	if (new RegExp(`^${month} \\d{4}$`).test(t)) return 'month-year';
	if (new RegExp(`^${month} \\d{1,2}, \\d{4}$`).test(t)) return 'month-day-year';
	return undefined;
}

/** Writes an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the given format. */
export function formatDate(iso: string, format: DateFormat): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (format === 'year' || !month) return String(year);
	if (format === 'month-year' || !day) return `${MONTHS[month - 1]} ${year}`;
	return `${MONTHS[month - 1]} ${day}, ${year}`;
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
