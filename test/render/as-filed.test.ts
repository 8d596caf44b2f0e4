/**
 * `as-filed`: a clause's words as filed, where they differ from its style by a few words. The edit replaces the
 * style's words in the rendered paragraph; it never changes a party's name, a defined term or a date, and an edit
 * that does not apply is a warning (poa/as-filed-not-applied), not a silent no-op.
 */
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { runsText } from '../../language/render/document-tree.js';
import { renderDocument } from '../../language/render/render-document.js';
import { checkPoa } from '../../language/checks/check-poa.js';

const poa = (edits: string) => `poa Sacks {
    kind section16
    principal sacks "David Sacks"
    agents { agent ellis "Michael Ellis" }
    issuer rumble "Rumble Inc." { defined as "Company" }
    grant { file form3, form4, form5 under section16a }
    incidental authority style personally-present-necessary
    as-filed incidental-authority {
${edits}
    }
    executed 2023-06-29 { signature conformed }
}`;

async function paragraph(source: string, id: string): Promise<string> {
    const { model } = await loadPoa(source);
    return runsText(renderDocument(model).blocks.find((b) => b.id === id)?.runs ?? []);
}

async function codes(source: string): Promise<string[]> {
    const { model } = await loadPoa(source);
    return checkPoa(model, { today: '2026-12-01' }).filter((f) => f.code === 'poa/as-filed-not-applied').map((f) => f.message);
}

describe('as-filed edits', () => {
    it('print the filed words in place of the style\'s, the rest of the clause unchanged', async () => {
        const plain = await paragraph(poa(''), 'incidental-authority');
        expect(plain).toContain('every act and thing necessary to be done in the exercise');
        const edited = await paragraph(poa('        reading "thing necessary to be" as "thing necessary or appropriate to be"'), 'incidental-authority');
        expect(edited).toBe(plain.replace('thing necessary to be', 'thing necessary or appropriate to be'));
        expect(await codes(poa('        reading "thing necessary to be" as "thing necessary or appropriate to be"'))).toEqual([]);
    });

    it('are a warning, changing nothing, when the style\'s words are no longer in the paragraph', async () => {
        const source = poa('        reading "thing requisite to be" as "thing needful to be"');
        expect(await paragraph(source, 'incidental-authority')).toBe(await paragraph(poa(''), 'incidental-authority'));
        const messages = await codes(source);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain('"thing requisite to be"');
        expect(messages[0]).toContain('not in the rendered incidental-authority paragraph');
    });

    it('apply in the order of the text: an edit written after one that comes later in the paragraph says so', async () => {
        // A trial wrote an edit of "for him and in" after one of words that follow it, and was told its words were not
        // in the paragraph at all.
        const plain = await paragraph(poa(''), 'incidental-authority');
        expect(plain.indexOf('every act and thing')).toBeLessThan(plain.indexOf('necessary to be done'));
        const outOfOrder = poa('        reading "necessary to be done" as "necessary or proper to be done"\n        reading "every act and thing" as "each act and thing"');
        const messages = await codes(outOfOrder);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain('"every act and thing"');
        expect(messages[0]).toContain('only before the words of the edit above it');
        expect(messages[0]).not.toContain('not in the rendered');
        const inOrder = poa('        reading "every act and thing" as "each act and thing"\n        reading "necessary to be done" as "necessary or proper to be done"');
        expect(await codes(inOrder)).toEqual([]);
        expect(await paragraph(inOrder, 'incidental-authority')).toBe(plain.replace('every act and thing', 'each act and thing').replace('necessary to be done', 'necessary or proper to be done'));
    });

    it('never change a party\'s name or a date: those stay in their clauses', async () => {
        const source = poa('        reading "Michael Ellis" as "Sergey Milyukov"').replace('as-filed incidental-authority', 'as-filed grant');
        expect(await paragraph(source, 'grant')).toContain('Michael Ellis');
        expect((await codes(source))[0]).toContain('name a party');
        const dated = poa('        reading "June 29, 2023" as "July 1, 2023"').replace('as-filed incidental-authority', 'as-filed testimonium');
        expect((await codes(dated))[0]).toContain('a date');
    });
});
