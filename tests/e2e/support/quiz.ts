import { expect, type Page } from '@playwright/test';

/** How a test answers: keys only, or taps on a touch screen. */
export type Input = 'keyboard' | 'touch' | 'mouse';

/** The question on screen: its prompt and the kind of control it asks for. */
export async function currentForm(page: Page): Promise<'choice' | 'text' | 'order' | 'match'> {
	const form = page.locator('form.question');
	// The question appears once the deck's data has arrived.
	await expect(form.locator('h2')).toBeVisible();
	if ((await form.locator('input[type="radio"]').count()) > 0) return 'choice';
	if ((await form.locator('input[type="text"]').count()) > 0) return 'text';
	if ((await form.locator('ol.order').count()) > 0) return 'order';
	return 'match';
}

/** Answers the question on screen (not necessarily right) and checks it, using only `input`. */
export async function answerQuestion(page: Page, input: Input, text = 'Bamako'): Promise<void> {
	const form = page.locator('form.question');
	const kind = await currentForm(page);
	if (input === 'keyboard') {
		if (kind === 'choice') await page.keyboard.press('2');
		else if (kind === 'text') {
			await page.keyboard.press('Tab');
			while (
				!(await form.locator('input[type="text"]').evaluate((el) => el === document.activeElement))
			)
				await page.keyboard.press('Tab');
			await page.keyboard.type(text);
		} else if (kind === 'order') {
			const down = form.getByRole('button', { name: /down$/ }).first();
			await down.focus();
			await page.keyboard.press('Enter');
			await form.locator('h2').focus();
		} else {
			for (const select of await form.locator('select').all()) {
				await select.focus();
				await page.keyboard.press('ArrowDown');
			}
			await form.locator('h2').focus();
		}
		await page.keyboard.press('Enter');
	} else {
		const press = async (locator: ReturnType<Page['locator']>) =>
			input === 'touch' ? locator.tap() : locator.click();
		if (kind === 'choice') await press(form.locator('label.option').nth(1));
		else if (kind === 'text') await form.locator('input[type="text"]').fill(text);
		else if (kind === 'order') await press(form.getByRole('button', { name: /down$/ }).first());
		else
			for (const select of await form.locator('select').all())
				await select.selectOption({ index: 1 });
		await press(form.getByRole('button', { name: 'Check' }));
	}
	await expect(form.locator('.feedback h3')).toBeVisible();
}

/** Goes on from feedback to the next question (or the results). */
export async function goOn(page: Page, input: Input): Promise<void> {
	const button = page.getByRole('button', { name: /Next question|See results/ });
	if (input === 'keyboard') {
		await expect(button).toBeVisible();
		await page.keyboard.press('Enter');
	} else if (input === 'touch') await button.tap();
	else await button.click();
}

/** The "Question n of m" numbers shown. */
export async function position(page: Page): Promise<{ n: number; of: number }> {
	const label = await page.locator('#progress-label').textContent();
	const [, n, of] = /Question (\d+) of (\d+)/.exec(label ?? '') ?? [];
	return { n: Number(n), of: Number(of) };
}

/**
 * Drags the order item at `from` by its handle until it sits at `to`, in small steps, with the
 * mouse or with one finger (touch events sent through the Chrome DevTools Protocol).
 */
export async function dragOrderItem(
	page: Page,
	from: number,
	to: number,
	input: 'mouse' | 'touch'
): Promise<void> {
	const rows = page.locator('ol.order > li');
	// The whole list on screen, so every point of the drag is inside the viewport.
	await page.locator('ol.order').evaluate((list) => list.scrollIntoView({ block: 'center' }));
	const handle = (await rows.nth(from).locator('.handle').boundingBox())!;
	const target = (await rows.nth(to).boundingBox())!;
	const x = handle.x + handle.width / 2;
	const start = handle.y + handle.height / 2;
	// Past the target row's middle going down, short of it going up: where the row lands.
	const end = target.y + target.height * (to > from ? 0.8 : 0.2);
	// A hand drifts sideways off the narrow handle while it drags.
	const drift = 80;
	const steps = 12;
	const at = (i: number) => ({
		x: x + (drift * i) / steps,
		y: start + ((end - start) * i) / steps
	});
	if (input === 'mouse') {
		await page.mouse.move(x, start);
		await page.mouse.down();
		for (let i = 1; i <= steps; i++) await page.mouse.move(at(i).x, at(i).y);
		await page.mouse.up();
		return;
	}
	const cdp = await page.context().newCDPSession(page);
	// Each event carries its own time (a move every 16 ms), so Chrome sees the same gesture however
	// busy the machine is.
	const began = Date.now() / 1000;
	const touch = (
		type: 'touchStart' | 'touchMove' | 'touchEnd',
		touchPoints: { x: number; y: number }[],
		seconds: number
	) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: began + seconds });
	await touch('touchStart', [{ x, y: start }], 0);
	for (let i = 1; i <= steps; i++) await touch('touchMove', [at(i)], i * 0.016);
	// Rest before lifting, as a finger does: lifting mid-swipe flings, and Chrome then swallows
	// the next tap as the one that stops the fling.
	const rested = steps * 0.016 + 0.15;
	await touch('touchMove', [at(steps)], rested);
	await touch('touchEnd', [], rested);
	await cdp.detach();
}
