/**
 * The witnesses as the checks see them: each witness the execution provides for, with what the
 * file states about it (`witness "Ann Lee" is not-related, not-heir`) and what its name shows (a
 * witness named as an agent is an agent). The witnessing rules of each jurisdiction read this one
 * view; a fact the file does not state is unknown, never a disqualification.
 */
import { readWitnessFact, WITNESS_FACTS } from '../catalog/witness-facts.js';
import type { PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import { sameName } from './rule-helpers.js';

export interface WitnessRecord {
    /** The witness's name, or "witness N" for a witness the file counts but does not name. */
    label: string;
    range: SourceRange;
    /** Each fact the file states or the names show: true when it holds, false when stated not to. */
    facts: Map<string, boolean>;
}

/** A statement the checks could not attach to a witness, or a fact they do not know. */
export interface WitnessStatementProblem {
    kind: 'unknown-witness' | 'unknown-fact';
    text: string;
    range: SourceRange;
}

/** The witnesses of the execution with their facts, and the statements that could not be read. */
export function witnessRecords(model: PoaModel): { records: WitnessRecord[]; problems: WitnessStatementProblem[] } {
    const w = model.execution?.witnesses;
    if (!w) return { records: [], problems: [] };
    const records: WitnessRecord[] = w.names.map((n, i) => ({ label: n.value ?? `witness ${i + 1}`, range: n.range ?? w.range, facts: new Map() }));
    const named = records.length > 0;
    const problems: WitnessStatementProblem[] = [];
    for (const st of w.statements) {
        let record: WitnessRecord | undefined;
        if (st.number !== undefined) {
            while (!named && records.length < Math.min(st.number, w.count)) records.push({ label: `witness ${records.length + 1}`, range: w.range, facts: new Map() });
            record = records[st.number - 1];
            if (!record) problems.push({ kind: 'unknown-witness', text: `witness ${st.number}`, range: st.range });
        } else {
            const name = st.name?.value;
            record = records.find((r) => sameName(r.label, name));
            if (!record && !named && name && records.length < w.count) {
                record = { label: name, range: st.name?.range ?? st.range, facts: new Map() };
                records.push(record);
            } else if (!record) {
                problems.push({ kind: 'unknown-witness', text: name ?? 'this witness', range: st.name?.range ?? st.range });
            }
        }
        for (const f of st.facts) {
            const read = readWitnessFact(f.written);
            if (!read) problems.push({ kind: 'unknown-fact', text: f.written, range: f.range });
            else if (record) record.facts.set(read.fact.id, read.holds);
        }
    }
    while (records.length < w.count) records.push({ label: `witness ${records.length + 1}`, range: w.range, facts: new Map() });
    for (const r of records) applyCases(r.facts);
    // A witness named as an agent or successor agent is one, whatever else is stated.
    const agents = [...model.agents, ...model.successors];
    for (const r of records) if (agents.some((a) => sameName(a.name.value, r.label))) r.facts.set('agent', true);
    return { records, problems };
}

/**
 * What the stated facts settle about the broader and narrower facts (witness-facts.ts `caseOf`): a
 * witness related by blood or marriage is related; one stated not related (by blood, marriage or
 * adoption) is not related by blood or marriage. Nothing else is inferred.
 */
function applyCases(facts: Map<string, boolean>): void {
    for (const f of WITNESS_FACTS) {
        if (!f.caseOf) continue;
        if (facts.get(f.id) === true && !facts.has(f.caseOf)) facts.set(f.caseOf, true);
        if (facts.get(f.caseOf) === false && !facts.has(f.id)) facts.set(f.id, false);
    }
}

/** The facts among `ids` that the file states hold for the witness. */
export function disqualifications(record: WitnessRecord, ids: readonly string[]): string[] {
    return ids.filter((id) => record.facts.get(id) === true);
}

/** Whether the file states that none of `ids` holds for the witness. */
export function clearOf(record: WitnessRecord, ids: readonly string[]): boolean {
    return ids.every((id) => record.facts.get(id) === false);
}

/** The execution relies on witnesses: it names some and is not acknowledged before a notary. */
export function reliesOnWitnesses(model: PoaModel): boolean {
    const e = model.execution;
    return Boolean(e?.witnesses && !e.notary);
}

/**
 * The witnesses who are agents or successor agents (by name, or as the file states), where the
 * execution relies on witnesses: none when a notary acknowledgment stands in for them, unless the
 * law requires both.
 */
export function agentWitnesses(model: PoaModel, witnessesRequiredWithNotary = false): { name: string; range: SourceRange }[] {
    if (!model.execution?.witnesses || (model.execution.notary && !witnessesRequiredWithNotary)) return [];
    return witnessRecords(model).records.filter((r) => r.facts.get('agent') === true).map((r) => ({ name: r.label, range: r.range }));
}

/**
 * The witnesses who are the agent appointed (by name, or stated `is agent`), not a successor named as one: the
 * health-care statutes that name "the person appointed as agent" (N.Y. Pub. Health Law § 2981(2)(a)) or "the person
 * designated as surrogate" (Fla. Stat. § 765.202(2)). Counted whether or not a notary also acknowledges the signature.
 */
export function appointedAgentWitnesses(model: PoaModel): { name: string; range: SourceRange }[] {
    return agentWitnesses(model, true).filter((w) => !model.successors.some((s) => sameName(s.name.value, w.name)));
}
