/**
 * One value type per domain value: a date is read once (an impossible date is
 * a diagnostic where it is written), a power ends on one computed day for every
 * check, a statute is cited one way, an agent is named one way.
 */
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { checkPoa } from '../../language/checks/check-poa.js';
import { checkWorkspace } from '../../language/checks/workspace-checks.js';
import { powerEndDate } from '../../language/model/power-end.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { Poa } from '../server/lsp-services.js';
import { check, readFixture, TODAY } from './check-helpers.js';

const invalid = readFixture('poa/invalid-date');

describe('calendar dates', () => {
    it('`executed 2007-02-30` is an error at the date, not a clean check', async () => {
        const { diagnostics } = await check(invalid);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => d.code)).toEqual(['poa/invalid-date']);
        const line = invalid.split('\n').findIndex((l) => l.includes('executed 2007-02-30'));
        expect(errors[0].range.start).toEqual({ line, character: invalid.split('\n')[line].indexOf('2007-02-30') });
        expect(errors[0].message).toMatch(/^The execution date 2007-02-30 is not a day of the calendar\./);
    });

    it('the model keeps no value for it, and the blank it renders says why', async () => {
        const { model } = await check(invalid);
        expect(model.execution?.date.value).toBeUndefined();
        expect(model.execution?.date.written).toBe('2007-02-30');
        const blank = renderDocument(model).blocks.flatMap((b) => 'runs' in b ? b.runs : []).find((r) => r.ref === 'date');
        expect(blank?.note).toBe('"2007-02-30" is not a date of the calendar.');
    });

    it.each(['2007-02-28', '2008-02-29', '2000-02-29'])('%s is a day of the calendar and checks clean', async (date) => {
        const { diagnostics, model } = await check(invalid.replace('2007-02-30', date));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(model.execution?.date.value).toBe(date);
        expect(renderText(renderDocument(model), { width: 0 })).not.toContain('____');
    });

    it.each(['1900-02-29', '2007-04-31', '2007-13-01', '2007-00-10'])('%s is not', async (date) => {
        const { diagnostics } = await check(invalid.replace('2007-02-30', date));
        expect(diagnostics.map((d) => d.code)).toContain('poa/invalid-date');
    });
});

describe('when a power ends', () => {
    // Executed 2024-01-15, starting 2024-06-01, "for 1 years from the date of its execution": it ended 2025-01-15.
    const text = readFixture('poa/term-expired')
        .replace('starts immediately', 'starts on 2024-06-01')
        .replace('ends on 2021-01-15', 'ends after 1 years')
        .replace('executed 2020-01-15', 'executed 2024-01-15');

    it('counts a duration from the execution date, as the rendered instrument says, even when a start date is given', async () => {
        const { model } = await check(text);
        expect(renderText(renderDocument(model), { width: 0 })).toContain('remain in effect for 1 year from the date of its execution');
        expect(powerEndDate(model)).toBe('2025-01-15');
    });

    it('the single-file check and the cross-file check agree that it has ended', async () => {
        const { model } = await check(text);
        expect(checkPoa(model, { today: TODAY }).map((f) => f.code)).toContain('poa/term-expired');
        // A second power for the same principal and issuer: no overlap is reported, as the first is no longer in force.
        const other = text.replace('executed 2024-01-15', 'executed 2025-03-01').replace('starts on 2024-06-01', 'starts immediately');
        const findings = checkWorkspace([{ uri: 'file:///a.poa', model }, { uri: 'file:///b.poa', model: (await check(other)).model }], { today: TODAY });
        expect([...findings.values()].flat()).toEqual([]);
    });
});

describe('one citation of a statute', () => {
    it('a check message, a hover and completion cite Rule 144 the same way', async () => {
        const form144 = readFixture('poa/form-wrong-statute');
        const { diagnostics } = await check(form144);
        const message = diagnostics.find((d) => d.code === 'poa/form-wrong-statute')?.message ?? '';
        const cited = /Rule 144 (under|of) the Securities Act of 1933/.exec(message)?.[0];
        expect(cited).toBe('Rule 144 under the Securities Act of 1933');
        const text = 'poa X { grant { file form144 under rule144 } }';
        const at = text.replace('rule144', 'r<|>ule144');
        await expectHover(Poa)({ text: at, index: 0, hover: /^\*\*Rule 144 under the Securities Act of 1933\*\*/ });
    });
});

describe('one name for an agent appointed by office', () => {
    it('the duplicate-agent message and the hover name the office agent alike', async () => {
        const text = `poa X {
    kind general
    jurisdiction CO
    principal pat "Pat Doe" { pronoun she }
    issuer co "Acme Corp." { defined as "Company" }
    agents severally {
        agent gc office "General Counsel" of co
        agent gc2 office "General Counsel" of co
    }
}`;
        const { model } = await check(text);
        const message = checkPoa(model, { today: TODAY }).find((f) => f.code === 'poa/duplicate-agent')?.message;
        expect(message).toMatch(/^The General Counsel of Acme Corp\. is named/);
        await expectHover(Poa)({ text: text.replace('agent gc office', 'agent g<|>c office'), index: 0, hover: /^\*\*the General Counsel of Acme Corp\.\*\*, / });
    });
});
