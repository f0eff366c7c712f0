import { conversionFactor, normalizeUnit, seriesUnit } from '../../src/graphql/units';

describe('unit conversion', () => {
  it.each([
    ['kWh', 'MWh', 0.001],
    ['GJ', 'MWh', 1 / 3.6],
    ['tce', 'MWh', 8.141],
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

  it('spells a unit one way and picks a series unit', () => {
    expect(normalizeUnit('t/CNY million revenue')).toBe('t per CNY million revenue');
    expect(seriesUnit('MWh', ['kWh', 'MWh'])).toBe('MWh');
    expect(seriesUnit('t per unit (see fact unit)', ['t/m²', 't per employee', 't per m²'])).toBe('t per m²');
  });
});
