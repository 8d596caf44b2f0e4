#!/usr/bin/env node
/**
 * Starts a statutory form's data file from its fixture text:
 *   node scripts/form-from-text.mjs test/fixtures/forms/<id>.txt > language/forms/<id>.ts
 * Paragraphs become blocks (headings and capitalised notices recognised), an
 * initials line "(___) Power" becomes a power block with an {initials} slot,
 * and template characters are escaped. The citation, source, formalities and
 * the slots for names, dates and witnesses are then filled in by hand from the
 * statute; the fixture test says whether the text still reads as the statute.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const KNOWN_POWERS = [
    [/^real property/i, 'realProperty'], [/^tangible personal property/i, 'tangiblePersonalProperty'],
    [/^stocks and bonds/i, 'stocksAndBonds'], [/^commodities and options/i, 'commoditiesAndOptions'],
    [/^banks and other financial/i, 'banks'], [/^operation of (an )?entity/i, 'operationOfEntity'],
    [/^insurance and annuities/i, 'insuranceAndAnnuities'], [/^estates, trusts/i, 'estatesAndTrusts'],
    [/^claims and litigation/i, 'claimsAndLitigation'], [/^personal and family maintenance/i, 'personalAndFamilyMaintenance'],
    [/^benefits from government/i, 'governmentBenefits'], [/^retirement plans/i, 'retirementPlans'], [/^taxes/i, 'taxes'],
    [/^all preceding subjects/i, 'allSubjects'], [/^create(,| an inter vivos)[^.]*trust/i, 'trusts'], [/^make a gift/i, 'gifts'],
    [/^create or change rights of survivorship/i, 'survivorship'], [/^create or change a beneficiary/i, 'beneficiaries'],
    [/^(delegate|authorize another person)/i, 'delegation'], [/^waive the principal/i, 'annuityWaiver'],
    [/^exercise fiduciary powers/i, 'fiduciaryPowers'], [/^access the content of electronic/i, 'electronicCommunications'],
    [/^(renounce or )?disclaim/i, 'disclaimers']
];

const file = process.argv[2];
const id = basename(file, '.txt');
const lines = readFileSync(file, 'utf8').split('\n');
const header = lines.filter((l) => l.startsWith('# ')).join('\n');
const body = lines.filter((l) => !l.startsWith('# ')).join('\n');
const escape = (s) => s.replace(/[\\[\]{}|]/g, (c) => '\\' + c);
const used = new Set();
const powerId = (text) => {
    const known = KNOWN_POWERS.find(([re]) => re.test(text));
    let base = known ? known[1] : text.replace(/[^A-Za-z ]/g, ' ').trim().split(/\s+/).slice(0, 4)
        .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = base + n;
    used.add(candidate);
    return candidate;
};
const blocks = [];
for (const para of body.split(/\n\s*\n/)) {
    const text = para.replace(/\s+$/, '');
    if (!text.trim()) continue;
    const power = /^\((_{2,}|\.{2,}| +)\)\s*([\s\S]+)$/.exec(text);
    if (power) {
        blocks.push({ kind: 'power', power: powerId(power[2]), text: `({initials}) ${escape(power[2])}`, blanks: { initials: power[1] } });
        continue;
    }
    const letters = text.replace(/[^A-Za-z]/g, '');
    const upper = letters.replace(/[^A-Z]/g, '').length / Math.max(1, letters.length);
    const kind = upper > 0.85 && letters.length > 0 ? (text.length < 90 ? 'heading' : 'notice') : 'paragraph';
    blocks.push({ kind, text: escape(text) });
}
const out = [];
out.push(`/**\n * ${id}: the statutory form as read from its stored source.\n${header.split('\n').map((l) => ' * ' + l.slice(2).replace(/\*\//g, '*\\/')).join('\n')}\n */`);
out.push(`import type { StatutoryForm } from './statutory-form.js';\n`);
out.push(`const form: StatutoryForm = {`);
out.push(`    id: '${id}',\n    title: 'TODO',\n    jurisdiction: 'TODO',\n    kind: 'general',\n    citation: 'TODO',`);
out.push(`    source: { repo: 'TODO', path: 'TODO', commit: 'TODO' },\n    taken: 'TODO',\n    blank: '____________________',`);
out.push(`    formalities: { witnesses: 0, notary: 'none', citation: 'TODO' },`);
out.push(`    blocks: [`);
out.push(blocks.map((b) => '        ' + JSON.stringify(b).replace(/"(kind|text|power|blanks|initials|notice)":/g, '$1: ')).join(',\n'));
out.push(`    ]\n};\n\nexport default form;`);
console.log(out.join('\n'));
