import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * The editors' Markdown as safe HTML (raw HTML is escaped, links open in a new tab without the
 * opener) and as plain text (for cards and search).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const renderLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return renderLinkOpen
    ? renderLinkOpen(tokens, index, options, env, self)
    : self.renderToken(tokens, index, options);
};

/** Markdown to HTML that is safe to insert into the tab. */
export function markdownToHtml(source: string): string {
  return markdown.render(source);
}

/** The block tokens of a Markdown text (each with `map`, its source lines from 0). */
export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** Markdown to plain text: paragraphs apart by a blank line, list items on their own lines. */
export function markdownToText(source: string): string {
  let text = '';
  let listItem: string | null = null;
  let previousWasListItem = false;
  for (const token of parseMarkdown(source)) {
    if (token.type === 'list_item_open') {
      listItem = token.info !== '' ? `${token.info}${token.markup} ` : '- ';
      continue;
    }
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      previousWasListItem = false;
    }
    const block =
      token.type === 'inline'
        ? inlineText(token.children ?? [])
        : token.type === 'fence' || token.type === 'code_block'
          ? token.content.trimEnd()
          : null;
    if (block === null || block.trim() === '') continue;
    const isListItem = listItem !== null;
    const separator = text === '' ? '' : isListItem && previousWasListItem ? '\n' : '\n\n';
    text += separator + (listItem ?? '') + block;
    previousWasListItem = isListItem;
    listItem = null;
  }
  return text;
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code_inline':
        case 'image':
          return child.content;
        case 'softbreak':
          return ' ';
        case 'hardbreak':
          return '\n';
        default:
          return '';
      }
    })
    .join('')
    .trim();
}
