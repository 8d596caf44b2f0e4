/**
 * A grant sentence the importer keeps whole as written, its appointment included, where no agent could be read (agents
 * described by who designates them: "such persons as the General Counsel of the Corporation may designate in writing";
 * agents named by office are read since agents-by-office.ts, see agents-by-office.test.ts). The shape is that of
 * sec16_palantir-thiel-lawfirm-agents-2020 (../shared/corpus), with names and agents of our own. Before the grant style
 * `kept-whole`, the rendering printed an appointment of its own ("... appoint [ATTORNEY-IN-FACT], his or her true and
 * lawful attorney-in-fact,") before the kept sentence and a second full stop after it.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';
import { renderSource, syntaxErrors } from '../helpers.js';

const GRANT = 'The undersigned, as an officer or director of Example Robotics, Inc. (the "Corporation"), hereby constitutes and appoints such persons as the General Counsel of the Corporation may designate in writing, and each of them, the undersigned\'s true and lawful attorneys-in-fact and agents to complete and execute such forms as any such attorney-in-fact and agent shall in his or her discretion determine to be required or advisable as a consequence of the undersigned\'s ownership of securities of the Corporation. The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do or cause to be done by virtue hereof.';

const TEXT = ['LIMITED POWER OF ATTORNEY', '', GRANT, '', '/s/ Dana Wu', '', 'Print Name: Dana Wu'].join('\n');

describe('a grant sentence kept whole as written', () => {
    it('is written with the grant style kept-whole and renders once, with nothing printed before or after it', async () => {
        const { poa } = await importText(TEXT, 'kept-whole.txt');
        expect(poa).toMatch(/grant style kept-whole \{ \} worded "The undersigned, as an officer/);
        expect(await syntaxErrors(poa)).toEqual([]);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(`LIMITED POWER OF ATTORNEY ${GRANT.replace(/\s+/g, ' ')}`);
        expect(rendered).not.toContain('[ATTORNEY-IN-FACT]');
        expect(rendered).not.toContain('hereof..');
    });

    it('prints only the worded text as the grant paragraph when written by hand', async () => {
        const source = [
            'poa Kept {',
            '    kind section16',
            '    jurisdiction federal',
            '    principal dana "Dana Wu"',
            '    grant style kept-whole { } worded "I appoint Lee Park to sign my Forms 3, 4 and 5."',
            '    executed 2024-01-02 { signature "/s/ Dana Wu" }',
            '}'
        ].join('\n');
        const rendered = (await renderSource(source)).replace(/\s+/g, ' ');
        expect(rendered).toContain(' I appoint Lee Park to sign my Forms 3, 4 and 5. ');
        expect(rendered).not.toMatch(/appoint \[|Forms 3, 4 and 5\.\./);
    });

    it('holds a signature page\'s one sentence on the grant, where it appoints the agents, not on the incidental authority it also words', async () => {
        // The shape of regstmt_medicis-10k-1999 (../shared/corpus), names of our own, its slip "in any and a all capacities" kept:
        // no style reads the sentence, so it is kept as written.
        const sentence = 'KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints Ann Lee and Bo Chan, or either of them, as his true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for him and in his name, place and stead, in any and a all capacities, to sign any and all amendments to this Annual Report on Form 10-K, and to file the same, with all exhibits thereto, with the Securities and Exchange Commission, granting unto said attorneys-in-fact and agents, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith as fully to all intents and purposes as he might or could do in person, hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes may lawfully do or cause to be done by virtue hereof.';
        const { poa } = await importText(['POWER OF ATTORNEY', '', sentence].join('\n'), 'signature-page.txt');
        expect(poa).toMatch(/grant style kept-whole \{ \} worded "KNOW ALL MEN/);
        expect(poa).not.toMatch(/incidental authority worded/);
        const rendered = (await renderSource(poa)).replace(/\s+/g, ' ');
        expect(rendered).toContain(`POWER OF ATTORNEY ${sentence}`);
        expect(rendered).not.toContain('[ATTORNEY-IN-FACT]');
    });
});
