/** Request input through zod: a failed parse becomes a 400 that names the offending field. */
import type { z } from 'zod';
import { ApiError } from './api-error.ts';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  where: string,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new ApiError(400, 'bad-request', `invalid ${where}: ${problems.join('; ')}`);
}
