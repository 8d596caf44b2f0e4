/**
 * A letter to the SEC that first revokes the prior power of the same title ("I revoke my prior Acme Corporation -
 * Power of Attorney."), then confirms the agents listed below, and says how long the authority lasts in a sentence that
 * calls it "Such power of attorney" and cites the statute in its own words. The shape is that of Reid G. Hoffman's
 * letter for Microsoft Corporation of September 16, 2024 (../shared/corpus/sec16_microsoft-hoffman-letter-2024.txt),
 * which cites "Section 16 of the Securities Act of 1933, as amended"; the names here are our own.
 *
 * - The supersession style `revoke-prior` says the revocation; the issuer's name in the prior instrument's title is not
 *   its first mention, so the issuer called "Acme" is still named in full in the grant and by "Acme" after it.
 * - The term-frame style `such-power-of-attorney` and the term-end style `until-either` word the term.
 * - A status the catalog cites otherwise (Section 16 is the 1934 Act's) is a term defined in the letter's words, which the
 *   rendering cites as written; a citation the catalog knows is the statute itself.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const REVOKE = 'I revoke my prior Acme Corporation - Power of Attorney.';
const GRANT = 'This will confirm that, effective as of the date above, I have granted each of the individuals listed below the authority to, on my behalf, execute and file the Statement of Changes in Beneficial Ownership of Securities (Form 4) and the Annual Statement of Changes in Beneficial Ownership (Form 5), in connection with transactions in Acme Corporation securities, as my Attorney-In-Fact.';
const term = (statute: string) => `Such power of attorney shall remain in full force and effect until either (i) I am no longer subject to the reporting requirements under ${statute} or (ii) I have provided you with written notice withdrawing this authority.`;
const AS_FILED = 'Section 16 of the Securities Act of 1933, as amended';
const EFFECTIVE = 'This Power of Attorney is effective immediately upon filing with the Securities Exchange Commission and for purposes of my future Form 4 and Form 5 filings relating to Acme securities and transactions.';

const letter = (statute: string) => [
    'March 3, 2025',
    '',
    'Securities and Exchange Commission',
    '100 F Street, N.E.',
    'Washington, D.C. 20549',
    '',
    'Re: Acme Corporation - Power of Attorney',
    '',
    'To whom it may concern:',
    '',
    `${REVOKE} ${GRANT} ${term(statute)}`,
    '',
    'The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:',
    '',
    'Ann Lee',
    'Bo Chan',
    '',
    EFFECTIVE,
    '',
    'Sincerely,',
    '',
    '/s/ Carla Diaz',
    'Carla Diaz'
].join('\n');

describe('a letter that revokes the prior power of its title and cites the statute in its own words', () => {
    it('reads the revocation, the term and the citation, and keeps nothing as written', async () => {
        const { poa, report } = await importText(letter(AS_FILED), 'letter.txt');
        expect(poa).toContain('supersedes all prior powers for acme securities revoking them');
        expect(poa).toContain('phrasing supersession style revoke-prior');
        expect(poa).toContain('phrasing term-frame style such-power-of-attorney');
        expect(poa).toContain('phrasing term-end style until-either');
        expect(poa).toContain(`define section16cited "${AS_FILED}"`);
        expect(poa).toContain('term { ends when no longer subject to section16cited }');
        expect(report.keptAsWritten).toEqual([]);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = squash(await renderSource(poa));
        // The issuer in full in the grant, though the revocation named it first; "Acme" only after.
        expect(rendered).toContain(`${REVOKE} ${GRANT}`);
        expect(rendered).toContain(term(AS_FILED));
        expect(rendered).toContain(EFFECTIVE);
    });

    it('reads a citation of the statute the catalog knows as the statute, with no term defined for it', async () => {
        const { poa, report } = await importText(letter('Section 16 of the Securities Exchange Act of 1934, as amended'), 'letter.txt');
        expect(poa).toContain('term { ends when no longer subject to section16 }');
        expect(poa).not.toContain('cited');
        expect(report.keptAsWritten).toEqual([]);
        expect(squash(await renderSource(poa))).toContain(term('Section 16 of the Securities Exchange Act of 1934, as amended'));
    });
});

describe('rendering the revocation of a prior power and a status the file defines', () => {
    const source = (grantStyle: string) => `poa A {
    kind section16
    voice first-person
    principal p "Carla Diaz"
    agents { called "Attorney-In-Fact" agent a "Ann Lee" }
    issuer acme "Acme Corporation" { called "Acme" }
    define cited "${AS_FILED}"
    grant ${grantStyle} { file form4, form5 under section16a style execute-and-file-titled }
    supersedes all prior powers for acme securities revoking them
    phrasing supersession style revoke-prior
    phrasing instrument-name style power-of-attorney
    phrasing term-frame style such-power-of-attorney
    term style until-either { ends when no longer subject to cited }
    phrasing effective-line style upon-filing
}`;

    it('says the revocation first in a grant style that places it, the issuer still introduced by the grant', async () => {
        const text = squash(await renderSource(source('style will-confirm')));
        expect(text).toContain(`I revoke my prior Acme Corporation - Power of Attorney. This will confirm`);
        expect(text).toContain('in connection with transactions in Acme Corporation securities');
        expect(text).toContain('relating to Acme securities and transactions.');
        expect(text).toContain(term(AS_FILED));
    });

    it('says it as a sentence of its own after the term elsewhere, not as a predicate of the term\'s sentence', async () => {
        const text = squash(await renderSource(source('style joined')));
        expect(text).toContain(`${term(AS_FILED)} I revoke my prior Acme Corporation - Power of Attorney.`);
        expect(text).not.toContain('shall I revoke');
    });

    it('cites a status that is neither a statute nor a defined term as missing', async () => {
        const text = squash(await renderSource(source('style will-confirm').replace('define cited', 'define other')));
        expect(text).toContain('reporting requirements under [CITED]');
    });
});
