import { explain, show, splitCypher } from '../../src/db/cypher-shell';

describe('the Cypher shell', () => {
  it('splits a script at semicolons outside strings, quoted names and comments', () => {
    expect(splitCypher("RETURN 1; RETURN 'a;b' AS `x;y`; // a comment; still a comment\nMATCH (n) /* ; */ RETURN n;\n\n")).toEqual([
      'RETURN 1',
      "RETURN 'a;b' AS `x;y`",
      '// a comment; still a comment\nMATCH (n) /* ; */ RETURN n',
    ]);
    expect(splitCypher('RETURN "it\\"s; fine"')).toEqual(['RETURN "it\\"s; fine"']);
    expect(splitCypher('  ;  // nothing\n')).toEqual([]);
  });

  it('shows values the way Cypher writes them', () => {
    expect(show({ id: 'sensetime', years: [2022, 2023], note: null })).toBe('{id: "sensetime", years: [2022, 2023], note: null}');
  });

  it('says how to write when Neo4j refuses a write in read mode', () => {
    const refused = Object.assign(new Error('Writing in read access mode not allowed.'), { code: 'Neo.ClientError.Statement.AccessMode' });
    expect(explain(refused, false)).toBe('this shell is read-only and Neo4j refused a write; to change the graph, start it with --write (npm run cypher -- --write)');
  });
});
