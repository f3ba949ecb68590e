/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
export function chiSquareUniform(counts: readonly number[]): number {
	const total = counts.reduce((sum, n) => sum + n, 0);
	if (total === 0 || counts.length < 2) return 0;
	const expected = total / counts.length;
	return counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
}

/** P(X ≥ x) for a chi-square variable with `df` degrees of freedom: the test's p-value. */
export function chiSquarePValue(x: number, df: number): number {
	if (x <= 0) return 1;
	return upperRegularizedGamma(df / 2, x / 2);
}

// Q(a, x) by its series below a + 1 and its continued fraction above (Numerical Recipes, 6.2).
function upperRegularizedGamma(a: number, x: number): number {
	const lnPrefix = a * Math.log(x) - x - logGamma(a);
	if (x < a + 1) {
		let term = 1 / a;
		let sum = term;
		for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
			term *= x / (a + n);
			sum += term;
		}
		return 1 - sum * Math.exp(lnPrefix);
	}
	const tiny = 1e-300;
	let b = x + 1 - a;
	let c = 1 / tiny;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i < 500; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < tiny) d = tiny;
		c = b + an / c;
		if (Math.abs(c) < tiny) c = tiny;
		d = 1 / d;
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < 1e-15) break;
	}
	return Math.exp(lnPrefix) * h;
}

// Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for a > 0.
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];

function logGamma(a: number): number {
	if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
	const z = a - 1;
	let x = LANCZOS[0];
	for (let i = 1; i < 9; i++) x += LANCZOS[i] / (z + i);
	const t = z + 7.5;
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(x);
}
