/**
 * The consistency checks one by one, on small variations of a clean Section
 * 16 or general power, with the date injected (the rules never read the clock).
 * Expected wording is taken from the statutes and written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPoa } from '../../language/checks/check-poa.js';
import type { Finding } from '../../language/rules/rule.js';
import { check, readFixture } from './check-helpers.js';

async function findings(text: string, today = '2025-06-30', final = false): Promise<Finding[]> {
    const { model } = await check(text);
    return checkPoa(model, { today, final });
}

const codes = (fs: Finding[]) => fs.map((f) => f.code);
const section16 = readFixture('poa/missing-kind').replace('poa Fixture {', 'poa Fixture {\n    kind section16');
const general = readFixture('poa/missing-jurisdiction').replace('kind general', 'kind general\n    jurisdiction CO');

describe('the clean bases', () => {
    it('a complete Section 16 power and a complete Colorado general power have no findings', async () => {
        expect(codes(await findings(section16))).toEqual([]);
        expect(codes(await findings(general))).toEqual([]);
    });
});

describe('parties', () => {
    it('principal named as agent points at the agent and relates the principal', async () => {
        const text = general.replace('agent alex "Alex Roe"', 'agent alex "Alex Roe"\n        agent self "PAT  DOE"').replace('agents {', 'agents severally {');
        const [f] = (await findings(text)).filter((x) => x.code === 'poa/principal-is-agent');
        expect(text.slice(f.range.offset, f.range.offset + f.range.length)).toBe('self');
        expect(f.related).toHaveLength(1);
        expect(text.slice(f.related[0].range.offset, f.related[0].range.offset + f.related[0].range.length)).toBe('pat');
    });

    it('the same agent twice relates the first appointment, also across successors', async () => {
        const text = general.replace('    grant {', '    successors {\n        agent alex2 "Alex  Roe"\n    }\n    grant {');
        const [f] = (await findings(text)).filter((x) => x.code === 'poa/duplicate-agent');
        expect(text.slice(f.range.offset, f.range.offset + f.range.length)).toBe('alex2');
        expect(text.slice(f.related[0].range.offset, f.related[0].range.offset + 4)).toBe('alex');
    });

    it('several agents and no mode: the message states the jurisdiction\'s default', async () => {
        const two = (j: string) => general.replace('jurisdiction CO', `jurisdiction ${j}`).replace('agent alex "Alex Roe"', 'agent alex "Alex Roe"\n        agent blair "Blair Poe"');
        const msg = async (j: string) => (await findings(two(j))).find((x) => x.code === 'poa/agent-mode-unstated')!.message;
        expect(await msg('NY')).toContain('co-agents must act jointly unless the power of attorney provides otherwise');
        expect(await msg('NY')).toContain('N.Y. Gen. Oblig. Law § 5-1508(1)');
        expect(await msg('CA')).toContain('exercisable only by their unanimous action');
        expect(await msg('FL')).toContain('each co-agent may exercise its authority independently');
        expect(await msg('FL')).toContain('Fla. Stat. § 709.2111(1)');
        expect(await msg('CO')).toContain('C.R.S. § 15-14-711');
        const stated = two('NY').replace('agents {', 'agents jointly {');
        expect(codes(await findings(stated))).not.toContain('poa/agent-mode-unstated');
    });

    it('agents whose style says each acts alone ("signing singly") have a stated mode; "and each of them" alone has not', async () => {
        const two = general.replace('agent alex "Alex Roe"', 'agent alex "Alex Roe"\n        agent blair "Blair Poe"');
        const styled = (s: string) => two.replace('agents {', `agents style ${s} {`);
        expect(codes(await findings(styled('signing-singly')))).not.toContain('poa/agent-mode-unstated');
        expect(codes(await findings(styled('each-acting-alone')))).not.toContain('poa/agent-mode-unstated');
        expect(codes(await findings(styled('and-each-of-them')))).toContain('poa/agent-mode-unstated');
        expect(codes(await findings(styled('and-or')))).toContain('poa/agent-mode-unstated');
    });

    it('agents given "full power to act without the other" in the substitution phrase have a stated mode', async () => {
        const two = general.replace('agent alex "Alex Roe"', 'agent alex "Alex Roe"\n        agent blair "Blair Poe"');
        expect(codes(await findings(`${two.replace(/\n}\s*$/, '')}\n    substitution style and-act-without-other\n}\n`))).not.toContain('poa/agent-mode-unstated');
        expect(codes(await findings(`${two.replace(/\n}\s*$/, '')}\n    substitution\n}\n`))).toContain('poa/agent-mode-unstated');
    });

    it('an entity principal called "he" and an individual called "it" disagree with their pronouns', async () => {
        const entity = section16.replace('principal pat "Pat Doe" {\n        pronoun she', 'principal pat "Doe Holdings LLC" entity {\n        pronoun he');
        expect(codes(await findings(entity))).toContain('poa/pronoun-disagrees');
        const fine = section16.replace('principal pat "Pat Doe" {\n        pronoun she', 'principal pat "Doe Holdings LLC" entity {\n        pronoun it');
        expect(codes(await findings(fine))).not.toContain('poa/pronoun-disagrees');
    });
});

describe('forms and statutes', () => {
    it('Form 144 belongs to Rule 144 of the 1933 Act', async () => {
        const [f] = (await findings(readFixture('poa/form-wrong-statute'))).filter((x) => x.code === 'poa/form-wrong-statute');
        expect(f.message).toMatch(/^Form 144 is not filed under Section 16\(a\) of the Securities Exchange Act of 1934; it belongs under Rule 144 under the Securities Act of 1933\./);
    });

    it('Forms 3, 4 and 5 belong to Section 16(a); Schedule 13D to Section 13(d)', async () => {
        const wrong = section16.replace('file form3, form4, form5 under section16a', 'file form3, form4, form5 under section16a\n        file form4 under rule144\n        file schedule13D under section16a');
        const msgs = (await findings(wrong)).filter((x) => x.code === 'poa/form-wrong-statute').map((x) => x.message);
        expect(msgs[0]).toContain('Form 4 is not filed under Rule 144 under the Securities Act of 1933; it belongs under Section 16(a) of the Securities Exchange Act of 1934.');
        expect(msgs[1]).toContain('Schedule 13D is not filed under Section 16(a) of the Securities Exchange Act of 1934; it belongs under Section 13(d) of the Securities Exchange Act of 1934.');
    });

    it('Schedule 13G may be filed under Section 13(d) or 13(g)', async () => {
        const ok = section16.replace('file form3, form4, form5 under section16a', 'file form3, form4, form5 under section16a\n        file schedule13G under section13d\n        file schedule13G under section13g');
        expect(codes(await findings(ok))).not.toContain('poa/form-wrong-statute');
    });
});

describe('dates, from an injected today', () => {
    it('a term ending before execution is an error that relates the execution', async () => {
        const [f] = (await findings(readFixture('poa/term-ends-before-execution'))).filter((x) => x.code === 'poa/term-ends-before-execution');
        expect(f.severity).toBe('error');
        expect(f.message).toContain('ends on December 31, 2019, before it is executed (January 15, 2020)');
        expect(f.related).toHaveLength(1);
    });

    it('the execution date is in the future only relative to today', async () => {
        const text = general.replace('executed 2020-01-15', 'executed 2025-07-01');
        expect(codes(await findings(text, '2025-06-30'))).toContain('poa/execution-in-future');
        expect(codes(await findings(text, '2025-07-01'))).not.toContain('poa/execution-in-future');
    });

    it('a fixed term is expired the day after it ends, and a duration counts from execution', async () => {
        const dated = general.replace('        durable\n', '        ends on 2025-06-30\n        durable\n');
        expect(codes(await findings(dated, '2025-06-30'))).not.toContain('poa/term-expired');
        expect(codes(await findings(dated, '2025-07-01'))).toContain('poa/term-expired');
        const twoYears = general.replace('        durable\n', '        ends after 2 years\n        durable\n');
        expect(codes(await findings(twoYears, '2022-01-15'))).not.toContain('poa/term-expired');
        const [f] = (await findings(twoYears, '2022-01-16')).filter((x) => x.code === 'poa/term-expired');
        expect(f.message).toContain('ended on January 15, 2022');
    });
});

describe('springing, hot powers and terms', () => {
    it('springing without a determination method; stated by two physicians is enough', async () => {
        expect(codes(await findings(readFixture('poa/springing-without-determination')))).toContain('poa/springing-without-determination');
        const ok = readFixture('poa/springing-without-determination').replace('starts on incapacity', 'starts on incapacity determined by two-physicians');
        expect(codes(await findings(ok))).not.toContain('poa/springing-without-determination');
    });

    it('a subject that implies hot powers warns until they are granted expressly, citing the state', async () => {
        const [f] = (await findings(readFixture('poa/hot-power-implied'))).filter((x) => x.code === 'poa/hot-power-implied');
        expect(f.message).toContain('create or change a beneficiary designation');
        expect(f.message).toContain('C.R.S. § 15-14-724');
        const granted = readFixture('poa/hot-power-implied').replace('retirementPlans\n', 'retirementPlans\n        expressly beneficiaries, annuityWaiver\n');
        expect(codes(await findings(granted))).not.toContain('poa/hot-power-implied');
    });

    it('undefined and unused terms, and wording that names an unknown party', async () => {
        // An undefined term is an unresolved cross-reference: the linker reports it, with the rule's code.
        const linked = async (text: string) => (await check(text)).diagnostics.map((d) => d.code);
        expect(await linked(readFixture('poa/undefined-term'))).toContain('poa/undefined-term');
        const defined = readFixture('poa/undefined-term').replace('    grant {', '    define exchangeRules "the rules of the New York Stock Exchange" as "NYSE Rules"\n    grant {');
        expect(await linked(defined)).not.toContain('poa/undefined-term');
        expect(codes(await findings(defined))).toEqual([]);
        expect(codes(await findings(readFixture('poa/unused-term')))).toContain('poa/unused-term');
        expect(codes(await findings(readFixture('poa/wording-unknown-reference')))).toContain('poa/wording-unknown-reference');
        const known = readFixture('poa/wording-unknown-reference').replace('{chris}', '{alex}');
        expect(codes(await findings(known))).toEqual([]);
    });

    it('a term named only through a style slot ({sec}) is used; a stray one is still reported', async () => {
        // The TPG letter defines the SEC and names it only through the filing style's {sec} slot.
        const letter = readFileSync(join(__dirname, '..', '..', 'examples', 'corpus', 'sec16_tpg-boyce-letter-3yr-2003.poa'), 'utf8');
        expect(codes(await findings(letter))).not.toContain('poa/unused-term');
        const stray = letter.replace('    define sec', '    define finra "the Financial Industry Regulatory Authority" as "FINRA"\n    define sec');
        const unused = (await findings(stray)).filter((f) => f.code === 'poa/unused-term');
        expect(unused).toHaveLength(1);
        expect(unused[0].message).toMatch(/^"FINRA" is defined but never used\./);
    });

    it('a health-care proxy with one witness in New York is reported (two are required)', async () => {
        const one = readFixture('poa/healthcare-execution').replace('        signature\n', '        signature\n        witnesses 1\n');
        const [f] = (await findings(one)).filter((x) => x.code === 'poa/healthcare-execution');
        expect(f.message).toContain('N.Y. Pub. Health Law § 2981(2)');
        const two = one.replace('witnesses 1', 'witnesses 2');
        expect(codes(await findings(two))).toEqual([]);
    });
});

describe('templates', () => {
    it('an unset parameter is information while drafting and an error in a final check', async () => {
        const text = readFixture('poa/unset-parameter');
        const drafting = (await findings(text)).find((x) => x.code === 'poa/unset-parameter')!;
        const final = (await findings(text, '2025-06-30', true)).find((x) => x.code === 'poa/unset-parameter')!;
        expect(drafting.severity).toBe('information');
        expect(final.severity).toBe('error');
        expect(text.slice(final.range.offset, final.range.offset + final.range.length)).toBe('principalName');
    });

    it('data for a parameter the template does not declare', async () => {
        const { model } = await check(readFixture('poa/unset-parameter'));
        const fs = checkPoa(model, { today: '2025-06-30', dataKeys: ['principalName', 'officerTitel'] });
        expect(fs.filter((x) => x.code === 'poa/unknown-parameter').map((x) => x.message)[0]).toMatch(/^"officerTitel" is not a parameter of this template\./);
    });

    it('choice and pronoun parameters of the wrong type', async () => {
        const text = readFixture('poa/unset-parameter').replace('parameter principalName person', 'parameter principalName person default "Pat Doe"\n    parameter side choice("buyer", "seller") default "lender"\n    parameter who pronoun default it');
        const msgs = (await findings(text)).filter((x) => x.code === 'poa/parameter-wrong-type').map((x) => x.message);
        expect(msgs[0]).toContain('The value "lender" of the parameter "side" is not one of "buyer", "seller".');
        expect(msgs).toHaveLength(1); // "it" is a pronoun
    });
});

describe('diagnostics', () => {
    it('a missing clause points at the name of the power of attorney', async () => {
        const text = readFixture('poa/missing-revocation');
        const { diagnostics } = await check(text);
        const d = diagnostics.find((x) => x.code === 'poa/missing-revocation')!;
        expect(d.range.start).toEqual({ line: 1, character: 4 });
        expect(d.range.end).toEqual({ line: 1, character: 11 });
    });

    it('an unknown jurisdiction gets exactly one information diagnostic', async () => {
        const { diagnostics } = await check(readFixture('poa/unknown-jurisdiction'));
        expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['information poa/unknown-jurisdiction']);
    });

    it('messages never name grammar types or catalog internals', async () => {
        const { diagnostics } = await check(readFixture('poa/unresolved-reference'));
        const d = diagnostics.find((x) => x.code === 'poa/unresolved-reference')!;
        expect(d.message).toMatch(/^Nothing named "globex" is defined in this file\./);
        expect(d.message).not.toMatch(/Issuer|Party|reference to/);
    });
});
