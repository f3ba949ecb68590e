// The closed lists of fact kinds and question forms, apart from the schemas, so pages can use them
// without loading the content validators.

/** What a fact's answer is. */
export const FACT_KINDS = [
	'date',
	'number',
	'person',
	'organization',
	'group',
	'place',
	'event',
	'term',
	'claim'
] as const;

/** The forms a question can take. */
export const QUESTION_FORMS = [
	'choice',
	'true-false',
	'typed',
	'numeric',
	'order',
	'match',
	'cloze'
] as const;

export type FactKind = (typeof FACT_KINDS)[number];
export type QuestionForm = (typeof QUESTION_FORMS)[number];

/** What each form is called where learners and teachers choose forms. */
export const FORM_NAMES: Record<QuestionForm, string> = {
	choice: 'Multiple choice',
	'true-false': 'True or false',
	typed: 'Typed answer',
	numeric: 'Number',
	order: 'Timeline order',
	match: 'Matching',
	cloze: 'Fill in the blank'
};
