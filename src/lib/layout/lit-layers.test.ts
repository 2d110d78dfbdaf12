import { describe, expect, it } from 'vitest';
import { litLayers, mapLinkLook, parseMapLinkLook, ribbonLook } from './lit-layers';

describe('litLayers', () => {
	it('joins each actor’s items into one path per look', () => {
		const layers = litLayers(
			[
				{ source: 'FRA', target: 'ARM', type: 'arms', d: 'M1Z' },
				{ source: 'RUS', target: 'ARM', type: 'arms', d: 'M2Z' },
				{ source: 'RUS', target: 'ARM', type: 'mission', d: 'M3Z' }
			] as const,
			ribbonLook
		);
		expect(layers).toEqual([
			{ actor: 'FRA', paths: [{ key: 'arms', d: 'M1Z' }] },
			{
				actor: 'ARM',
				paths: [
					{ key: 'arms', d: 'M1ZM2Z' },
					{ key: 'mission', d: 'M3Z' }
				]
			},
			{
				actor: 'RUS',
				paths: [
					{ key: 'arms', d: 'M2Z' },
					{ key: 'mission', d: 'M3Z' }
				]
			}
		]);
	});

	it('tells map curves apart by type, width and arrow', () => {
		const look = mapLinkLook({ type: 'arms', count: 9, directed: true });
		expect(look).toBe('arms 6 arrow');
		expect(parseMapLinkLook(look)).toEqual({ type: 'arms', width: 6, directed: true });
	});
});
