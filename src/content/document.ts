import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './model';
import { fieldName } from './problems';

/** A content file split into its YAML front matter and its Markdown body, with line lookups. */
export interface ContentDocument {
  /** The path as problems show it. */
  path: string;
  /** The front matter as plain data (`undefined` when it could not be read). */
  data: unknown;
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
  /** The file line of a front matter field, or of its nearest parent when it is missing. */
  lineOf(segments: readonly PropertyKey[]): number;
  /** A problem with a front matter field, at that field's line. */
  fieldProblem(segments: readonly PropertyKey[], message: string): ContentProblem;
}

const FENCE = /^---[ \t]*$/;
const FRONT_MATTER_END = /^(---|\.\.\.)[ \t]*$/;

/** Reads a file's text into a `ContentDocument`, with a problem for each YAML error. */
export function readContentDocument(
  displayPath: string,
  text: string,
): { document: ContentDocument | null; problems: ContentProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = (line: number, field: string, message: string): ContentProblem => ({
    path: displayPath,
    line,
    field,
    message,
  });
  if (!FENCE.test(lines[0] ?? '')) {
    const problem = at(1, 'front matter', 'missing; the file must start with a --- line');
    return { document: null, problems: [problem] };
  }
  const end = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_END.test(line));
  if (end === -1) {
    const problem = at(1, 'front matter', 'not closed; end it with a --- line');
    return { document: null, problems: [problem] };
  }
  const lineCounter = new LineCounter();
  const yaml = lines.slice(1, end).join('\n');
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const problems = doc.errors.map((error) =>
    at(fileLine(error.pos[0]), 'front matter', yamlMessage(error.message)),
  );
  if (problems.length > 0) return { document: null, problems };

  const lineOf = (segments: readonly PropertyKey[]) => findLine(doc, segments, fileLine) ?? 1;
  const document: ContentDocument = {
    path: displayPath,
    data: doc.toJS(),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    lineOf,
    fieldProblem: (segments, message) => at(lineOf(segments), fieldName(segments), message),
  };
  return { document, problems: [] };
}

function findLine(
  doc: Document.Parsed,
  segments: readonly PropertyKey[],
  fileLine: (offset: number) => number,
): number | undefined {
  for (let depth = segments.length; depth > 0; depth -= 1) {
    const parent: unknown =
      depth === 1 ? doc.contents : doc.getIn(segments.slice(0, depth - 1), true);
    const key = segments[depth - 1];
    const node = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
      : isSeq(parent) && typeof key === 'number'
        ? parent.items[key]
        : undefined;
    if (isNode(node) && node.range) return fileLine(node.range[0]);
  }
  return isNode(doc.contents) && doc.contents.range ? fileLine(doc.contents.range[0]) : undefined;
}

function yamlMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return `not valid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
}
