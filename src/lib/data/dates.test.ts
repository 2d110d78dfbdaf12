import { describe, expect, it } from 'vitest';
import { isOrdered, linkPeriod } from './dates';

describe('linkPeriod', () => {
	it('says when a link was in force, one-day events once, ongoing ones as ongoing', () => {
		expect(linkPeriod({ start: '2024-06-18', end: '2024-06-18' })).toBe('2024-06-18');
		expect(linkPeriod({ start: '2017', end: '2021-03' })).toBe('2017 – 2021-03');
		expect(linkPeriod({ start: '2020-11', end: null })).toBe('2020-11 – ongoing');
	});

	it('shrinks to years for tight spaces', () => {
		expect(linkPeriod({ start: '2020-03', end: '2020-05' }, true)).toBe('2020');
		expect(linkPeriod({ start: '2017-01', end: '2021' }, true)).toBe('2017–2021');
		expect(linkPeriod({ start: '2020-11', end: null }, true)).toBe('2020–');
	});
});

describe('partial dates', () => {
	it('order at the precision both give', () => {
		expect(isOrdered('2020-05', '2020')).toBe(true);
		expect(isOrdered('2020-05-02', '2020-05-01')).toBe(false);
	});
});
