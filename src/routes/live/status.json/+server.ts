import { json } from '@sveltejs/kit';

export const prerender = true;

/**
 * Whether a live server is here: a static host serves this file as built (`false`), and the live
 * server answers the same address itself, so live pages learn which without a failed request.
 */
export function GET() {
	return json({ live: false });
}
