/** `poa/newDocument`: the editor's "New power of attorney" gets its starter text from the server, as `poa new` does. */
import { ResponseError } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { newDocument } from '../../server/new-document-request.js';
import type { NewDocumentParams } from '../../server/protocol.js';

describe('poa/newDocument', () => {
    test('a starter instrument of the kind and jurisdiction asked for, named after the file', async () => {
        const { text } = newDocument({ kind: 'general', jurisdiction: 'CA', fileName: 'smith-2026.poa' });
        expect(text).toContain('poa Smith2026 {');
        expect(text).toMatch(/^\s*kind general$/m);
        expect(text).toMatch(/^\s*jurisdiction CA$/m);
        const { document } = await loadPoa(text, { validate: false });
        expect(document.parseResult.parserErrors).toEqual([]);
    });

    test.each([
        [{ kind: 'will', jurisdiction: 'NY', fileName: 'a.poa' }, /"kind" must be one of section16, securities, general, limited, healthcare/],
        [{ kind: 'general', jurisdiction: 'NY }\nevil', fileName: 'a.poa' }, /"jurisdiction" must be a jurisdiction id/],
        [{ kind: 'general', jurisdiction: 'NY', fileName: '' }, /"fileName"/],
        [undefined, /"kind"/]
    ])('a bad request is refused with a reason, not a crash: %j', (params, reason) => {
        expect(() => newDocument(params as NewDocumentParams | undefined)).toThrow(ResponseError);
        expect(() => newDocument(params as NewDocumentParams | undefined)).toThrow(reason);
    });
});
