/** A run of a paragraph's text and the facts whose quotes cover it. */
export interface Segment {
	text: string;
	facts: string[];
}

/**
 * Cuts a paragraph into runs at every start and end of a fact's quote, so overlapping quotes
 * become adjacent runs that each know every fact covering them. A quote not found is skipped.
 */
export function segmentParagraph(
	text: string,
	quotes: readonly { fact: string; quote: string }[]
): Segment[] {
	const spans = quotes
		.map(({ fact, quote }) => ({
			fact,
			start: text.indexOf(quote),
			end: text.indexOf(quote) + quote.length
		}))
		.filter((span) => span.start >= 0 && span.end > span.start);
	const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
		(a, b) => a - b
	);
	const segments: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [from, to] = [cuts[i], cuts[i + 1]];
		const facts = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.fact);
		const last = segments.at(-1);
		if (last && last.facts.join() === facts.join()) last.text += text.slice(from, to);
		else segments.push({ text: text.slice(from, to), facts });
	}
	return segments;
}
