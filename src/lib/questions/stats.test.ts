import { describe, expect, it } from 'vitest';
import { chiSquarePValue, chiSquareUniform } from './stats.ts';

describe('chi-square', () => {
	it('gives the textbook critical values a p-value of 0.05', () => {
		expect(chiSquarePValue(3.841, 1)).toBeCloseTo(0.05, 3);
		expect(chiSquarePValue(7.815, 3)).toBeCloseTo(0.05, 3);
		expect(chiSquarePValue(18.307, 10)).toBeCloseTo(0.05, 3);
	});

	it('gives 0.01 at the 1% critical value for three degrees of freedom', () => {
		expect(chiSquarePValue(11.345, 3)).toBeCloseTo(0.01, 3);
	});

	it('calls an even spread uniform and a lopsided one not', () => {
		expect(chiSquarePValue(chiSquareUniform([25, 25, 25, 25]), 3)).toBe(1);
		expect(chiSquarePValue(chiSquareUniform([70, 10, 10, 10]), 3)).toBeLessThan(0.001);
	});
});
