import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ru from '../../../messages/ru.json';
import hy from '../../../messages/hy.json';
import az from '../../../messages/az.json';
import ka from '../../../messages/ka.json';
import { linkCount } from '../data/count';
import { linkTypeLabel } from '../data/link-types';
import { LINK_TYPE_IDS } from '../data/vocabulary';
import { FIRST_VIEW_KEYS, setFirstViewSource, t } from './first-view';

const english = () => ({ locale: 'en', messages: en });

describe('first-view messages', () => {
	it('exist in every catalogue', () => {
		for (const catalogue of [en, hy, az, ka, ru])
			for (const key of FIRST_VIEW_KEYS) expect(catalogue).toHaveProperty(key);
	});
	it('read the English catalogue on English pages', () => {
		setFirstViewSource(english);
		for (const id of LINK_TYPE_IDS) expect(linkTypeLabel(id)).toBe(en[`type_${id}`]);
		expect(linkCount(1)).toBe('1 link');
		expect(linkCount(12)).toBe('12 links');
		expect(t('show_only', { type: 'Arms' })).toBe('Show only Arms');
		expect(t('n_types', { count: 4 })).toBe('4 link types');
	});
	it('read the page’s locale, plurals by its rules', () => {
		const messages = Object.fromEntries(FIRST_VIEW_KEYS.map((k) => [k, ru[k]]));
		setFirstViewSource(() => ({ locale: 'ru', messages }));
		expect(linkTypeLabel('arms')).toBe('Вооружения');
		expect(linkCount(1)).toBe('1 связь');
		expect(linkCount(3)).toBe('3 связи');
		expect(linkCount(12)).toBe('12 связей');
		expect(t('show_only', { type: 'Договоры' })).toBe('Только Договоры');
		setFirstViewSource(english);
	});
	it('show the key, not an empty string, when a page has no catalogue', () => {
		setFirstViewSource(() => undefined);
		expect(t('play')).toBe('play');
		setFirstViewSource(english);
	});
});
