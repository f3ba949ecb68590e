import { json } from '@sveltejs/kit';
import { bankFile } from '$lib/questions/library.ts';
import { getLibrary } from '$lib/server/content';

export const prerender = true;

/** The review queue's questions and facts: see `bankFile`. */
export function GET() {
	return json(bankFile(getLibrary()));
}
