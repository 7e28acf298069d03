import { describe, expect, it } from 'vitest';
import { barWidths, layoutBars, wrapLabel } from '../../src/charts/bars.ts';

describe('wrapLabel', () => {
	it('breaks at spaces within the line length', () => {
		expect(wrapLabel('Lien social, utilité sociale', 40, 2)).toEqual([
			'Lien social, utilité sociale',
		]);
		expect(wrapLabel('Perception des risques liés aux crises, aléas naturels', 30, 3)).toEqual([
			'Perception des risques liés',
			'aux crises, aléas naturels',
		]);
	});

	it('shortens the last allowed line with an ellipsis', () => {
		const lines = wrapLabel(
			'Lieux de vie, promoteurs de santé (écoles, établissements hospitaliers, milieu professionnel)',
			40,
			2,
		);
		expect(lines).toEqual([
			'Lieux de vie, promoteurs de santé',
			'(écoles, établissements hospitaliers…',
		]);
		expect(lines.every((l) => l.length <= 40)).toBe(true);
	});

	it('never breaks at the no-break spaces of French typography', () => {
		expect(wrapLabel('Soutien social\u00A0: pair-aidance', 15, 3)).toEqual([
			'Soutien',
			'social\u00A0:',
			'pair-aidance',
		]);
	});
});

describe('barWidths', () => {
	it('scales to the largest value, which takes the plot share', () => {
		expect(barWidths([21, 7, 0, 1], 88)).toEqual([88, 29.3, 0, 4.2]);
	});

	it('keeps a tiny non-zero value visible and an all-zero chart flat', () => {
		expect(barWidths([1000, 1], 88)[1]).toBe(1);
		expect(barWidths([0, 0])).toEqual([0, 0]);
	});
});

describe('layoutBars', () => {
	it('stacks label lines then the bar, row after row, without overlap', () => {
		const layout = layoutBars(
			[
				{ label: 'Partie 1 · Agir sur le cadre de vie', value: 5, partie: 1 },
				{ label: 'Partie 5 · La santé mentale des enfants, des jeunes et des habitants', value: 8 },
			],
			{ lineLength: 40, lineHeight: 20, barHeight: 10, gap: 4 },
		);
		const [first, second] = layout.rows;
		expect(first!.lines).toHaveLength(1);
		expect(second!.lines).toHaveLength(2);
		expect(first!.lineY).toEqual([15]);
		expect(first!.barY).toBe(22);
		// Next label starts below the previous bar.
		expect(second!.lineY[0]! - 20).toBeGreaterThanOrEqual(first!.barY + 10);
		expect(second!.width).toBe(88);
		expect(first!.width).toBe(55);
		expect(layout.height).toBe(second!.barY + 10 + 4);
	});
});
