/** Heavy but allowed requests on the shipped data: every company's peers, the whole coverage matrix, wide string filters. */
export const HEAVY = [
  '{ companies(first: 100) { totalCount edges { node { peers(first: 20) { score shared { name } } } } } }',
  '{ coverage { rows { company { id name } cells { held holdings { year evidence { quote } } } } } }',
  'query($f: StringFilter) { companies(where: { OR: [{ name: $f }, { nameZh: $f }, { tickers: $f }, { industry: $f }] }) { totalCount } organizations(where: { OR: [{ name: $f }, { nameZh: $f }] }) { totalCount } }',
];

/** The string filter the abuser sends with them: three operators that match most names. */
export const HEAVY_VARIABLES = { f: { contains: 'a', endsWith: 'n', startsWith: 'S' } };
