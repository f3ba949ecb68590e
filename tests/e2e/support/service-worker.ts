import type { Page } from '@playwright/test';

/** Waits until the service worker controls the page and has stored the whole app. */
export async function installed(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((claimed) =>
				navigator.serviceWorker.addEventListener('controllerchange', claimed, { once: true })
			);
	});
}

/** What the page's service worker registration holds, and the caches the page can see. */
export async function workerState(page: Page): Promise<{
	controlled: boolean;
	controllerIsActive: boolean;
	installing: boolean;
	waiting: boolean;
	caches: string[];
}> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		const controller = navigator.serviceWorker.controller;
		return {
			controlled: controller !== null,
			controllerIsActive: controller !== null && registration?.active === controller,
			installing: !!registration?.installing,
			waiting: !!registration?.waiting,
			caches: (await caches.keys()).sort()
		};
	});
}
