// The sentence around a passage of a paragraph, for questions that show the article's own words.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// A segment ending in a title, an initial or a dotted acronym ends no sentence: "Mr.", "U.S.".
const ABBREVIATION =
	/(?:^|[\s("“‘])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Col|Gen|Lt|Capt|Sgt|Prof|Sr|Jr|Inc|Ltd|Co|No|vs|etc|e\.g|i\.e|(?:\p{L}\.)+\p{L})\.\s*$/u;

/** The sentences of a text, each with where it starts; abbreviations do not end a sentence. */
export function sentences(text: string): { start: number; text: string }[] {
	const merged: { start: number; text: string }[] = [];
	for (const { segment, index } of segmenter.segment(text)) {
		const last = merged[merged.length - 1];
		if (last && ABBREVIATION.test(last.text)) last.text += segment;
		else merged.push({ start: index, text: segment });
	}
	return merged;
}

/**
 * The whole sentences (of a text split by `sentences`) that hold the passage from `start` to
 * `end`, trimmed; undefined when the passage is not within them.
 */
export function sentenceAround(
	split: readonly { start: number; text: string }[],
	start: number,
	end: number
): string | undefined {
	if (start < 0 || start >= end) return undefined;
	const spanned = split.filter((s) => s.start < end && s.start + s.text.length > start);
	return spanned.length === 0
		? undefined
		: spanned
				.map((s) => s.text)
				.join('')
				.trim();
}
