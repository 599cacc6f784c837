import type { Request, Response } from 'restify';
import { textFor, type MessageKey, type MessageValue } from '../../i18n';
import { isLanguage, preferredLanguage, type Language } from '../../i18n/language';
import { sendHtml } from '../respond';

/** A key of the pages' catalogue. */
export type PageKey = MessageKey<'pages'>;

/** A block of a page: a paragraph, or a list of items. */
export type Block = { paragraph: PageKey } | { list: PageKey[] };

/**
 * A page of the service (privacy notice, terms, accessibility statement) as the keys of its
 * messages, rendered from the English or the Welsh catalogue.
 */
export interface PageOutline {
  /** Where it is served, e.g. `/privacy`. */
  path: string;
  title: PageKey;
  intro: Block[];
  sections: { heading: PageKey; blocks: Block[]; level?: 2 | 3 }[];
  /** The link to the page in the other language, written in that language. */
  otherLanguage: PageKey;
  /** Values for the messages' placeholders, by language (dates are written in it). */
  values?: (language: Language) => Record<string, MessageValue>;
  /** Where each `<tag>…</tag>` in the messages links to. */
  links?: (language: Language) => Record<string, string>;
}

const LANG_ATTRIBUTE: Readonly<Record<Language, string>> = { en: 'en-GB', cy: 'cy' };

/** Text that is safe inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

interface Html {
  html: string;
}

/** A page in one language as a whole HTML document. */
export function renderPage(outline: PageOutline, language: Language): string {
  const t = textFor('pages', language);
  const values = outline.values?.(language) ?? {};
  const links = Object.fromEntries(
    Object.entries(outline.links?.(language) ?? {}).map(([tag, href]) => [
      tag,
      (content: (string | Html)[]): Html => ({
        html: `<a href="${escapeHtml(href)}">${content.map(toHtml).join('')}</a>`,
      }),
    ]),
  );
  const message = (key: PageKey) =>
    t
      .rich<Html>(key, { ...values, ...links })
      .map(toHtml)
      .join('');
  const block = (item: Block) =>
    'paragraph' in item
      ? `<p>${message(item.paragraph)}</p>`
      : `<ul>${item.list.map((key) => `<li>${message(key)}</li>`).join('')}</ul>`;
  const sections = outline.sections
    .map(({ heading, blocks, level = 2 }) => {
      const tag = `h${level}`;
      return `<section><${tag}>${message(heading)}</${tag}>${blocks.map(block).join('')}</section>`;
    })
    .join('\n');
  const other: Language = language === 'cy' ? 'en' : 'cy';
  const title = message(outline.title);
  return `<!doctype html>
<html lang="${LANG_ATTRIBUTE[language]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:44rem;margin:0 auto;padding:1rem;color:#242424;background:#fff}
a{color:#0f548c}a:focus-visible{outline:2px solid #000;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
${outline.intro.map(block).join('\n')}
${sections}
<p><a href="${outline.path}?lang=${other}" lang="${LANG_ATTRIBUTE[other]}" hreflang="${LANG_ATTRIBUTE[other]}">${message(outline.otherLanguage)}</a></p>
</main>
</body>
</html>`;
}

function toHtml(part: string | Html): string {
  return typeof part === 'string' ? escapeHtml(part) : part.html;
}

/** The language a page is asked for: `?lang=`, else the browser's (`Accept-Language`), else English. */
export function pageLanguage(req: Request): Language {
  const asked: unknown = req.query?.lang;
  if (isLanguage(asked)) return asked;
  return preferredLanguage(req.header('accept-language')) ?? 'en';
}

/** Sends a rendered page, saying its language. */
export function sendPage(res: Response, page: string, language: Language): void {
  sendHtml(res, 200, page, {
    'content-language': LANG_ATTRIBUTE[language],
    vary: 'accept-language',
  });
}
