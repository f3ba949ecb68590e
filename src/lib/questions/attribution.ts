/** Who a fact's words belong to, as a phrase: "the article", "a tweet by X quoted in the article". */
export function sourcePhrase(attribution: string): string {
	if (attribution === 'article') return 'the article';
	const tweet = /^tweet:\s*(.+)$/i.exec(attribution);
	if (tweet) return `a tweet by ${tweet[1]} quoted in the article`;
	if (/caption/i.test(attribution)) return `a ${attribution} in the article`;
	return `the article, citing ${attribution}`;
}
