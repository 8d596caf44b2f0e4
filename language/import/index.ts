/** Import: documents (text, Word, PDF) recognised against the phrasebook and written as `.poa` files. */
export { importDocument, importText, instrumentName, KINDS, type ImportOptions, type ImportResult } from './import-document.js';
export { ImportError, MAX_IMPORT_BYTES } from './import-error.js';
export { formatReport, type ImportReport } from './import-report.js';
export { createRecogniser, type Recogniser } from './recogniser.js';
export { compileTemplate, matchTemplate, type PhraseTemplate } from './template-compiler.js';
