import type { NextFunction, Request, Response } from 'express';

/**
 * How deeply a request's document and variables may nest brackets. GraphQL's parser, its validation
 * and variable coercion all recurse once per level, so a few thousand levels overflow the stack;
 * MAX_DEPTH and the filter shapes keep real queries far below this.
 */
export const MAX_NESTING = 64;

/** Deepest nesting of (), [] and {} in GraphQL or JSON text, outside strings and comments. */
export function textNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '"') {
      const block = text.startsWith('"""', i);
      const end = block ? '"""' : '"';
      i += end.length;
      while (i < text.length && !text.startsWith(end, i)) i += text[i] === '\\' ? 2 : 1;
      i += end.length - 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
    }
  }
  return deepest;
}

/** Deepest nesting of arrays and objects in a parsed JSON value (iterative: the value may be hostile). */
export function valueNesting(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const nestingOf = (part: unknown) => (typeof part === 'string' ? textNesting(part) : valueNesting(part));

/** Refuses, with 400 and QUERY_TOO_COMPLEX, a GraphQL request (POST body or GET parameters) nested deeper than MAX_NESTING. */
export function rejectDeepNesting(req: Request, res: Response, next: NextFunction): void {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  const parts = source !== null && typeof source === 'object' && !Array.isArray(source) ? [source.query, source.variables, source.extensions] : [];
  if (parts.some((part) => nestingOf(part) > MAX_NESTING)) {
    res.status(400).json({
      errors: [{ message: `Query is too complex: brackets nest deeper than ${MAX_NESTING} levels`, extensions: { code: 'QUERY_TOO_COMPLEX' } }],
    });
    return;
  }
  next();
}
