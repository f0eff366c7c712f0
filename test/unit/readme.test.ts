import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/paths';
import { FIRST_QUERY, readExampleOperation } from '../../src/server/example-operations';

const readme = readFileSync(fromRoot('README.md'), 'utf8');

describe('README', () => {
  it('gives, right after the two commands, the first query the IDEs open with, and its variables', () => {
    const section = readme.slice(readme.indexOf('## Your first query'));
    expect(readme.indexOf('## Your first query')).toBeGreaterThan(readme.indexOf('## Two commands'));
    expect(readme.indexOf('## Your first query')).toBeLessThan(readme.indexOf('## What `npm start` does'));
    const pasted = /```graphql\n([\s\S]+?)```/.exec(section)![1];
    const { query, variables } = readExampleOperation(FIRST_QUERY);
    const withoutComments = query.replace(/^#.*\n/gm, '');
    expect(pasted).toBe(withoutComments);
    const stated = /with `(\{.*?\})` as its variables/.exec(section)![1]!;
    expect(JSON.parse(stated)).toEqual(variables);
  });

  it('links the IDE, the explorer, the examples, the typed client and the Python example near the top', () => {
    const top = readme.slice(0, readme.indexOf('## What `npm start` does'));
    for (const link of ['/graphiql', '/explore', 'examples/README.md', 'examples/app', 'examples/python/README.md', 'npm run cypher']) {
      expect({ link, present: top.includes(link) }).toEqual({ link, present: true });
    }
  });
});
