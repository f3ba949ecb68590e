import { expect, started, test } from './support/test.ts';
import { servedDeck } from './support/deck.ts';
import { position } from './support/quiz.ts';

const ARTICLE = '/article/mali-france-russia';

for (const section of ['introduction', 'russian-bear']) {
	test(`a highlight in “${section}” offers a quiz on its section, which starts at once`, async ({
		page,
		request
	}) => {
		await page.goto(ARTICLE);
		await started(page);
		const inSection = page.locator(`section[aria-labelledby="${section}"]`);
		await inSection.locator('a.mark').first().click();
		await inSection.getByRole('link', { name: 'Quiz this section' }).click();

		// The quiz itself starts: no deck page or setup in between.
		await page.waitForURL(/\/deck\/mali-france-russia\/[a-z-]+\/quiz\?id=/);
		await expect(page.locator('form.question h2')).toBeVisible();
		expect((await position(page)).n).toBe(1);

		// The question on screen, and every question of the deck, is asked from that section.
		const deck = /\/deck\/mali-france-russia\/([a-z-]+)\/quiz/.exec(page.url())![1];
		const json = await servedDeck(request, `mali-france-russia/${deck}`);
		const prompt = await page.locator('form.question h2').textContent();
		const statement = await page.locator('form.question .statement').allTextContents();
		const shown = json.questions.filter(
			(q) => q.prompt === prompt && (q.form !== 'true-false' || q.statement === statement[0])
		);
		expect(shown.length, 'the question shown is in the deck').toBeGreaterThan(0);
		const paragraphOf = (fact: string) => json.facts.find((f) => f.id === fact)!.paragraph;
		await page.goto(ARTICLE);
		const sectionParagraphs = await inSection
			.locator('p[id]')
			.evaluateAll((ps) => ps.map((p) => p.id));
		for (const paragraph of shown.flatMap((q) => q.facts.map(paragraphOf)))
			expect(sectionParagraphs, 'the question shown').toContain(paragraph);
		for (const paragraph of json.questions.flatMap((q) => q.facts.map(paragraphOf)))
			expect(sectionParagraphs, 'every question of the deck').toContain(paragraph);
	});
}
