import { QUESTION_FORMS as FORMS } from '../lib/content/kinds.ts';
import { describeDrafts, type Corpus } from '../lib/content/index.ts';
import {
	BANK_CHECKS,
	buildLibrary,
	checkBank,
	checkContext,
	checkQuestion,
	countByForm,
	QUESTION_CHECKS,
	type Failure
} from '../lib/questions/index.ts';

/** Prints the quality table of every deck; returns 1 when any check fails anywhere. */
export function runReport(corpus: Corpus, options: { failures: boolean }): number {
	const library = buildLibrary(corpus);
	let failed = 0;
	for (const { content, bank, decks } of library.articles) {
		const perQuestion = new Map<string, Failure[]>();
		const ctx = checkContext(content.facts, content.article, content.distractors);
		for (const question of bank.questions)
			perQuestion.set(question.id, checkQuestion(question, ctx));
		const bankFailures = checkBank(content, bank, decks);

		console.log(`\n${content.article.title} (${content.article.id})`);
		console.log(`${content.facts.length} facts, ${bank.questions.length} questions\n`);
		const header = ['deck', 'total', ...FORMS, ...QUESTION_CHECKS];
		const rows = decks.map((deck) => {
			const questions = deck.questions.map((id) => library.question(id)!);
			const counts = countByForm(questions);
			const rates = QUESTION_CHECKS.map((check) => {
				const passing = questions.filter(
					(q) => !perQuestion.get(q.id)!.some((f) => f.check === check)
				).length;
				return questions.length === 0 ? '-' : `${Math.round((passing / questions.length) * 100)}%`;
			});
			return [deck.id, String(questions.length), ...FORMS.map((f) => String(counts[f])), ...rates];
		});
		printTable(header, rows);

		console.log('\nbank checks:');
		for (const check of BANK_CHECKS) {
			const found = bankFailures.filter((f) => f.check === check);
			console.log(`  ${found.length === 0 ? 'pass' : 'FAIL'}  ${check}`);
			for (const f of found) console.log(`        ${f.subject}: ${f.reason}`);
		}
		const questionFailures = [...perQuestion.values()].flat();
		if (options.failures && questionFailures.length > 0) {
			console.log('\nquestion failures:');
			for (const f of questionFailures) console.log(`  ${f.check}  ${f.subject}: ${f.reason}`);
		}
		failed += questionFailures.length + bankFailures.length;
	}
	const drafts = describeDrafts(corpus);
	if (drafts.length > 0) console.log(`\n${drafts.join('\n')}`);
	if (failed > 0) console.log(`\n${failed} check failure${failed === 1 ? '' : 's'}.`);
	return failed > 0 ? 1 : 0;
}

function printTable(header: string[], rows: string[][]): void {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
}
