export { conversion, conversionFactor } from '../ingest/facts/units';
