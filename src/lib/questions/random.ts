import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/** A seeded source of randomness; the same seed gives the same sequence on every machine. */
export interface Rng {
	/** A uniform integer in [min, max], both included. */
	int(min: number, max: number): number;
}

/** A seeded generator (xoroshiro128+ from pure-rand). */
export function createRng(seed: number): Rng {
	const generator = xoroshiro128plus(seed | 0);
	return { int: (min, max) => uniformInt(generator, min, max) };
}

/** A 32-bit seed from a string (FNV-1a), so ids and names can seed generators. */
export function seedFrom(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}
