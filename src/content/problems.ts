import path from 'node:path';
import { AppError } from '../errors';
import { formatProblem, type ContentProblem } from './model';

/** A path as problems show it: relative to the working directory, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** A field path as problems show it, e.g. `questions[1].audience`. */
export function fieldName(segments: readonly PropertyKey[]): string {
  let name = '';
  for (const segment of segments) {
    if (typeof segment === 'number') name += `[${segment}]`;
    else name += name === '' ? String(segment) : `.${String(segment)}`;
  }
  return name === '' ? 'front matter' : name;
}

/** Thrown when the library cannot be opened: it carries every problem found. */
export class InvalidContentError extends AppError {
  readonly problems: readonly ContentProblem[];

  constructor(directory: string, problems: readonly ContentProblem[]) {
    super('Internal', 'The case study library is not available.', { catastrophic: true });
    this.problems = problems;
    this.message =
      `The content library in ${displayPath(directory)} has ${problems.length} ` +
      `problem${problems.length === 1 ? '' : 's'}:\n` +
      problems.map(formatProblem).join('\n');
  }
}
