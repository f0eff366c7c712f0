import { conversion, conversionFactor } from '../../src/graphql/units';
import { convert } from '../../src/graphql/resolvers/metric-values';

describe('unit conversion', () => {
  it.each([
    ['kWh', 'MWh', 0.001],
    ['GJ', 'MWh', 1 / 3.6],
    ['tce', 'MWh', 1 / 0.1229],
    ['tce per CNY million revenue', 'MWh/CNY million revenue', 1 / 0.1229],
    ['kg', 't', 0.001],
    ['ktCO2e', 'tCO2e', 1000],
    ['kg per CNY million revenue', 't/CNY million revenue', 0.001],
    ['t/m²', 't per m²', 1],
  ])('%s → %s is × %d', (from, to, factor) => {
    expect(conversionFactor(from, to)).toBeCloseTo(factor, 6);
  });

  it.each([
    ['t', 'MWh'],
    ['tCO2e per employee', 'tCO2e per CNY million revenue'],
    ['persons', '%'],
  ])('%s and %s do not convert', (from, to) => {
    expect(conversionFactor(from, to)).toBeUndefined();
  });

  it('names the source of a conventional factor, and of none that is a definition', () => {
    expect(conversion('tce', 'MWh')?.sources).toEqual([expect.stringContaining('GB/T 2589-2020')]);
    expect(conversion('tce', 'MWh')?.sources[0]).toContain('0.1229 kgce/kWh');
    expect(conversion('GJ', 'MWh')?.sources).toEqual([]);
  });

  it('gives the API a value\'s conversion with its source, and refuses units that measure different things', () => {
    expect(convert('tce', 'MWh')).toEqual({ factor: expect.closeTo(1 / 0.1229, 9), from: 'tce', to: 'MWh', source: expect.stringContaining('GB/T 2589-2020') });
    expect(convert('kg', 't')).toEqual({ factor: 0.001, from: 'kg', to: 't', source: null });
    expect(() => convert('tCO2e per employee', 'tCO2e per CNY million revenue')).toThrow(/does not convert/);
  });
});
