import { describe, expect, it } from 'vitest';
import { load } from './+page';

type LoadEvent = Parameters<typeof load>[0];
const run = (fetch: typeof globalThis.fetch) => load({ fetch } as unknown as LoadEvent);

describe('the page load', () => {
	it('hands the region topology to the page', async () => {
		const topology = { type: 'Topology', objects: {}, arcs: [] };
		const data = await run(async () => new Response(JSON.stringify(topology)));
		expect(data).toEqual({ region: topology, regionError: null });
	});

	it('turns a failed geography request into an error the map shows with a retry', async () => {
		expect(await run(async () => new Response('gone', { status: 404 }))).toEqual({
			region: null,
			regionError: 'HTTP 404'
		});
		expect(
			await run(async () => {
				throw new TypeError('Failed to fetch');
			})
		).toEqual({ region: null, regionError: 'Failed to fetch' });
	});
});
