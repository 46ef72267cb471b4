import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { buildDay } from '../../src/lib/build-info.ts';
import { citationLabels, unCitation } from '../../src/lib/citation.ts';
import { formatNumber, groupSeparator, numberFormatAttributes, numberFormatFrom } from '../../src/lib/number-format.ts';
import { decision } from './fixtures.ts';

describe('English interface text', () => {
  const { t, plural, date } = useTranslations('en');

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('decision.title', { authors: 'Ermek Narymbaev' })).toBe('Ermek Narymbaev v. Kazakhstan');
    expect(t('decision.title')).toBe('{authors} v. Kazakhstan');
  });

  it('chooses the plural form and formats the count', () => {
    expect(plural('list.count', 1)).toBe('1 decision');
    expect(plural('list.count', 1200)).toBe('1,200 decisions');
  });

  it('writes dates known to the day, the month or the year', () => {
    expect(date('2020-11-06')).toBe('6 November 2020');
    expect(date('2014-06')).toBe('June 2014');
    expect(date('2015')).toBe('2015');
  });

  it('has no empty text and only placeholders in braces', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.trim(), key).not.toBe('');
      expect(value.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});

describe('Russian and Kazakh interface text', () => {
  it('ends a sentence that ends with a Russian date with one full stop', () => {
    const { t, date } = useTranslations('ru');
    expect(date('2026-12-07')).toBe('7 декабря 2026 г.');
    expect(t('site.footer.built', { date: date('2026-12-07') })).toBe('Страница сформирована 7 декабря 2026 г.');
  });

  it('keeps the full stop after a value that does not end with one', () => {
    const { t, date } = useTranslations('kk');
    expect(t('site.footer.built', { date: date('2026-12-07') })).toMatch(/^Бет жасалған күн: .*2026.*[^.]\.$/);
    expect(useTranslations('ru').t('site.footer.built', { date: '2026' })).toBe('Страница сформирована 2026.');
  });

  it('ends a Russian citation without a document symbol with one full stop', () => {
    const sviridov = decision('ccpr-2158-2012', {
      committee: 'CCPR',
      communications: ['2158/2012'],
      symbols: [],
      authors: ['Andrei Sviridov'],
      adopted: '2017-07-13',
      type: 'views',
    });
    const input = {
      id: sviridov.id,
      decision: sviridov.data,
      title: 'Andrei Sviridov против Казахстана',
      committeeName: 'Комитет по правам человека',
      url: 'https://example.org/ru/decisions/ccpr-2158-2012/',
      finding: null,
    };
    expect(unCitation(input, citationLabels('ru'))).toBe(
      'Andrei Sviridov против Казахстана, Комитет по правам человека, сообщение № 2158/2012, соображения приняты 13 июля 2017 г.',
    );
  });
});

describe('build day', () => {
  it('follows SOURCE_DATE_EPOCH so builds can be reproduced', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
    expect(buildDay({})).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('numbers written in the browser', () => {
  it('use the separator the server used, whatever the browser’s locale data says', () => {
    const kazakh = new Intl.NumberFormat('kk-KZ');
    const server = groupSeparator(kazakh);
    expect(server).not.toBe('');
    // A browser whose Kazakh data groups with a comma writes what the server wrote.
    const browser = new Intl.NumberFormat('en-GB');
    expect(formatNumber(browser, 5213, server)).toBe(kazakh.format(5213));
    expect(formatNumber(browser, 1234567, server)).toBe(kazakh.format(1234567));
    expect(formatNumber(browser, 12, server)).toBe('12');
    expect(groupSeparator(new Intl.NumberFormat('en-GB'))).toBe(',');
  });

  it('are written by a list’s script as the server wrote them, from the attributes the server gave it', () => {
    for (const locale of ['kk-KZ', 'ru-RU', 'en-GB']) {
      const attributes = numberFormatAttributes(locale);
      // What the browser reads back as `dataset` from those attributes.
      const element = {
        dataset: { formatLocale: attributes['data-format-locale'], numberGroup: attributes['data-number-group'] },
      } as unknown as HTMLElement;
      expect(numberFormatFrom(element, 'en')(10046)).toBe(new Intl.NumberFormat(locale).format(10046));
    }
    // Without the attributes, the page's language decides.
    expect(numberFormatFrom({ dataset: {} } as unknown as HTMLElement, 'en-GB')(10046)).toBe('10,046');
  });
});
