import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ru from '../../../messages/ru.json';
import { linkCount } from '../data/count';
import { linkTypeLabel } from '../data/link-types';
import { LINK_TYPE_IDS } from '../data/vocabulary';
import { FIRST_VIEW_KEYS, setFirstViewSource, t } from './first-view';

describe('first-view messages', () => {
	it('fall back to the English of messages/en.json', () => {
		setFirstViewSource(() => undefined);
		for (const id of LINK_TYPE_IDS) expect(linkTypeLabel(id)).toBe(en[`type_${id}`]);
		expect(linkCount(1)).toBe('1 link');
		expect(linkCount(12)).toBe('12 links');
		expect(t('only', 'only')).toBe(en.only);
		expect(t('link_types', 'Link types')).toBe(en.link_types);
		expect(t('show_only', 'Show only {type}', { type: 'Arms' })).toBe('Show only Arms');
		expect(t('ongoing', 'ongoing')).toBe(en.ongoing);
		for (const key of FIRST_VIEW_KEYS) expect(en).toHaveProperty(key);
	});
	it('read the page’s locale, plurals by its rules', () => {
		const messages = Object.fromEntries(FIRST_VIEW_KEYS.map((k) => [k, ru[k]]));
		setFirstViewSource(() => ({ locale: 'ru', messages }));
		expect(linkTypeLabel('arms')).toBe('Вооружения');
		expect(linkCount(1)).toBe('1 связь');
		expect(linkCount(3)).toBe('3 связи');
		expect(linkCount(12)).toBe('12 связей');
		expect(t('show_only', 'Show only {type}', { type: 'Договоры' })).toBe('Только Договоры');
		setFirstViewSource(() => undefined);
	});
});
