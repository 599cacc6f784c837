/**
 * Adaptive Card TextBlocks and Teams message text render a Markdown subset. Library text goes
 * through `escapeMarkdown` so it cannot add links, mentions, emphasis, headings or lists.
 */

const markdownCharacters = /[\\`*_{}[\]()#+!|~<>]/g;

/** Escapes Markdown and `<at>` mentions in plain text so it renders as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(markdownCharacters, (character) => `\\${character}`)
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}
