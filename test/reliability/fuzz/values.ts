import type { Random } from '../support/random';

/** Ids present in the shipped dataset, so generated operations reach real data as well as misses. */
export const KNOWN_IDS = [
  'sensetime',
  'hikvision',
  'kingsoft-cloud',
  'ainnovation',
  'iso-iec-27001',
  'iso-14001',
  'iso-9001',
  'aiia',
  'sdg-13',
  'ainnovation-esg-2024',
  'hikvision-esg-2024',
  'ghg_scope1_tco2e',
  'gri-standards',
  'china-quality-award',
  'tsinghua-university',
  'kingsoft-cloud-nebula-academy',
];

/** Attempts to break out of a Cypher string, parameter or identifier, and Lucene query syntax. */
export const INJECTIONS = [
  "' OR 1=1 //",
  "x'}) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n RETURN 1 //',
  "`) MATCH (n) DETACH DELETE n //",
  "'}]->(x) DELETE x WITH 1 AS y MATCH (n) DELETE n //",
  '$p0',
  '{p0}',
  "\\' OR '1'='1",
  '\\u0027 OR 1=1',
  '*/ MATCH (n) DETACH DELETE n /*',
  "1 UNION MATCH (n) SET n.pwned = true RETURN n",
  "CALL dbms.security.createUser('x', 'y', false)",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  'MERGE (x:Company {id: "pwned"}) RETURN x',
  '*:*',
  'name:* OR id:*',
  'a AND NOT b OR c^100',
  '[a TO z]',
  '"unbalanced',
  '((((',
  '\\',
  '\u0000',
  '%00; DROP TABLE companies; --',
];

/** Patterns that make backtracking regex engines (and naive wildcard matchers) run for ages. */
export const REGEX_BOMBS = [
  '(a+)+$',
  '^(a|a)*$',
  '(.*a){25}',
  '((a+)+)+b',
  '(x+x+)+y',
  '(a|aa)+$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  `${'a'.repeat(64)}!`,
  '.*.*.*.*.*.*.*.*.*.*=',
  '/.*/',
  '/(a+)+$/',
  '*'.repeat(100),
  '?'.repeat(100),
  `${'a*'.repeat(60)}b`,
  '~'.repeat(50),
];

export const ODD_STRINGS = [
  '',
  ' ',
  '商汤',
  '創新奇智',
  '海康威视',
  '🙂🙂',
  '\u202Eevil',
  '\uFEFFbom',
  'a\u0000b',
  '\uD800',
  'Ａ全角',
  'ﬁ',
  'x'.repeat(200),
  'x'.repeat(501),
  'ISO 27001',
  'GB/T 22080-2016',
  'cloud',
];

export const WORDS = ['iso', 'alliance', 'AI', 'ethics', 'carbon', 'cloud', 'supplier', 'security', 'energy', 'women', 'water'];

export const INTS = [0, 1, 2, 3, 5, 10, 13, 17, 18, 20, 50, 100, 101, 1000, 2022, 2023, 2024, 1899, 2101, -1, -5, -100, 2147483647, -2147483648];
export const FLOATS = [0, 0.5, -0.5, 1.5, 100, 1e308, -1e308, 3.14159];

export type StringMode = 'mixed' | 'injection' | 'regex';

export function randomString(random: Random, mode: StringMode): string {
  if (mode === 'injection') return random.pick(INJECTIONS);
  if (mode === 'regex') return random.pick(REGEX_BOMBS);
  const pool = random.int(0, 9);
  if (pool < 4) return random.pick(WORDS);
  if (pool < 6) return random.pick(ODD_STRINGS);
  if (pool < 8) return random.pick(INJECTIONS);
  return random.pick(REGEX_BOMBS);
}

export function randomId(random: Random, mode: StringMode): string {
  return mode === 'mixed' && random.chance(0.7) ? random.pick(KNOWN_IDS) : randomString(random, mode);
}
