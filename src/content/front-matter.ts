import type { z } from 'zod';
import type { ContentDocument } from './document';
import type { ContentProblem } from './model';
import { knownFields, unknownFieldMessage } from './schemas';

/** A document's front matter checked against a schema: the data, or a problem for each field. */
export function parseFrontMatter<T extends z.ZodType>(
  document: ContentDocument,
  schema: T,
): { data?: z.output<T>; problems: ContentProblem[] } {
  const parsed = schema.safeParse(document.data ?? {});
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(schema, issue.path);
      return issue.keys.map((key) =>
        document.fieldProblem([...issue.path, key], unknownFieldMessage(key, known)),
      );
    }
    return [document.fieldProblem(issue.path, issue.message)];
  });
  return { problems };
}

/** One front matter field on its own, when valid, so checks across files run despite other problems. */
export function validField<T>(document: ContentDocument, key: string, schema: z.ZodType<T>): T | undefined {
  const data: unknown = document.data;
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
