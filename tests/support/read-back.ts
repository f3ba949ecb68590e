import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import * as v from 'valibot';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { DeckFileSchema } from '../../src/lib/content/schema.ts';
import { KAHOOT } from '../../src/lib/export/kahoot.ts';

// Test helpers: each export read back with a real parser for its format, as the app it is for would.

/** A GIFT file's questions as gift-pegjs reads them, without the category line. */
export function readGift(
	text: string
): Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>[] {
	return parseGift(text).filter(
		(q): q is Exclude<GIFTQuestion, { type: 'Category' | 'Description' }> =>
			q.type !== 'Category' && q.type !== 'Description'
	);
}

/**
 * The question type Moodle's own GIFT importer gives each question of a file, in order, following
 * qformat_gift::readquestion (question/format/gift/format.php): escapes set aside, the text
 * between the first `{` and `}`, its general feedback after the last `####` taken off, then `#`
 * numerical, any `~` multichoice, `=` with `->` match, TRUE or FALSE truefalse, else shortanswer.
 * gift-pegjs decides otherwise in places (it reads `{=->}` as a short answer), so tests ask both.
 */
export function moodleGiftTypes(text: string): string[] {
	const blocks = text.split(/\n[ \t]*\n/).map((block) =>
		block
			.split('\n')
			.filter((line) => !line.trim().startsWith('//'))
			.join('\n')
			.trim()
	);
	return blocks
		.filter((block) => block !== '' && !block.startsWith('$CATEGORY:'))
		.map((block) => {
			const escaped = block
				.replace(/\\\\/g, '&&092;')
				.replace(/\\[:#={}~n]/g, '&&escaped;')
				.replace(/&&092;/g, '\\');
			const named = escaped.startsWith('::')
				? escaped.slice(escaped.indexOf('::', 2) + 2)
				: escaped;
			let answers = named.slice(named.indexOf('{') + 1, named.indexOf('}')).trim();
			const general = answers.lastIndexOf('####');
			if (general >= 0) answers = answers.slice(0, general).trim();
			if (answers === '') return 'essay';
			if (answers.startsWith('#')) return 'numerical';
			if (answers.includes('~')) return 'multichoice';
			if (answers.includes('=') && answers.includes('->')) return 'match';
			const hash = answers.indexOf('#');
			const truth = hash > 0 ? answers.slice(0, hash).trim() : answers;
			return ['T', 'TRUE', 'F', 'FALSE'].includes(truth) ? 'truefalse' : 'shortanswer';
		});
}

// gift-pegjs leaves its escape placeholders in a matching pair's right side (Moodle does not).
const PLACEHOLDERS: [RegExp, string][] = [
	[/&&092;/g, '\\'],
	[/&&058;/g, ':'],
	[/&&035;/g, '#'],
	[/&&061;/g, '='],
	[/&&123;/g, '{'],
	[/&&125;/g, '}'],
	[/&&126;/g, '~']
];

/** The right side of a GIFT matching pair as Moodle reads it. */
export function giftMatchAnswer(text: string): string {
	return PLACEHOLDERS.reduce((t, [pattern, char]) => t.replace(pattern, char), text);
}

/** Moodle XML element trees: every `question`, `answer` and `subquestion` as an array. */
export interface XmlNode {
	[key: string]: XmlNode | XmlNode[] | string | undefined;
}

const xmlParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	isArray: (name) => ['question', 'answer', 'subquestion'].includes(name)
});

/** The `<question>` elements of a Moodle XML file. */
export function readMoodleXml(xml: string): XmlNode[] {
	const doc = xmlParser.parse(xml) as { quiz: { question: XmlNode[] } };
	return doc.quiz.question;
}

/** A `<text>` child's content ('' when empty). */
export function textOf(node: XmlNode | XmlNode[] | string | undefined): string {
	if (node === undefined) return '';
	if (typeof node === 'string') return node;
	if (Array.isArray(node)) return textOf(node[0]);
	const text = node.text;
	return typeof text === 'string' ? text : text === undefined ? '' : textOf(text);
}

/** HTML as the plain text it shows: tags dropped, the entities Moodle exports decoded. */
export function htmlText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A Kahoot row as read back: the question, its answers, the time limit and the correct number. */
export interface KahootRow {
	number: unknown;
	question: string;
	answers: string[];
	time: unknown;
	correct: unknown;
}

/** The workbook's only sheet: its name, the header cells B to H of row 8, and the question rows. */
export async function readKahoot(data: Uint8Array<ArrayBuffer>) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(data.buffer);
	const sheet = workbook.worksheets[0];
	const cell = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
	const header = KAHOOT.headers.map((_, i) => cell(KAHOOT.headerRow, i + 2));
	const rows: KahootRow[] = [];
	for (let r = KAHOOT.headerRow + 1; r <= sheet.rowCount; r++) {
		if (cell(r, 2) === null) continue;
		rows.push({
			number: cell(r, 1),
			question: sheet.getRow(r).getCell(2).text,
			answers: [3, 4, 5, 6]
				.map((c) => cell(r, c))
				.filter((v) => v !== null)
				.map(String),
			time: cell(r, 7),
			correct: cell(r, 8)
		});
	}
	return { sheets: workbook.worksheets.map((s) => s.name), header, rows };
}

