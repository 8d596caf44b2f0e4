/**
 * What a file states about its witnesses (`witness "Jo Bell" is not-related, not-heir`), read by the
 * witnessing rules of California (§§ 4674-4675), the District (§ 21-2205), New York (§ 5-1501B) and
 * Texas (§ 166.003): each rule fires on a fact the file states, never on a fact it leaves unstated,
 * and the older `witnesses N with K unrelated` still works. Variations of the rules' fixtures.
 */
import { describe, expect, it } from 'vitest';
import { checkPoa } from '../../language/checks/check-poa.js';
import { witnessRecords } from '../../language/rules/witness-qualifications.js';
import { check, readFixture } from './check-helpers.js';

async function codes(text: string): Promise<string[]> {
    const { model } = await check(text);
    return checkPoa(model, { today: '2025-06-30' }).map((f) => f.code);
}

describe('witness statements in the model', () => {
    it('attach to the listed witness by name or by number, and a listed agent is an agent', async () => {
        const text = readFixture('poa/dc-healthcare-provider-witness')
            .replace('witnesses "Jo Bell", "Jamie Fox" {', 'witnesses "Jo Bell", "Alex Roe" {')
            .replace('witness "Jamie Fox" is not-related, not-heir', 'witness 2 is related');
        const { model } = await check(text);
        const { records, problems } = witnessRecords(model);
        expect(problems).toEqual([]);
        expect(records.map((r) => [r.label, Object.fromEntries(r.facts)])).toEqual([
            ['Jo Bell', { 'health-care-provider': true }],
            ['Alex Roe', { related: true, agent: true }]
        ]);
    });

    it('name the witnesses of a bare count, up to the count', async () => {
        const text = readFixture('poa/dc-healthcare-unrelated-witness')
            .replace('witnesses 2 with 0 unrelated', 'witnesses 2 {\n            witness "Ann Lee" is not-related\n            witness "Bo Chan" is heir\n            witness "Cy Dee" is related\n        }');
        const { model } = await check(text);
        const { records, problems } = witnessRecords(model);
        expect(records.map((r) => r.label)).toEqual(['Ann Lee', 'Bo Chan']);
        expect(problems.map((p) => [p.kind, p.text])).toEqual([['unknown-witness', 'Cy Dee']]);
    });
});

describe('California', () => {
    const provider = readFixture('poa/ca-healthcare-witness-disqualified');
    it('a provider witness is no error when the directive is acknowledged before a notary', async () => {
        expect(await codes(provider.replace('        }\n    }\n}', '        }\n        notary acknowledgment in "California"\n    }\n}'))).not.toContain('poa/ca-healthcare-witness-disqualified');
    });
    it('nor when two other witnesses qualify', async () => {
        expect(await codes(provider.replace('witnesses "Jo Bell", "Jamie Fox" {', 'witnesses "Jo Bell", "Jamie Fox", "Kim Lo" {'))).not.toContain('poa/ca-healthcare-witness-disqualified');
    });
    it('nor when the file does not say what the witness is', async () => {
        expect(await codes(provider.replace('witness "Jo Bell" is health-care-provider', 'witness "Jo Bell" is not-related'))).not.toContain('poa/ca-healthcare-witness-disqualified');
    });
    it('an agent stated as such, not by name, is still barred by § 4674(c)(4)', async () => {
        expect(await codes(provider.replace('witness "Jo Bell" is health-care-provider', 'witness "Jo Bell" is agent'))).toContain('poa/ca-healthcare-agent-witness');
    });
    const nursing = readFixture('poa/ca-healthcare-ombudsman-witness');
    it('a skilled-nursing-facility patient\'s directive witnessed by an ombudsman or patient advocate is effective', async () => {
        for (const office of ['ombudsman', 'patient-advocate']) {
            expect(await codes(nursing.replace('witnesses "Jo Bell", "Jamie Fox"', `witnesses "Jo Bell", "Jamie Fox" {\n            witness 2 is ${office}\n        }`))).not.toContain('poa/ca-healthcare-ombudsman-witness');
        }
    });
    it('§ 4675 is not applied to a principal not stated to be such a patient', async () => {
        expect(await codes(nursing.replace('        patient in skilled-nursing-facility\n', ''))).not.toContain('poa/ca-healthcare-ombudsman-witness');
    });
});

