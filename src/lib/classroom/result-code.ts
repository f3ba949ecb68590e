import crc32 from 'crc/calculators/crc32';
import type { Mark } from '../questions/forms/form.ts';
import { fromBase32, group, toBase32 } from './base32.ts';

export type { Mark };

/** A student's result for a class quiz, as they hand it to the teacher. */
export interface ClassResult {
	/** The class code, `ABCD-EFGH`. */
	classCode: string;
	name: string;
	/** Time spent answering, in seconds. */
	seconds: number;
	/** Points scored, to the hundredth (partial credit counts). */
	score: number;
	answers: Mark[];
}

const FORMAT = 1;
const MAX_NAME = 60;
const MAX_ANSWERS = 60;

// Each answer in 4 bits: 0–5 an option, 6 blank, 7 wrong, 8 right, 9–15 partial credit (0–100%).
function markCode(mark: Mark): number {
	switch (mark.kind) {
		case 'option':
			return Math.min(5, Math.max(0, mark.index));
		case 'blank':
			return 6;
		case 'wrong':
			return 7;
		case 'right':
			return 8;
		case 'partial':
			return 9 + Math.round(Math.min(1, Math.max(0, mark.score)) * 6);
	}
}

function markOf(code: number): Mark {
	if (code <= 5) return { kind: 'option', index: code };
	if (code === 6) return { kind: 'blank' };
	if (code === 7) return { kind: 'wrong' };
	if (code === 8) return { kind: 'right' };
	return { kind: 'partial', score: Math.round(((code - 9) / 6) * 100) / 100 };
}

/**
 * Writes a result as a compact code: format, class code, time, score, the answers (4 bits
 * each) and the name, then a CRC-32 of it all, so any single changed character is caught.
 */
export function encodeResult(result: ClassResult): string {
	const name = new TextEncoder().encode(result.name.trim().slice(0, MAX_NAME));
	const classBytes = fromBase32(result.classCode, 5);
	if (!classBytes) throw new Error('not a class code');
	const answers = result.answers.slice(0, MAX_ANSWERS);
	const size = 1 + 5 + 2 + 2 + 1 + Math.ceil(answers.length / 2) + 1 + name.length;
	const bytes = new Uint8Array(size + 4);
	const view = new DataView(bytes.buffer);
	let at = 0;
	bytes[at++] = FORMAT;
	bytes.set(classBytes, at);
	at += 5;
	view.setUint16(at, Math.min(65_535, Math.max(0, Math.round(result.seconds))));
	at += 2;
	view.setUint16(at, Math.min(65_535, Math.max(0, Math.round(result.score * 100))));
	at += 2;
	bytes[at++] = answers.length;
	answers.forEach((mark, i) => {
		bytes[at + (i >> 1)] |= markCode(mark) << (i % 2 === 0 ? 4 : 0);
	});
	at += Math.ceil(answers.length / 2);
	bytes[at++] = name.length;
	bytes.set(name, at);
	view.setUint32(size, crc32(bytes.subarray(0, size)) >>> 0);
	return group(toBase32(bytes), 5);
}

/** Reads a result code; a damaged or unreadable one gets a reason, never an exception. */
export function decodeResult(text: string): { result: ClassResult } | { error: string } {
	const clean = text.toUpperCase().replace(/[\s-]/g, '');
	if (clean.length < 24 || clean.length > 250) return { error: 'not a result code: wrong length' };
	if (!/^[0-9A-TV-Z]+$/.test(clean))
		return { error: 'not a result code: it has characters codes do not use' };
	const length = Math.floor((clean.length * 5) / 8);
	const bytes = fromBase32(clean, length);
	if (!bytes || length < 17) return { error: 'damaged: a character was changed or left out' };
	const view = new DataView(bytes.buffer);
	const size = length - 4;
	if (crc32(bytes.subarray(0, size)) >>> 0 !== view.getUint32(size))
		return { error: 'damaged: a character was changed or left out' };
	if (bytes[0] !== FORMAT) return { error: 'made by a different version of factdeck' };
	let at = 1;
	const classCode = group(toBase32(bytes.subarray(at, at + 5)));
	at += 5;
	const seconds = view.getUint16(at);
	at += 2;
	const score = view.getUint16(at) / 100;
	at += 2;
	const count = bytes[at++];
	if (count > MAX_ANSWERS || at + Math.ceil(count / 2) + 1 > size)
		return { error: 'damaged: it holds more answers than it has room for' };
	const answers: Mark[] = [];
	for (let i = 0; i < count; i++)
		answers.push(markOf((bytes[at + (i >> 1)] >> (i % 2 === 0 ? 4 : 0)) & 15));
	at += Math.ceil(count / 2);
	const nameLength = bytes[at++];
	if (at + nameLength !== size) return { error: 'damaged: the name does not fit' };
	let name: string;
	try {
		name = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, size));
	} catch {
		return { error: 'damaged: the name is not readable text' };
	}
	return { result: { classCode, name, seconds, score, answers } };
}
