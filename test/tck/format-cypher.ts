/**
 * Lays a one-line Cypher statement out for reading: clauses on their own lines, subqueries indented,
 * maps and lists broken one entry per line when they do not fit. Only whitespace changes; strings
 * and quoted names are kept as they are.
 */

const WIDTH = 110;
const CLAUSES = ['OPTIONAL MATCH', 'MATCH', 'WHERE', 'WITH', 'RETURN', 'UNWIND', 'CALL', 'ORDER BY', 'LIMIT', 'UNION ALL', 'UNION', 'MERGE', 'SET', 'DETACH DELETE', 'DELETE', 'CREATE'];
const SUBQUERY_OPENERS = ['COLLECT', 'EXISTS', 'COUNT', 'CALL'];
const CLOSE: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

type Node = { kind: 'text'; text: string } | { kind: 'group'; open: string; close: string; subquery: boolean; items: Node[] };
/** `CASE ... END` is laid out like a bracket: one `WHEN` per line when it does not fit. */
const CASE_OPEN = 'CASE';
const CASE_CLOSE = 'END';

function tokenize(cypher: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < cypher.length) {
    const ch = cypher.charAt(i);
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher.charAt(j) !== ch) j += cypher.charAt(j) === '\\' ? 2 : 1;
      tokens.push(cypher.slice(i, j + 1));
      i = j + 1;
    } else if ('{}[](),'.includes(ch)) {
      tokens.push(ch);
      i++;
    } else if (/\s/.test(ch)) {
      tokens.push(' ');
      while (i < cypher.length && /\s/.test(cypher.charAt(i))) i++;
    } else {
      let j = i;
      while (j < cypher.length && !/[\s{}[\](),'"`]/.test(cypher.charAt(j))) j++;
      tokens.push(cypher.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function parse(tokens: string[]): Node[] {
  const stack: Node[][] = [[]];
  const opens: { open: string; subquery: boolean }[] = [];
  const top = () => stack[stack.length - 1] ?? [];
  for (const token of tokens) {
    if (token === CASE_OPEN) {
      opens.push({ open: CASE_OPEN, subquery: false });
      stack.push([]);
    } else if (token === CASE_CLOSE && opens[opens.length - 1]?.open === CASE_OPEN) {
      const items = stack.pop() ?? [];
      opens.pop();
      top().push({ kind: 'group', open: CASE_OPEN, close: CASE_CLOSE, subquery: false, items });
    } else if (Object.hasOwn(CLOSE, token)) {
      const before = top().filter((n) => !(n.kind === 'text' && n.text === ' '));
      const previous = before[before.length - 1];
      const subquery = token === '{' && previous?.kind === 'text' && SUBQUERY_OPENERS.includes(previous.text);
      const callScope = token === '{' && previous?.kind === 'group' && previous.open === '(' && before[before.length - 2]?.kind === 'text';
      opens.push({ open: token, subquery: subquery || (callScope && (before[before.length - 2] as { text: string }).text === 'CALL') });
      stack.push([]);
    } else if (Object.values(CLOSE).includes(token) && opens.length > 0) {
      const items = stack.pop() ?? [];
      const { open, subquery } = opens.pop() ?? { open: '(', subquery: false };
      top().push({ kind: 'group', open, close: token, subquery, items });
    } else {
      top().push({ kind: 'text', text: token });
    }
  }
  return stack[0] ?? [];
}

function flat(nodes: readonly Node[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : `${n.open}${flat(n.items)}${n.close}`)).join('');
}

/** The branches of a CASE: split where WHEN or ELSE starts. */
function branches(items: readonly Node[]): Node[][] {
  const out: Node[][] = [[]];
  for (const item of items) {
    if (item.kind === 'text' && (item.text === 'WHEN' || item.text === 'ELSE') && (out[out.length - 1]?.length ?? 0) > 0) out.push([]);
    out[out.length - 1]?.push(item);
  }
  return out.map(trim).filter((b) => b.length > 0);
}

/** Splits items at top-level commas. */
function entries(items: readonly Node[]): Node[][] {
  const out: Node[][] = [[]];
  for (const item of items) {
    if (item.kind === 'text' && item.text === ',') out.push([]);
    else out[out.length - 1]?.push(item);
  }
  return out.map(trim).filter((e) => e.length > 0);
}

function trim(nodes: Node[]): Node[] {
  let start = 0;
  let end = nodes.length;
  while (start < end && nodes[start]?.kind === 'text' && (nodes[start] as { text: string }).text === ' ') start++;
  while (end > start && nodes[end - 1]?.kind === 'text' && (nodes[end - 1] as { text: string }).text === ' ') end--;
  return nodes.slice(start, end);
}

/** Splits a clause sequence where a clause keyword starts. */
function clauses(items: readonly Node[]): Node[][] {
  const out: Node[][] = [[]];
  let skip = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (skip > 0) skip--;
    else if (item?.kind === 'text') {
      const rest = items
        .slice(i, i + 3)
        .map((n) => (n.kind === 'text' ? n.text : '\u0000'))
        .join('');
      const keyword = CLAUSES.find((c) => rest.startsWith(c) && !/\w/.test(rest.charAt(c.length) || ' '));
      const previous = items[i - 1];
      const startsClause = keyword && (i === 0 || (previous?.kind === 'text' && previous.text === ' '));
      if (startsClause && (out[out.length - 1]?.length ?? 0) > 0) out.push([]);
      // The words after the first of a keyword (OPTIONAL MATCH, DETACH DELETE) start nothing.
      if (startsClause && keyword) skip = keyword.split(' ').length * 2 - 2;
    }
    if (item) out[out.length - 1]?.push(item);
  }
  return out.map(trim).filter((c) => c.length > 0);
}

function render(nodes: readonly Node[], indent: string): string {
  const line = flat(nodes);
  if (indent.length + line.length <= WIDTH && !nodes.some((n) => n.kind === 'group' && n.subquery && flat(n.items).length > 40)) return line;
  return nodes
    .map((n) => {
      if (n.kind === 'text') return n.text;
      const inner = flat(n.items);
      if (!n.subquery && indent.length + inner.length + 2 <= WIDTH) return `${n.open}${inner}${n.close}`;
      const deeper = `${indent}  `;
      if (n.open === CASE_OPEN) {
        const body = branches(n.items).map((b) => `${deeper}${render(b, deeper)}`);
        return `${CASE_OPEN}\n${body.join('\n')}\n${indent}${CASE_CLOSE}`;
      }
      if (n.subquery) {
        const body = clauses(n.items).map((c) => `${deeper}${render(c, deeper)}`);
        return `${n.open}\n${body.join('\n')}\n${indent}${n.close}`;
      }
      const parts = entries(n.items);
      // One entry (a pattern, a single argument): nowhere to break but inside it.
      if (parts.length <= 1) return `${n.open}${render(n.items, indent)}${n.close}`;
      const body = parts.map((e) => `${deeper}${render(e, deeper)}`);
      return `${n.open}\n${body.join(',\n')}\n${indent}${n.close}`;
    })
    .join('');
}

export function formatCypher(cypher: string): string {
  return clauses(parse(tokenize(cypher.trim())))
    .map((c) => render(c, ''))
    .join('\n');
}