describe('District of Columbia', () => {
    const related = readFixture('poa/dc-healthcare-unrelated-witness');
    it('every witness stated to be a relative or an heir is the unrelated-witness error, as "with 0 unrelated" is', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Ann Lee", "Bo Chan" {\n            witness "Ann Lee" is related\n            witness "Bo Chan" is not-related, heir\n        }');
        const found = await codes(text);
        expect(found).toContain('poa/dc-healthcare-unrelated-witness');
        expect(found).not.toContain('poa/dc-healthcare-unrelated-witness-unstated');
    });
    it('a witness related by blood or marriage is related under § 21-2205(d)', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Ann Lee", "Bo Chan" {\n            witness "Ann Lee" is related-by-blood-or-marriage\n            witness "Bo Chan" is heir\n        }');
        expect(await codes(text)).toContain('poa/dc-healthcare-unrelated-witness');
    });
    it('a witness stated only not related by blood or marriage may still be related by adoption: the reminder stays', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Ann Lee", "Bo Chan" {\n            witness "Bo Chan" is not-related-by-blood-or-marriage, not-heir\n        }');
        expect(await codes(text)).toContain('poa/dc-healthcare-unrelated-witness-unstated');
    });
    it('a witness stated to be neither records the unrelated witness: no reminder', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Ann Lee", "Bo Chan" {\n            witness "Bo Chan" is not-related, not-heir\n        }');
        const found = await codes(text);
        expect(found).not.toContain('poa/dc-healthcare-unrelated-witness');
        expect(found).not.toContain('poa/dc-healthcare-unrelated-witness-unstated');
    });
    it('a witness stated only not-related still leaves the estate question: the reminder stays', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Ann Lee", "Bo Chan" {\n            witness "Bo Chan" is not-related\n        }');
        expect(await codes(text)).toContain('poa/dc-healthcare-unrelated-witness-unstated');
    });
    it('the principal as a witness is barred by § 21-2205(c)', async () => {
        const text = related.replace('witnesses 2 with 0 unrelated', 'witnesses "Pat Doe", "Bo Chan" with 1 unrelated');
        expect(await codes(text)).toContain('poa/dc-healthcare-provider-witness');
    });
});

describe('Texas', () => {
    const unstated = readFixture('poa/tx-healthcare-qualified-witness-unstated');
    it('every witness stated to be disqualified is the error', async () => {
        const text = unstated.replace('witnesses "Jo Bell", "Jamie Fox"', 'witnesses "Jo Bell", "Jamie Fox" {\n            witness "Jo Bell" is related-by-blood-or-marriage\n            witness "Jamie Fox" is attending-physician\n        }');
        const found = await codes(text);
        expect(found).toContain('poa/tx-healthcare-qualified-witness');
        expect(found).not.toContain('poa/tx-healthcare-qualified-witness-unstated');
    });
    it('one witness stated clear of (B)-(G), and not an agent, is the qualified witness', async () => {
        const text = unstated.replace('witnesses "Jo Bell", "Jamie Fox"', 'witnesses "Jo Bell", "Jamie Fox" {\n            witness "Jo Bell" is related\n            witness 2 is not-related, not-heir, not-attending-physician, not-facility-employee, not-creditor\n        }');
        const found = await codes(text);
        expect(found).not.toContain('poa/tx-healthcare-qualified-witness');
        expect(found).not.toContain('poa/tx-healthcare-qualified-witness-unstated');
    });
    // § 166.003(2)(B) lists a relative "by blood or marriage"; `related` (D.C. § 21-2205(d): blood, marriage or
    // adoption) may be a relative by adoption alone, whom Texas does not list: not a disqualification there.
    it('a witness stated only related (perhaps by adoption) is not disqualified in Texas: the reminder stays', async () => {
        const text = unstated.replace('witnesses "Jo Bell", "Jamie Fox"', 'witnesses "Jo Bell", "Jamie Fox" {\n            witness "Jo Bell" is related\n            witness "Jamie Fox" is attending-physician\n        }');
        const found = await codes(text);
        expect(found).not.toContain('poa/tx-healthcare-qualified-witness');
        expect(found).toContain('poa/tx-healthcare-qualified-witness-unstated');
    });
    it('a witness stated not related (by blood, marriage or adoption) is not related by blood or marriage either', async () => {
        const text = unstated.replace('witnesses "Jo Bell", "Jamie Fox"', 'witnesses "Jo Bell", "Jamie Fox" {\n            witness 2 is not-related, not-heir, not-attending-physician, not-facility-employee, not-creditor\n        }');
        expect(await codes(text)).not.toContain('poa/tx-healthcare-qualified-witness-unstated');
    });
    it('a notary acknowledgment in place of witnesses needs no qualified witness', async () => {
        const text = unstated.replace('        witnesses "Jo Bell", "Jamie Fox"\n', '        witnesses "Jo Bell", "Jamie Fox"\n        notary acknowledgment in "Texas"\n');
        expect(await codes(text)).not.toContain('poa/tx-healthcare-qualified-witness-unstated');
    });
});

describe('New York', () => {
    it('a witness stated not to be a gift recipient is no error', async () => {
        const text = readFixture('poa/ny-gift-recipient-witness').replace('witness "Sam Poe" is gift-recipient', 'witness "Sam Poe" is not-gift-recipient');
        expect(await codes(text)).toEqual([]);
    });
});
