import { error } from '@sveltejs/kit';
import { segmentParagraph } from '$lib/content/highlight.ts';
import { factView, type ArticleBuild } from '$lib/questions/library.ts';
import { sectionDeck } from '$lib/questions/decks.ts';
import { getLibrary } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getLibrary().articles.map((a) => ({ article: a.content.article.id }));

/** The deck made of a section, by what it selects, when it has questions to ask. */
function sectionQuizDeck(build: ArticleBuild, section: string): string | undefined {
	const id = sectionDeck(build.content.decks, section)?.id;
	const deck = build.decks.find((d) => d.id === id);
	return deck && deck.questions.length > 0 ? deck.id : undefined;
}

export const load: PageServerLoad = ({ params }) => {
	const build = getLibrary().articles.find((a) => a.content.article.id === params.article);
	if (!build) error(404, 'No such article');
	const { article, facts } = build.content;
	const byParagraph = new Map<string, typeof facts>();
	for (const fact of facts)
		byParagraph.set(fact.paragraph, [...(byParagraph.get(fact.paragraph) ?? []), fact]);
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			language: article.language
		},
		sections: article.sections.map((section) => ({
			id: section.id,
			title: section.title,
			deck: sectionQuizDeck(build, section.id),
			paragraphs: section.paragraphs.map((p) => ({
				id: p.id,
				role: p.role,
				segments: segmentParagraph(
					p.text,
					(byParagraph.get(p.id) ?? []).map((fact) => ({ fact: fact.id, quote: fact.quote }))
				)
			}))
		})),
		// The reader shows no tags: its HTML carries every fact, so it leaves them out.
		facts: Object.fromEntries(
			facts.map((fact) => {
				const { tags: _tags, ...view } = factView(article.id, fact);
				return [fact.id, view];
			})
		)
	};
};
