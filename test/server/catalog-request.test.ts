/** `poa/catalog`: the editor gets the clause registry, the jurisdiction table and what fits at the cursor from the server. */
import { ResponseError } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { CLAUSES } from '../../language/registry/clause-registry.js';
import { JURISDICTIONS } from '../../language/rules/jurisdictions.js';
import { catalog } from '../../server/catalog-request.js';
import type { CatalogParams } from '../../server/protocol.js';

const doc = 'poa T {\n    kind section16\n    revocation by signed-writing delivered to agents\n    \n}\n';
const open = (uri: string) => (uri === 'file:///t.poa' ? doc : undefined);

describe('poa/catalog', () => {
    test('lists every registry clause with its keyword, name, snippet and kinds', () => {
        const { clauses, choices } = catalog({}, open);
        expect(clauses.map((c) => c.keyword)).toEqual(CLAUSES.map((c) => c.keyword));
        expect(clauses.find((c) => c.id === 'acknowledgment')).toMatchObject({ name: 'Acknowledgment (Section 16)', kinds: ['section16'], snippet: 'acknowledgment no-assumption' });
        expect(choices).toBeUndefined();
    });

    test('lists the jurisdictions the checks know, named for a pick list', () => {
        const { jurisdictions } = catalog(undefined, open);
        expect(jurisdictions.map((j) => j.id)).toEqual(JURISDICTIONS.map((j) => j.id));
        expect(jurisdictions.find((j) => j.id === 'NY')?.name).toBe('New York');
        expect(jurisdictions.find((j) => j.id === 'DC')?.name).toBe('District of Columbia');
        expect(jurisdictions.find((j) => j.id === 'federal')?.name).toBe('Federal securities law');
    });

    test('with a document and an offset, says which clauses fit there and leaves out those already written', () => {
        const { choices } = catalog({ uri: 'file:///t.poa', offset: doc.indexOf('    \n}') + 4 }, open);
        const names = choices!.map((c) => c.name);
        expect(names).toContain('acknowledgment');
        expect(names).not.toContain('revocation');
        expect(names).not.toContain('subjects');
        expect(choices!.find((c) => c.name === 'acknowledgment')?.body).toBe('acknowledgment no-assumption');
    });

    test.each([
        [{ offset: 3 }, /"uri"/],
        [{ uri: 'file:///t.poa', offset: -1 }, /"offset"/],
        [{ uri: 'file:///other.poa', offset: 0 }, /No POA document is open/]
    ])('a bad request is refused with a reason: %j', (params, reason) => {
        expect(() => catalog(params as CatalogParams, open)).toThrow(ResponseError);
        expect(() => catalog(params as CatalogParams, open)).toThrow(reason);
    });
});
