import { MAX_NESTING, textNesting, valueNesting } from '../../src/server/nesting';

describe('textNesting', () => {
  it.each([
    ['', 0],
    ['{ __typename }', 1],
    ['query($id: ID!) { company(id: $id) { certifications(first: [1]) { year } } }', 4],
    ['{ a { b { c } } } { d }', 3],
  ])('%s nests %i deep', (text, depth) => {
    expect(textNesting(text)).toBe(depth);
  });

  it('ignores brackets in strings, escaped quotes, block strings and comments', () => {
    expect(textNesting('{ search(text: "{{{[[[((( \\" {{{") { score } }')).toBe(2);
    expect(textNesting('{ search(text: """ {{{ " [[[ """) { score } }')).toBe(2);
    expect(textNesting('# {{{{{{{{\n{ __typename }')).toBe(1);
  });

  it('counts JSON text as well', () => {
    expect(textNesting('{"w":{"NOT":{"NOT":[{}]}}}')).toBe(5);
  });

  it('measures hostile depth without recursion', () => {
    const levels = 200_000;
    expect(textNesting(`${'{'.repeat(levels)}${'}'.repeat(levels)}`)).toBe(levels);
    expect(textNesting('{'.repeat(MAX_NESTING + 1))).toBeGreaterThan(MAX_NESTING);
  });
});

describe('valueNesting', () => {
  it.each([
    [null, 0],
    ['text', 0],
    [{}, 1],
    [{ id: 'sensetime' }, 1],
    [{ where: { OR: [{ name: { eq: 'x' } }] } }, 5],
    [[[], [[]]], 3],
  ])('%j nests %i deep', (value, depth) => {
    expect(valueNesting(value)).toBe(depth);
  });

  it('measures a deeply nested value without recursion', () => {
    let value: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) value = { NOT: value };
    expect(valueNesting(value)).toBe(100_001);
  });
});
