import { parseMarkdown } from './markdown';
import type { ContentDocument } from './document';
import type { ContentProblem } from './model';

/** One `## Heading` section of a body: its Markdown and the file line of its heading. */
export interface Section {
  heading: string;
  line: number;
  markdown: string;
}

/**
 * Splits a body into its `## ` sections, with a problem for each required section that is
 * missing or empty, each heading that is not expected, and any text before the first heading.
 */
export function readSections(
  document: ContentDocument,
  required: readonly string[],
): { sections: Map<string, Section>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const problem = (line: number, field: string, message: string) =>
    problems.push({ path: document.path, line, field, message });
  const lines = document.body.split('\n');
  const headings = parseMarkdown(document.body).flatMap((token, index, tokens) =>
    token.type === 'heading_open' && token.tag === 'h2' && token.level === 0 && token.map
      ? [{ start: token.map[0], end: token.map[1], text: tokens[index + 1]?.content.trim() ?? '' }]
      : [],
  );

  const beforeFirst = lines.slice(0, headings[0]?.start ?? lines.length);
  const stray = beforeFirst.findIndex((line) => line.trim() !== '');
  if (stray !== -1) {
    problem(
      document.bodyLine + stray,
      'body',
      `text outside a section; put it under one of: ${required.map((h) => `## ${h}`).join(', ')}`,
    );
  }

  const sections = new Map<string, Section>();
  headings.forEach((heading, index) => {
    const line = document.bodyLine + heading.start;
    const name = required.find((h) => sameHeading(h, heading.text));
    if (name === undefined) {
      problem(
        line,
        `section "${heading.text}"`,
        `unknown section; use ${required.map((h) => `"${h}"`).join(', ')}`,
      );
      return;
    }
    if (sections.has(name)) {
      problem(line, `section "${name}"`, `appears twice (first at line ${sections.get(name)!.line})`);
      return;
    }
    const end = headings[index + 1]?.start ?? lines.length;
    const markdown = lines.slice(heading.end, end).join('\n').trim();
    sections.set(name, { heading: name, line, markdown });
    if (markdown === '') problem(line, `section "${name}"`, 'empty; write this section');
  });
  for (const name of required) {
    if (!sections.has(name)) {
      problem(document.bodyLine, `section "${name}"`, `missing; add a "## ${name}" heading`);
    }
  }
  return { sections, problems };
}

/** Headings match whatever the case and whichever apostrophe (’ or ') the editor typed. */
function sameHeading(a: string, b: string): boolean {
  const simple = (heading: string) => heading.toLowerCase().replace(/’/g, "'");
  return simple(a) === simple(b);
}
