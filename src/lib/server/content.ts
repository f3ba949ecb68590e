import corpus from 'virtual:factdeck/content';
import { buildLibrary, type Library } from '$lib/questions/library.ts';

let library: Library | undefined;

/** Every article's bank and decks, built once per build from the validated content. */
export function getLibrary(): Library {
	library ??= buildLibrary(corpus);
	return library;
}
