export { draftArticle, DraftError } from './draft.ts';
export type { Draft, DraftInput } from './draft.ts';
export { guessFormat } from './blocks.ts';
export type { SourceFormat } from './blocks.ts';
