/**
 * A letter's line saying when the power takes effect, after the agents listed one to a line, and the issuer the line
 * names by its name without its legal form (Reid G. Hoffman's letter to the SEC of September 16, 2024, for Microsoft
 * Corporation: ../shared/corpus/sec16_microsoft-hoffman-letter-2024.txt, EX-24 to EDGAR accession 0001062993-24-020387).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortNameOf } from '../../language/import/issuer-appositive.js';
import { importText } from '../../language/import/index.js';
import { renderSource, ROOT, squash } from '../helpers.js';

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
const LETTER = 'sec16_microsoft-hoffman-letter-2024.txt';

describe('the issuer called by its name alone', () => {
    it('is the issuer\'s name without its legal form, and nothing else', () => {
        expect(shortNameOf('Microsoft Corporation', 'Microsoft')).toBe('Microsoft');
        expect(shortNameOf('Acme, Inc.', 'Acme')).toBe('Acme');
        expect(shortNameOf('Microsoft Corporation', 'Microsoft Corp')).toBeUndefined();
        expect(shortNameOf('Microsoft Corporation', 'Apple')).toBeUndefined();
    });

    it('renders the full name at the first mention and the name alone afterwards, with no definition', async () => {
        const text = squash(await renderSource(`poa A {
    kind section16
    voice first-person
    principal p "Reid G. Hoffman"
    agents { agent s "Julia Stark" }
    issuer microsoft "Microsoft Corporation" { called "Microsoft" }
    grant style will-confirm { file form4, form5 under section16a style execute-and-file-titled }
    phrasing effective-line style upon-filing
}`));
        expect(text).toContain('in connection with transactions in Microsoft Corporation securities');
        expect(text).toContain('relating to Microsoft securities and transactions.');
        expect(text).not.toContain('(the "Microsoft")');
    });
});

describe.runIf(existsSync(join(CORPUS, LETTER)))('the Microsoft letter imported', () => {
    it('reads the agents listed above the effective line, the line itself and the issuer called "Microsoft"', async () => {
        const { poa, report } = await importText(readFileSync(join(CORPUS, LETTER), 'utf8'), LETTER);
        expect(poa).toMatch(/issuer \w+ "Microsoft Corporation" \{ called "Microsoft" \}/);
        expect(poa).toContain('phrasing effective-line style upon-filing');
        expect(poa).toContain('phrasing agents-list style as-follows');
        expect(poa).toContain('agent mayberry "Christyne Mayberry"');
        expect(poa).toContain('define sec "the Securities Exchange Commission"');
        // The revocation of the prior power and the term, which cites "Section 16 of the Securities Act of 1933" in its own
        // words (letter-revocation-term.test.ts), are read too: nothing stays as written.
        expect(poa).toContain('supersedes all prior powers for microsoft securities revoking them');
        expect(poa).toContain('define section16cited "Section 16 of the Securities Act of 1933, as amended"');
        expect(report.keptAsWritten).toEqual([]);
    });
});
