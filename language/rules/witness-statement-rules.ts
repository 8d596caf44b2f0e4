/**
 * The statements a file makes about its witnesses (`witnesses ... { witness "Ann Lee" is not-related }`)
 * must name a witness the execution provides for and use the facts the checks know
 * (catalog/witness-facts.ts); otherwise the qualification they record is not checked.
 */
import { witnessFactWords } from '../catalog/witness-facts.js';
import { SOURCES } from './sources-read.js';
import { rule, type Rule } from './rule.js';
import { witnessRecords } from './witness-qualifications.js';

/** The witnessing statutes whose qualifications the statements record, each read (sources-read.ts). */
const WITNESSING_STATUTES = [SOURCES.ca4674, SOURCES.dc2205, SOURCES.ny1501B, SOURCES.tx166003];

export const WITNESS_STATEMENT_RULES: readonly Rule[] = [
    rule({
        code: 'poa/unknown-witness-fact',
        severityBasis: 'warning: the instrument is not affected, but a fact the checks do not know is not checked against the witnessing statutes, so a disqualified witness could go unnoticed.',
        scope: 'Every power of attorney whose execution states facts about its witnesses.',
        title: 'Unknown fact about a witness',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '"{fact}" is not a fact about a witness that the checks know.',
        why: 'The witnessing rules read only the facts they know; this one is not checked against any statute.',
        action: 'Use one of: {known}.',
        source: 'Cal. Prob. Code § 4674; D.C. Code § 21-2205; N.Y. Gen. Oblig. Law § 5-1501B(1)(b); Tex. Health & Safety Code § 166.003(2)',
        provenance: WITNESSING_STATUTES,
        check: ({ model }, report) => {
            for (const p of witnessRecords(model).problems) {
                if (p.kind === 'unknown-fact') report({ range: p.range, args: { fact: p.text, known: witnessFactWords().join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/unknown-witness',
        severityBasis: 'warning: the instrument is not affected, but a statement about a witness the execution does not provide for is not checked, and may mean the witnesses are listed wrongly.',
        scope: 'Every power of attorney whose execution states facts about its witnesses.',
        title: 'A statement about a witness who is not listed',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The statement is about {witness}, who is not among the witnesses the execution provides for.',
        why: 'Facts are checked only for the witnesses listed (by name) or counted (by number, from 1).',
        action: 'Name one of the listed witnesses, or add the witness to the list.',
        source: 'Cal. Prob. Code § 4674; D.C. Code § 21-2205; N.Y. Gen. Oblig. Law § 5-1501B(1)(b); Tex. Health & Safety Code § 166.003(2)',
        provenance: WITNESSING_STATUTES,
        check: ({ model }, report) => {
            for (const p of witnessRecords(model).problems) {
                if (p.kind === 'unknown-witness') report({ range: p.range, args: { witness: p.text } });
            }
        }
    })
];
