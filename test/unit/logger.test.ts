import { PassThrough } from 'node:stream';
import { prettyLogs } from '../../src/logger';

describe('logs', () => {
  it('are pretty only for a person at a terminal in development', () => {
    expect(prettyLogs({ NODE_ENV: 'development' }, { isTTY: true })).toBe(true);
    expect(prettyLogs({ NODE_ENV: 'development' }, { isTTY: false })).toBe(false);
    // A pipe or a file (what CI and log collectors read) has no isTTY.
    expect(prettyLogs({ NODE_ENV: 'development' }, new PassThrough() as { isTTY?: boolean })).toBe(false);
    expect(prettyLogs({ NODE_ENV: 'production' }, { isTTY: true })).toBe(false);
    expect(prettyLogs({ NODE_ENV: 'test' }, { isTTY: true })).toBe(false);
  });
});
