import type { Language } from '../i18n/language';
import type { Library } from './model';

/**
 * The Welsh names the library's translations give its factors and themes (the loader makes sure
 * each English name has one Welsh name and no two share one), for filters and labels.
 */
export interface Glossary {
  /** A factor's name in a language: its Welsh name where a translation gives one, else English. */
  factor(factor: string, language: Language): string;
  /** A theme's name in a language, likewise. */
  theme(theme: string, language: Language): string;
  /** The English factor a name (Welsh or English, any case) stands for. */
  factorKey(name: string): string;
  /** The English theme a name (Welsh or English, any case) stands for. */
  themeKey(name: string): string;
  /** Whether a factor or theme has a Welsh name. */
  hasWelsh(name: string): boolean;
}

const glossaries = new WeakMap<Library, Glossary>();

/** The library's glossary, built once per library. */
export function glossaryOf(library: Library): Glossary {
  let glossary = glossaries.get(library);
  if (!glossary) {
    glossary = buildGlossary(library);
    glossaries.set(library, glossary);
  }
  return glossary;
}

function buildGlossary(library: Library): Glossary {
  const factors = new Map<string, string>();
  const themes = new Map<string, string>();
  for (const issue of library.issues) {
    if (issue.welsh && !themes.has(issue.theme)) themes.set(issue.theme, issue.welsh.theme);
    for (const caseStudy of issue.cases) {
      caseStudy.welsh?.factors.forEach((welsh, index) => {
        const english = caseStudy.factors[index];
        if (english !== undefined && !factors.has(english)) factors.set(english, welsh);
      });
    }
  }
  const reverse = (names: Map<string, string>) =>
    new Map([...names].map(([english, welsh]) => [welsh.toLowerCase(), english]));
  const factorKeys = reverse(factors);
  const themeKeys = reverse(themes);
  const key = (keys: Map<string, string>, name: string) => keys.get(name.toLowerCase()) ?? name;
  return {
    factor: (factor, language) => (language === 'cy' ? (factors.get(factor) ?? factor) : factor),
    theme: (theme, language) => (language === 'cy' ? (themes.get(theme) ?? theme) : theme),
    factorKey: (name) => key(factorKeys, name),
    themeKey: (name) => key(themeKeys, name),
    hasWelsh: (name) => factors.has(name) || themes.has(name),
  };
}
