export { SummaryCache, summarised } from './summary-cache';
