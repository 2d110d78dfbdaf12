import { describe, expect, it } from 'vitest';
import { linkCore } from '../data/details';
import { fixtureLink } from '../../../tests/support/fixtures';
import { LinkDetails } from './details.svelte';

const answer = (body: unknown, status = 200): typeof fetch =>
	(async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

const FILES = { dataset: '/data/ties.json', texts: null };

describe('LinkDetails', () => {
	const link = fixtureLink({ id: 'a-b' });

	it('loads the links of the expected version', async () => {
		const details = new LinkDetails(FILES, 'v1', ['a-b']);
		expect(details.fullLinks([linkCore(link)])).toEqual([]);
		await details.load(answer({ version: 'v1', links: [link] }));
		expect(details.status).toBe('ready');
		expect(details.fullLinks([linkCore(link)])).toEqual([link]);
		expect(details.titleOf(linkCore(link))).toBe(link.title);
	});

	it('keeps the reason when the server fails, and can try again', async () => {
		const details = new LinkDetails(FILES, 'v1', ['a-b']);
		await details.load(answer('not found', 404));
		expect([details.status, details.problem]).toEqual(['error', 'the server answered 404']);
		await details.load(answer({ version: 'v1', links: [link] }));
		expect(details.status).toBe('ready');
	});

	it('reports a network failure and a file of another version', async () => {
		const details = new LinkDetails(FILES, 'v1', ['a-b']);
		await details.load((async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch);
		expect(details.problem).toBe('Failed to fetch');
		await details.load(answer({ version: 'v0', links: [link] }));
		expect(details.problem).toMatch(/version v0/);
		expect(details.fullLinks([linkCore(link)])).toEqual([]);
	});

	it('fetches once while loading or loaded', async () => {
		let calls = 0;
		const counting: typeof fetch = async () => {
			calls += 1;
			return new Response(JSON.stringify({ version: 'v1', links: [link] }));
		};
		const details = new LinkDetails(FILES, 'v1', ['a-b']);
		await Promise.all([details.load(counting), details.load(counting)]);
		await details.load(counting);
		expect(calls).toBe(1);
	});

	it('lets a second caller wait for the load under way', async () => {
		const details = new LinkDetails(FILES, 'v1', ['a-b']);
		const first = details.load(answer({ version: 'v1', links: [link] }));
		await details.load(answer('not asked', 500));
		expect(details.status).toBe('ready');
		await first;
	});

	it('shows the links in the page’s locale, and exports them as the record gives them', async () => {
		const files: Record<string, unknown> = {
			'/data/ties.json': { version: 'v1', links: [link] },
			'/data/texts/ru.json': {
				version: 'v1',
				locale: 'ru',
				links: { 'a-b': { title: 'Заголовок', summary: 'Сводка', status: 'machine' } }
			}
		};
		const serve = (async (url: string) => new Response(JSON.stringify(files[url]))) as typeof fetch;
		const details = new LinkDetails(
			{ dataset: '/data/ties.json', texts: '/data/texts/ru.json' },
			'v1',
			['a-b']
		);
		await details.load(serve);
		expect(details.status).toBe('ready');
		const [shown] = details.shownLinks([linkCore(link)]);
		expect([shown!.title, shown!.summary, shown!.textStatus]).toEqual([
			'Заголовок',
			'Сводка',
			'machine'
		]);
		expect(shown!.sources).toEqual(link.sources);
		expect(details.fullLinks([linkCore(link)])).toEqual([link]);
		expect(details.titleOf(linkCore(link))).toBe('Заголовок');
	});

	it('refuses a texts file of another version or without a link’s text', async () => {
		const answerBoth = (texts: unknown): typeof fetch =>
			(async (url: string) =>
				new Response(
					JSON.stringify(url.includes('texts') ? texts : { version: 'v1', links: [link] })
				)) as typeof fetch;
		const files = { dataset: '/data/ties.json', texts: '/data/texts/hy.json' };
		const stale = new LinkDetails(files, 'v1', ['a-b']);
		await stale.load(answerBoth({ version: 'v0', locale: 'hy', links: {} }));
		expect(stale.problem).toMatch(/version v0/);
		const partial = new LinkDetails(files, 'v1', ['a-b']);
		await partial.load(answerBoth({ version: 'v1', locale: 'hy', links: {} }));
		expect(partial.problem).toBe('the texts file has no text for "a-b"');
	});
});
