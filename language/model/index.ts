export * from './poa-model.js';
export * from './source-range.js';
