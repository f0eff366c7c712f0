import { Neo4jError } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { FactsFileError } from '../../src/ingest/facts/read';
import { startFailure } from '../../src/server/serve';

/** The one line a failed start prints, for the failures the CLI tests cannot cheaply cause. */
describe('a failed start', () => {
  const config = loadConfig({ PORT: '80', HOST: '10.1.2.3' });
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['a port that needs privileges', errno('EACCES'), 'not allowed to listen on 10.1.2.3:80 (ports below 1024 need privileges): set PORT to 1024 or above'],
    ['an address of another machine', errno('EADDRNOTAVAIL'), 'cannot listen on 10.1.2.3:80: 10.1.2.3 is not an address of this machine; set HOST (127.0.0.1, or 0.0.0.0 for every interface)'],
    [
      'a statement over QUERY_TIMEOUT_MS',
      new Neo4jError('The transaction has been terminated.', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '25N05', 'error: transaction timed out'),
      'Neo4j did not finish a start-up statement (migrations, loading) within QUERY_TIMEOUT_MS (10000 ms), as happens on a busy machine: raise QUERY_TIMEOUT_MS, or start again',
    ],
    [
      'a bad facts file',
      new FactsFileError('/data/facts/a.json', [
        { path: 'certifications.0.standard', message: 'unknown standard "iso-99999"' },
        { path: 'report.year', message: 'expected number' },
      ]),
      'a.json in FACTS_DIR (data/facts) is not valid: certifications.0.standard: unknown standard "iso-99999" (and 1 more); fix it (npm run facts:check lists every problem), or set LOAD_ON_START=false',
    ],
    ['anything else', new Error('first line\nsecond line'), 'first line'],
  ])('%s: one line', (_what, err, line) => {
    expect(startFailure(err, config)).toBe(line);
  });
});
