import assert from 'node:assert/strict';
import { parse } from '@formatjs/icu-messageformat-parser';
import {
  createTranslator,
  formatLocaleFor,
  languageFor,
  languageOfLocale,
  languagesOfPost,
  preferredLanguage,
  textFor,
} from '../../../src/i18n';

describe('languages', () => {
  it('reads Welsh from cy and cy-GB, English from any English locale, nothing from others', () => {
    assert.equal(languageOfLocale('cy'), 'cy');
    assert.equal(languageOfLocale('cy-GB'), 'cy');
    assert.equal(languageOfLocale('CY_gb'), 'cy');
    assert.equal(languageOfLocale('en-US'), 'en');
    assert.equal(languageOfLocale('fr-FR'), undefined);
    assert.equal(languageOfLocale(undefined), undefined);
    assert.equal(languageFor('fr-FR'), 'en');
    assert.equal(languageFor('cy-GB'), 'cy');
  });

  it('formats in the reader’s own locale only when it is of the same language', () => {
    assert.equal(formatLocaleFor('en', 'en-US'), 'en-US');
    assert.equal(formatLocaleFor('en', 'fr-FR'), 'en-GB');
    assert.equal(formatLocaleFor('cy', 'en-GB'), 'cy-GB');
    assert.equal(formatLocaleFor('cy'), 'cy-GB');
    assert.equal(formatLocaleFor('en', 'en-not a locale!'), 'en-GB');
  });

  it('takes the preferred of English and Welsh from Accept-Language', () => {
    assert.equal(preferredLanguage('cy-GB,cy;q=0.9,en-GB;q=0.8'), 'cy');
    assert.equal(preferredLanguage('fr-FR,en;q=0.5,cy;q=0.4'), 'en');
    assert.equal(preferredLanguage('en;q=0.3, cy;q=0.7'), 'cy');
    assert.equal(preferredLanguage('fr-FR,de'), undefined);
    assert.equal(preferredLanguage('cy;q=0, en'), 'en');
    assert.equal(preferredLanguage(undefined), undefined);
  });

  it('writes a bilingual post with the Welsh first', () => {
    assert.deepEqual(languagesOfPost('bilingual'), ['cy', 'en']);
    assert.deepEqual(languagesOfPost('cy'), ['cy']);
  });
});

describe('a translator', () => {
  const colleagues = {
    'replies.count':
      '{count, plural, zero {Dim atebion eto} one {# cydweithiwr} two {# gydweithiwr} few {# chydweithiwr} many {# chydweithiwr} other {# cydweithiwr}}',
  };

  it('gives each of Welsh’s six plural forms: 0, 1, 2, 3, 6 and 7', () => {
    const t = createTranslator('cy', colleagues);
    assert.deepEqual(
      [0, 1, 2, 3, 6, 7].map((count) => t.text('replies.count', { count })),
      [
        'Dim atebion eto',
        '1 cydweithiwr',
        '2 gydweithiwr',
        '3 chydweithiwr',
        '6 chydweithiwr',
        '7 cydweithiwr',
      ],
    );
  });

  it('says “1 case study” and “2 case studies” in English and the Welsh forms in Welsh', () => {
    const counts = [0, 1, 2, 3, 6, 7];
    const english = textFor('tab', 'en');
    assert.deepEqual(
      counts.map((count) => english.text('search.count', { count })),
      [
        '0 case studies match.',
        '1 case study matches.',
        '2 case studies match.',
        '3 case studies match.',
        '6 case studies match.',
        '7 case studies match.',
      ],
    );
    const welsh = textFor('tab', 'cy');
    assert.deepEqual(
      counts.map((count) => welsh.text('search.count', { count })),
      [
        'Does dim astudiaethau achos yn cyfateb.',
        'Mae 1 astudiaeth achos yn cyfateb.',
        'Mae 2 astudiaeth achos yn cyfateb.',
        'Mae 3 astudiaeth achos yn cyfateb.',
        'Mae 6 astudiaeth achos yn cyfateb.',
        'Mae 7 astudiaeth achos yn cyfateb.',
      ],
    );
  });

  it('writes dates and lists the way each language does', () => {
    const english = createTranslator('en', {});
    const welsh = createTranslator('cy', {});
    assert.equal(english.date('2024-10-15'), '15 October 2024');
    assert.equal(welsh.date('2024-10-15'), '15 Hydref 2024');
    assert.equal(english.month('2024-10'), 'October 2024');
    assert.equal(welsh.month('2024-10'), 'Hydref 2024');
    assert.equal(english.list(['custody', 'mental health']), 'custody, mental health');
    assert.equal(welsh.list(['dalfa', 'iechyd meddwl']), 'dalfa, iechyd meddwl');
    assert.equal(createTranslator('en', {}, 'en-US').date('2024-10-15'), 'October 15, 2024');
  });

  it('keeps rich values (such as elements) between the message’s text', () => {
    const t = createTranslator('cy', { heading: 'Rhifyn {number}: {title}' });
    const title = { element: 'span' };
    assert.deepEqual(t.rich('heading', { number: 38, title }), ['Rhifyn 38: ', title]);
  });

  it('formats messages parsed ahead of time, as the tab’s build ships them, like their text', () => {
    const message = '{count, plural, one {# case study} other {# case studies}}';
    const fromText = createTranslator('en', { count: message, plain: 'Library' });
    const parsed = createTranslator('en', { count: parse(message), plain: 'Library' });
    for (const count of [1, 2]) {
      assert.equal(parsed.text('count', { count }), fromText.text('count', { count }));
    }
    assert.equal(parsed.text('plain'), 'Library');
  });

  it('never throws on a message it cannot format: the message comes out as written', () => {
    const t = createTranslator('en', { broken: 'An {unclosed', missing: 'Hello {name}' });
    assert.equal(t.text('broken'), 'An {unclosed');
    assert.equal(t.text('missing'), 'Hello {name}');
  });
});
