import type { Fact } from '../../content/schema.ts';
import { crcOf } from '../../ids.ts';

/** A fact's place on a ring: its id's CRC-32. */
export interface Place {
	fact: Fact;
	key: number;
}

/** Facts on a ring, by the CRC-32 of each id, so a new fact moves no other. */
export function ring(facts: readonly Fact[]): Place[] {
	return facts
		.map((fact) => ({ fact, key: crcOf(fact.id) }))
		.sort((a, b) => a.key - b.key || (a.fact.id < b.fact.id ? -1 : 1));
}

/** Where a walk from `key` begins on a ring: its first place at or after that key, wrapping. */
export function firstFrom(circle: readonly { key: number }[], key: number): number {
	let low = 0;
	let high = circle.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (circle[mid].key < key) low = mid + 1;
		else high = mid;
	}
	return low % circle.length;
}
