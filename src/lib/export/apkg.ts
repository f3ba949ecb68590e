import { sha1 } from '@noble/hashes/legacy.js';
import { strToU8, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { ankiDeckName, ankiNotes, clozeText, type AnkiNote } from './anki-notes.ts';
import {
	checkInput,
	emptyReport,
	escapeHtml,
	explainFacts,
	explanationHtml,
	exportFilename,
	type ExportFile,
	type ExportInput
} from './common.ts';

/** The note types the package carries, so no Anki has to have them, under whatever language. */
export const APKG_MODELS = {
	basic: { id: 1731542400101, name: 'factdeck Basic', fields: ['Front', 'Back', 'Source'] },
	cloze: { id: 1731542400102, name: 'factdeck Cloze', fields: ['Text', 'Source'] }
} as const;

/** The deck's id inside the file: Anki matches decks by name on import and gives them its own. */
const DECK_ID = 1731542400201;

/** Anki's stock look, with the source smaller and left-aligned under the answer. */
const CSS = `.card { font-family: arial; font-size: 20px; text-align: center; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
.source { font-size: 16px; text-align: left; margin-top: 1em; }`;

const TEMPLATES = {
	basic: {
		name: 'Card 1',
		qfmt: '{{Front}}',
		afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n<div class="source">{{Source}}</div>'
	},
	cloze: {
		name: 'Cloze',
		qfmt: '{{cloze:Text}}',
		afmt: '{{cloze:Text}}\n<div class="source">{{Source}}</div>'
	}
};

// The tables of a collection in Anki's schema 11, the one every Anki since 2.1 imports.
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const BASE91 =
	'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A note's GUID in Anki's own form (base 91 of 64 bits), from what the note stands for. */
export function apkgGuid(key: string): string {
	let n = sha1(strToU8(`factdeck ${key}`))
		.subarray(0, 8)
		.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
	let guid = '';
	for (; n > 0n; n /= 91n) guid = BASE91[Number(n % 91n)] + guid;
	return guid;
}

/** Anki's checksum of a note's first field without HTML: the first 32 bits of its SHA-1. */
export function apkgChecksum(plain: string): number {
	const digest = sha1(strToU8(plain));
	return new DataView(digest.buffer, digest.byteOffset).getUint32(0);
}

/** A note type as Anki's schema 11 stores it. */
function model(kind: 'basic' | 'cloze', mod: number) {
	const { id, name, fields } = APKG_MODELS[kind];
	return {
		id,
		name,
		type: kind === 'cloze' ? 1 : 0,
		mod,
		usn: -1,
		sortf: 0,
		did: DECK_ID,
		tmpls: [{ ...TEMPLATES[kind], ord: 0, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
		flds: fields.map((field, ord) => ({
			name: field,
			ord,
			sticky: false,
			rtl: false,
			font: 'Arial',
			size: 20,
			media: []
		})),
		css: CSS,
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		latexsvg: false,
		// The card needs its first field (Front, or the cloze Text).
		req: [[0, 'all', [0]]],
		tags: [],
		vers: []
	};
}

/** A deck as Anki's schema 11 stores it, with nothing studied. */
function deck(id: number, name: string, mod: number) {
	return {
		id,
		mod,
		name,
		usn: -1,
		lrnToday: [0, 0],
		revToday: [0, 0],
		newToday: [0, 0],
		timeToday: [0, 0],
		collapsed: false,
		browserCollapsed: false,
		desc: '',
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	};
}

/** Anki's default study options, which the deck uses. */
const DEFAULT_OPTIONS = {
	id: 1,
	mod: 0,
	name: 'Default',
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
	rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
	lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
};

/** A note's fields as HTML, and its first field as the plain text Anki sorts and checks it by. */
function fieldsOf(note: AnkiNote, sourceUrl: ExportInput['sourceUrl']) {
	const source = explanationHtml(explainFacts(note.facts, sourceUrl));
	const first = note.kind === 'cloze' ? clozeText(note.statement, [note.span]) : note.front;
	const rest = note.kind === 'cloze' ? [source] : [escapeHtml(note.answer), source];
	return { first, fields: [escapeHtml(first), ...rest] };
}

/**
 * Writes a quiz as an Anki package (.apkg): a SQLite collection in Anki's schema 11 holding its own
 * note types ("factdeck Basic", "factdeck Cloze"), so it imports into an Anki in any language. One
 * note per fact (a cloze of its statement where it fits) and per order or match question, with
 * the article's sentence and a link to its paragraph on the back, the facts' tags, and a GUID from
 * the fact's id: importing a newer package updates the notes instead of adding them again.
 */
export async function exportApkg(input: ExportInput): Promise<ExportFile> {
	const factsOf = checkInput(input);
	const { notes, left } = ankiNotes(input, factsOf);
	const ms = input.now.getTime();
	const secs = Math.floor(ms / 1000);
	const deckName = ankiDeckName(input.title);
	// In a page, sql.js's WebAssembly comes from the site itself; Node reads it from the package.
	const wasmUrl = input.sqlWasmUrl;
	const SQL = await initSqlJs(wasmUrl ? { locateFile: () => wasmUrl } : undefined);
	const db = new SQL.Database();
	try {
		db.exec(SCHEMA);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			secs,
			ms,
			ms,
			JSON.stringify({
				activeDecks: [DECK_ID],
				addToCur: true,
				collapseTime: 1200,
				curDeck: DECK_ID,
				curModel: String(APKG_MODELS.basic.id),
				dueCounts: true,
				estTimes: true,
				newBury: true,
				newSpread: 0,
				nextPos: notes.length + 1,
				sortBackwards: false,
				sortType: 'noteFld',
				timeLim: 0
			}),
			JSON.stringify({
				[APKG_MODELS.basic.id]: model('basic', secs),
				[APKG_MODELS.cloze.id]: model('cloze', secs)
			}),
			JSON.stringify({
				1: deck(1, 'Default', secs),
				[DECK_ID]: deck(DECK_ID, deckName, secs)
			}),
			JSON.stringify({ 1: DEFAULT_OPTIONS }),
			'{}'
		]);
		const addNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
		const addCard = db.prepare(
			'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
		);
		for (const [i, note] of notes.entries()) {
			const { first, fields } = fieldsOf(note, input.sourceUrl);
			// Ids are times in milliseconds to Anki, which refuses any later than tomorrow.
			const id = ms + i;
			addNote.run([
				id,
				apkgGuid(note.key),
				APKG_MODELS[note.kind].id,
				secs,
				` ${note.tags.join(' ')} `,
				fields.join('\x1f'),
				first,
				apkgChecksum(first),
				''
			]);
			// One card a note: its only template, or its only deletion (c1); new, due in quiz order.
			addCard.run([id, id, DECK_ID, secs, i + 1, '']);
		}
		addNote.free();
		addCard.free();
		const collection = db.export();
		return {
			filename: exportFilename(input.deckKey, 'apkg'),
			// Not application/zip: some browsers open a zip they download.
			mime: 'application/octet-stream',
			data: new Uint8Array(zipSync({ 'collection.anki2': collection, media: strToU8('{}') })),
			report: { ...emptyReport(), left }
		};
	} finally {
		db.close();
	}
}
