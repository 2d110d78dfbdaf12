import { describe, expect, it } from 'vitest';
import { fixtureLinkFile } from '../../../tests/support/fixtures';
import type { GlossaryEntry, TranslationFile } from './schema';
import {
	checkTranslations,
	englishHashes,
	ruledOutForms,
	type TranslationRecord
} from './translations';
import { formatProblem, type LinkRecord } from './validate';

const LINK: LinkRecord = {
	id: 'fra-arm-caesar-2024',
	file: 'data/links/fra-arm-caesar-2024.yaml',
	link: fixtureLinkFile({ uncertain: 'The quantity is from the press.' })
};

const KARABAKH: GlossaryEntry = {
	id: 'nagorno-karabakh',
	en: 'Nagorno-Karabakh',
	use: {
		hy: 'Լեռնային Ղարաբաղ',
		az: 'Dağlıq Qarabağ',
		ka: 'მთიანი ყარაბაღი',
		ru: 'Нагорный Карабах'
	},
	avoid: { ru: ['Арцах'], hy: ['Արցախ'] },
	rationale: 'The name the UN and the OSCE use.'
};

function ru(change: Partial<TranslationFile> = {}): TranslationRecord {
	const of = englishHashes(LINK.link);
	return {
		locale: 'ru',
		id: LINK.id,
		file: 'data/i18n/ru/fra-arm-caesar-2024.yaml',
		translation: {
			title: 'Армения заказывает у Франции гаубицы CAESAR',
			summary: 'Франция согласилась продать Армении самоходные гаубицы CAESAR.',
			uncertain: 'Количество известно из прессы.',
			status: 'machine',
			of: { title: of.title!, summary: of.summary!, uncertain: of.uncertain },
			...change
		}
	};
}

const check = (...translations: TranslationRecord[]) =>
	checkTranslations([LINK], translations, [KARABAKH]);

describe('checkTranslations', () => {
	it('accepts a translation of the current English, and counts the locales that lack one', () => {
		const { problems, notices } = check(ru());
		expect(problems).toEqual([]);
		expect(notices.stale).toEqual([]);
		expect(notices.missing).toEqual({ hy: [LINK.id], az: [LINK.id], ka: [LINK.id], ru: [] });
	});

	it('names the field whose English changed since it was translated, and a missing field', () => {
		const old = ru({ uncertain: undefined });
		old.translation.of = { ...old.translation.of, summary: '00000000' };
		expect(check(old).notices.stale.map(formatProblem)).toEqual([
			`data/i18n/ru/fra-arm-caesar-2024.yaml: summary: translates an older English text (of.summary 00000000, now ${englishHashes(LINK.link).summary})`,
			'data/i18n/ru/fra-arm-caesar-2024.yaml: uncertain: is missing: the English has one'
		]);
	});

	it('calls a field the English no longer has stale, not wrong', () => {
		const dropped = checkTranslations(
			[{ ...LINK, link: { ...LINK.link, uncertain: undefined } }],
			[ru()],
			[KARABAKH]
		);
		expect(dropped.problems).toEqual([]);
		expect(dropped.notices.stale.map(formatProblem)).toEqual([
			'data/i18n/ru/fra-arm-caesar-2024.yaml: uncertain: the English has no uncertain any more: remove it'
		]);
	});

	it('refuses a form the glossary rules out, outside quotation marks only', () => {
		const ruled = ru({ summary: 'Власти Арцаха и «Республика Арцах» заявили.' });
		expect(check(ruled).problems.map(formatProblem)).toEqual([
			'data/i18n/ru/fra-arm-caesar-2024.yaml: summary: uses "Арцах", which the glossary rules out (nagorno-karabakh): write "Нагорный Карабах" or quote the claim'
		]);
		expect(check(ru({ summary: 'Так называемая «Республика Арцах» заявила.' })).problems).toEqual(
			[]
		);
	});

	it('refuses a translation of no link', () => {
		const stray = { ...ru(), id: 'no-such-link', file: 'data/i18n/ru/no-such-link.yaml' };
		expect(check(stray).problems.map(formatProblem)).toEqual([
			'data/i18n/ru/no-such-link.yaml: translates no link: there is no data/links/no-such-link.yaml'
		]);
	});
});

describe('ruledOutForms', () => {
	it('matches stems inside inflected words, whatever the case', () => {
		expect(ruledOutForms('Արցախի իշխանությունները', 'hy', [KARABAKH]).map((f) => f.form)).toEqual([
			'Արցախ'
		]);
		expect(ruledOutForms('Нагорный Карабах', 'ru', [KARABAKH])).toEqual([]);
	});
});
