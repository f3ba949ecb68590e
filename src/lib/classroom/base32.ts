/** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Writes bytes as Crockford base32, most significant bits first, zero-padded to a whole character. */
export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(buffer >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/**
 * Reads Crockford base32 as people type it: any case, hyphens and spaces ignored, O read as 0,
 * I and L as 1. Returns undefined for any other character or for a length that cannot hold
 * whole bytes.
 */
export function fromBase32(text: string, length: number): Uint8Array | undefined {
	const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (clean.length !== Math.ceil((length * 8) / 5)) return undefined;
	const bytes = new Uint8Array(length);
	let buffer = 0;
	let bits = 0;
	let at = 0;
	for (const char of clean) {
		const value = ALPHABET.indexOf(char);
		if (value < 0) return undefined;
		buffer = ((buffer << 5) | value) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			if (at < length) bytes[at++] = (buffer >> (bits - 8)) & 0xff;
			bits -= 8;
		}
	}
	// Padding bits must be zero, so each text stands for exactly one value.
	if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
	return bytes;
}

/** Groups a code in fours, `ABCD-EFGH`, for reading aloud and copying. */
export function group(code: string, size = 4): string {
	return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}
