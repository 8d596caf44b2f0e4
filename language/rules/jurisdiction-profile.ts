/**
 * One row of the jurisdiction table: the execution formalities and defaults
 * a jurisdiction's power-of-attorney statute sets, each with its citation.
 * The jurisdiction modules (`new-york-rules.ts`, ...) each export one profile;
 * the general checks (co-agent mode, durability, hot powers, health-care
 * execution) read it so that their messages state the local rule.
 */
export type CoAgentDefault = 'jointly' | 'severally' | 'majority';

export interface Cited<T> {
    value: T;
    /** How the rule reads, in plain English, for messages and the rules reference. */
    text: string;
    source: string;
}

export interface JurisdictionProfile {
    /** The identifier written after `jurisdiction` in a source file. */
    id: string;
    name: string;
    /** The statute governing financial powers of attorney. */
    act: string;
    /** Witnesses the principal's signature needs on a financial power of attorney (0: none). */
    witnesses: Cited<number>;
    /** Whether the principal's signature must be acknowledged before a notary. */
    notary: Cited<'required' | 'or-witnesses' | 'recommended' | 'not-required'>;
    /** How co-agents act when the power does not say. */
    coAgentDefault: Cited<CoAgentDefault | 'unsettled'>;
    /** Whether the statute requires the "hot powers" (gifts, trusts, ...) to be granted expressly. */
    hotPowersExpress: Cited<boolean>;
    /** Whether a power may spring into effect on incapacity. */
    springing: Cited<boolean>;
    /** Whether a power that says nothing about durability survives the principal's incapacity. */
    durableByDefault: Cited<boolean>;
    /** The statute that creates and governs the jurisdiction's health-care power of attorney. */
    healthCareAct: string;
    /** Execution of a health-care power of attorney: witnesses, and whether a notary may stand in for them. */
    healthCare: Cited<{ witnesses: number; notaryAlternative: boolean; notaryRequired: boolean }>;
}
