import assert from 'node:assert/strict';
import {
  isPluralElement,
  isSelectElement,
  isTagElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { catalogues, LANGUAGES } from '../../../src/i18n';

/** Each placeholder of a message as `name:kind`, e.g. `count:plural`, sorted and distinct. */
function placeholders(elements: MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const visit = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(`${element.value}:${TYPE[element.type]}`);
      if (isPluralElement(element) || isSelectElement(element)) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (isTagElement(element)) visit(element.children);
    }
  };
  visit(elements);
  return [...found].sort();
}

/** The categories of every plural in a message. */
function pluralCategories(elements: MessageFormatElement[]): string[][] {
  const found: string[][] = [];
  const visit = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (isPluralElement(element)) found.push(Object.keys(element.options).sort());
      if (isPluralElement(element) || isSelectElement(element)) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (isTagElement(element)) visit(element.children);
    }
  };
  visit(elements);
  return found;
}

const WELSH_PLURALS = ['few', 'many', 'one', 'other', 'two', 'zero'];
const parts = Object.entries(catalogues);

describe('the message catalogues', () => {
  for (const [part, pair] of parts) {
    describe(part, () => {
      it('has an English and a Welsh catalogue that say which language they are', () => {
        for (const language of LANGUAGES) assert.equal(pair[language].language, language);
        assert.equal(pair.en.needsReview, false, 'English is the source: nothing to review');
        assert.equal(typeof pair.cy.needsReview, 'boolean');
      });

      it('has every key in both languages', () => {
        const en = Object.keys(pair.en.messages);
        const cy = Object.keys(pair.cy.messages);
        assert.deepEqual(
          en.filter((key) => !cy.includes(key)),
          [],
          `missing in ${part}.cy.ts`,
        );
        assert.deepEqual(
          cy.filter((key) => !en.includes(key)),
          [],
          `missing in ${part}.en.ts`,
        );
      });

      it('has ICU messages with the same placeholders in both languages', () => {
        const problems: string[] = [];
        for (const [key, english] of Object.entries(pair.en.messages) as [string, string][]) {
          const welsh = (pair.cy.messages as Record<string, string>)[key];
          if (welsh === undefined) continue;
          let parsed: [MessageFormatElement[], MessageFormatElement[]];
          try {
            parsed = [parse(english), parse(welsh)];
          } catch (error) {
            problems.push(`${key}: not a valid ICU message (${(error as Error).message})`);
            continue;
          }
          const [en, cy] = parsed.map(placeholders);
          if (JSON.stringify(en) !== JSON.stringify(cy)) {
            problems.push(`${key}: English has ${en!.join(', ')}; Welsh has ${cy!.join(', ')}`);
          }
        }
        assert.deepEqual(problems, []);
      });

      it('gives each plural the forms its language needs (Welsh has six)', () => {
        const problems: string[] = [];
        for (const language of LANGUAGES) {
          for (const [key, message] of Object.entries(pair[language].messages) as [
            string,
            string,
          ][]) {
            for (const categories of pluralCategories(parse(message))) {
              const expected = language === 'cy' ? WELSH_PLURALS : ['one', 'other'];
              const missing = expected.filter((category) => !categories.includes(category));
              if (missing.length > 0) problems.push(`${part}.${language} ${key}: no ${missing}`);
            }
          }
        }
        assert.deepEqual(problems, []);
      });

      it('writes apostrophes as ’, since a straight one quotes text in ICU', () => {
        const quoted = LANGUAGES.flatMap((language) =>
          Object.entries(pair[language].messages)
            .filter(([, message]) => (message as string).includes("'"))
            .map(([key]) => `${part}.${language} ${key}`),
        );
        assert.deepEqual(quoted, []);
      });
    });
  }

  it('never defines a key both in common and in another part', () => {
    const common = Object.keys(catalogues.common.en.messages);
    const clashes = parts
      .filter(([part]) => part !== 'common')
      .flatMap(([part, pair]) =>
        Object.keys(pair.en.messages)
          .filter((key) => common.includes(key))
          .map((key) => `${part}: ${key}`),
      );
    assert.deepEqual(clashes, []);
  });
});
