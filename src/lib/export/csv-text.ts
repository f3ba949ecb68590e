import Papa from 'papaparse';

// What a spreadsheet runs as a formula: = + - @ first (or their full-width forms, which some
// spreadsheets take too), even after spaces; or a first tab, carriage return, line feed or NUL.
const FORMULA = /^(?:[\t\r\n\0]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

// A plain number with its sign: a spreadsheet reads it as that number and runs nothing.
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * A cell's text as a spreadsheet shows it instead of running it (OWASP's "CSV Injection"): text a
 * spreadsheet would take for a formula gets a leading `'` and is otherwise kept as it is; a plain
 * number such as `-5` or `+2.5` is left alone, so it stays a number.
 */
export function neutralizeCell(text: string): string {
	return FORMULA.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A CSV file (papaparse): the header, then the rows, every text cell neutralized and quoted,
 * numbers as they are, lines ended by CRLF (RFC 4180), behind a byte order mark that tells
 * Excel the file is UTF-8.
 */
export function csvText(
	fields: readonly string[],
	rows: readonly (readonly (string | number)[])[]
): string {
	const data = rows.map((row) =>
		row.map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell))
	);
	const csv = Papa.unparse(
		{ fields: fields.map(neutralizeCell), data },
		{ newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' }
	);
	return `\ufeff${csv}\r\n`;
}