/** Tab-separated rows as Anki reads them: `#` header lines apart, CSV quoting honoured. */
export function readAnki(text: string): { headers: string[]; rows: string[][] } {
	const lines = text.split('\n');
	const headers = lines.filter((line) => line.startsWith('#'));
	const body = lines.filter((line) => !line.startsWith('#')).join('\n');
	const rows = Papa.parse<string[]>(body, { delimiter: '\t', skipEmptyLines: true }).data;
	return { headers, rows };
}

/** Quizlet's import: a tab between term and definition, a new line between cards, no quoting. */
export function readQuizlet(text: string): string[][] {
	// Quizlet reads quotes as text: a quote character that never occurs turns quoting off.
	return Papa.parse<string[]>(text, { delimiter: '\t', newline: '\n', quoteChar: '\u0000' }).data;
}

/** A CSV file's header and rows, as objects keyed by column. */
export function readCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A note type of an Anki package, as its collection's `models` column holds it. */
const ApkgModelSchema = v.looseObject({
	id: v.number(),
	name: v.string(),
	type: v.number(),
	sortf: v.number(),
	did: v.number(),
	flds: v.array(v.looseObject({ name: v.string(), ord: v.number() })),
	tmpls: v.array(
		v.looseObject({ name: v.string(), ord: v.number(), qfmt: v.string(), afmt: v.string() })
	),
	css: v.string()
});
const ApkgConfSchema = v.record(v.string(), v.unknown());
const ApkgModelsSchema = v.record(v.string(), ApkgModelSchema);
const ApkgDecksSchema = v.record(
	v.string(),
	v.looseObject({ id: v.number(), name: v.string(), dyn: v.number(), conf: v.number() })
);
const ApkgDeckConfsSchema = v.record(
	v.string(),
	v.looseObject({ id: v.number(), name: v.string() })
);

/** What Anki finds in a package: the zip's files, the collection's settings, notes and cards. */
export interface ApkgContents {
	files: string[];
	media: unknown;
	col: { ver: number; crt: number; mod: number; conf: v.InferOutput<typeof ApkgConfSchema> };
	models: v.InferOutput<typeof ApkgModelsSchema>;
	decks: v.InferOutput<typeof ApkgDecksSchema>;
	dconf: v.InferOutput<typeof ApkgDeckConfsSchema>;
	notes: {
		id: number;
		guid: string;
		mid: number;
		mod: number;
		tags: string[];
		fields: string[];
		sfld: string;
		csum: number;
	}[];
	cards: {
		id: number;
		nid: number;
		did: number;
		ord: number;
		type: number;
		queue: number;
		due: number;
	}[];
	revlog: number;
	graves: number;
}

let sqlite: Promise<SqlJsStatic> | undefined;

/** Opens an Anki package as Anki does: unzips it and reads `collection.anki2` with SQLite. */
export async function readApkg(data: Uint8Array): Promise<ApkgContents> {
	const zip = unzipSync(data);
	// Compiled once: it takes a while, and every package is read the same way.
	sqlite ??= initSqlJs();
	const SQL = await sqlite;
	const db = new SQL.Database(zip['collection.anki2']);
	try {
		const rows = (sql: string) => {
			const [result] = db.exec(sql);
			return (result?.values ?? []).map((values) =>
				Object.fromEntries(result.columns.map((column, i) => [column, values[i]]))
			);
		};
		const [col] = rows('SELECT ver, crt, mod, conf, models, decks, dconf FROM col');
		const json = (column: string): unknown => JSON.parse(String(col[column]));
		return {
			files: Object.keys(zip).sort(),
			media: JSON.parse(strFromU8(zip.media)),
			col: {
				ver: Number(col.ver),
				crt: Number(col.crt),
				mod: Number(col.mod),
				conf: v.parse(ApkgConfSchema, json('conf'))
			},
			models: v.parse(ApkgModelsSchema, json('models')),
			decks: v.parse(ApkgDecksSchema, json('decks')),
			dconf: v.parse(ApkgDeckConfsSchema, json('dconf')),
			notes: rows('SELECT id, guid, mid, mod, tags, flds, sfld, csum FROM notes ORDER BY id').map(
				(note) => ({
					id: Number(note.id),
					guid: String(note.guid),
					mid: Number(note.mid),
					mod: Number(note.mod),
					tags: String(note.tags).trim().split(' '),
					fields: String(note.flds).split('\x1f'),
					sfld: String(note.sfld),
					csum: Number(note.csum)
				})
			),
			cards: rows('SELECT id, nid, did, ord, type, queue, due FROM cards ORDER BY id').map(
				(card) => ({
					id: Number(card.id),
					nid: Number(card.nid),
					did: Number(card.did),
					ord: Number(card.ord),
					type: Number(card.type),
					queue: Number(card.queue),
					due: Number(card.due)
				})
			),
			revlog: Number(rows('SELECT count(*) AS n FROM revlog')[0].n),
			graves: Number(rows('SELECT count(*) AS n FROM graves')[0].n)
		};
	} finally {
		db.close();
	}
}

/** factdeck's JSON as the CLI writes it: the shared envelope, and what a deck or quiz adds. */
const DeckJsonSchema = v.looseObject({
	...DeckFileSchema.entries,
	class: v.optional(v.string()),
	deck: v.looseObject({
		...DeckFileSchema.entries.deck.entries,
		questions: v.array(v.string()),
		articleName: v.optional(v.string())
	})
});

/** Reads factdeck's own JSON back, checked for the fields a reader relies on. */
export function readDeckJson(text: string): v.InferOutput<typeof DeckJsonSchema> {
	return v.parse(DeckJsonSchema, JSON.parse(text));
}
