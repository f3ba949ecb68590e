export { parseArticle, paragraphsOf } from './article.ts';
export type { Article, Paragraph, ParagraphRole, Section } from './article.ts';
export { answerOccurrences, parseFacts } from './facts.ts';
export { coverageGaps, describeDrafts, loadCorpus } from './corpus.ts';
export type { ArticleContent, ContentFile, Corpus, DraftCount } from './corpus.ts';
export { ContentError, formatProblem } from './problems.ts';
export type { Problem } from './problems.ts';
export * from './schema.ts';
