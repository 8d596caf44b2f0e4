/** Templates and data: reading data rows, checking values against parameter types, binding them. */
export * from './data-rows.js';
export * from './parameter-values.js';
export * from './bind-rows.js';
