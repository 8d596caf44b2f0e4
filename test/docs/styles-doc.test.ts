/**
 * docs/language.md's "Styles" section is the phrasebook as Markdown. Regenerate with
 * POA_WRITE_DOCS=1 npx vitest run test/docs/styles-doc.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { STYLES_BEGIN, STYLES_END, stylesMarkdown } from '../../language/phrasebook/styles-doc.js';
import { ROOT } from '../helpers.js';

const SAMPLE = `poa Sample {
    kind section16
    principal jane "Jane Roe" { pronoun she role "director" }
    agents severally { agent ann "Ann Lee" agent bob "Bob Poe" }
    issuer acme "Acme Corp." { organized in "Delaware" as corporation defined as "Company" }
    grant { file form3, form4, form5 under section16a including amendments with sec, exchanges any other action }
    substitution ratification acknowledgment no-assumption
    supersedes all prior authorizations for acme securities revoking them
    term { ends when no longer subject to section16 for acme  lapses for any agent on leaving acme }
    revocation by signed-writing delivered to agents
    executed as of 2024-03-01 { signature conformed }
}`;

test('the Styles section of docs/language.md is generated from the phrasebook', async () => {
    const { model } = await loadPoa(SAMPLE, { validate: false });
    const path = join(ROOT, 'docs', 'language.md');
    const page = readFileSync(path, 'utf8');
    const begin = page.indexOf(STYLES_BEGIN);
    const end = page.indexOf(STYLES_END);
    const fresh = `${STYLES_BEGIN}\n${stylesMarkdown(model)}\n${STYLES_END}`;
    if (process.env.POA_WRITE_DOCS) {
        const next = begin >= 0 && end > begin ? page.slice(0, begin) + fresh + page.slice(end + STYLES_END.length) : `${page.trimEnd()}\n\n## Styles\n\n${fresh}\n`;
        writeFileSync(path, next);
        return;
    }
    expect(begin, 'docs/language.md has no generated Styles section').toBeGreaterThanOrEqual(0);
    expect(page.slice(begin, end + STYLES_END.length)).toBe(fresh);
});
