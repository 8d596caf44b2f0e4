/**
 * Which instruments a state act governs, read from the model: the facts the
 * jurisdiction rules' `governs` predicates share. A state's execution
 * formalities are reported only on instruments its act governs.
 */
import type { PoaModel } from '../model/poa-model.js';

/** Every principal is an individual (no `entity` principal), and there is at least one. */
export function individualPrincipals(model: PoaModel): boolean {
    return model.principals.length > 0 && model.principals.every((p) => !p.entity);
}

/**
 * The grant only authorizes filings (documents filed with the SEC or another agency) and EDGAR
 * access; a stated purpose or limitation only describes them.
 */
export function filingOnlyGrant(model: PoaModel): boolean {
    const g = model.grant;
    if (!g || g.filings.length === 0) return false;
    return g.subjects.length === 0 && !g.allSubjects && g.hotPowers.length === 0 && g.customPowers.length === 0 && !g.healthCare;
}

/** A principal described as a director or officer (the role written in the principal's block). */
export function givenAsDirectorOrOfficer(model: PoaModel): boolean {
    return model.principals.some((p) => /\b(director|officer)\b/i.test(p.roleDescription?.value ?? ''));
}

/**
 * N.Y. Gen. Oblig. Law title 15 governs powers given by individuals (§ 5-1501, "principal"),
 * and not, under § 5-1501C, a power given primarily for a business or commercial purpose, such as
 * one coupled with an interest or one given to facilitate the transfer of specific stocks (1), which
 * the file says with `commercial power`; a power to file a document with a government agency (4); or
 * one given by a director or officer in that capacity (6).
 */
export function newYorkTitle15Governs(model: PoaModel): boolean {
    return individualPrincipals(model) && !model.commercialPower && !filingOnlyGrant(model) && !givenAsDirectorOrOfficer(model);
}

/** Fla. Stat. ch. 709, part II governs powers of attorney of individuals (§ 709.2102, "principal" means an individual). */
export function floridaActGoverns(model: PoaModel): boolean {
    return individualPrincipals(model);
}

/**
 * Tex. Est. Code ch. 751 governs durable powers of attorney (§ 751.0015). A power is durable
 * when it says it survives incapacity or takes effect on it (§ 751.0021(a)(3)).
 */
export function texasChapter751Governs(model: PoaModel): boolean {
    return model.term?.durable === true || model.term?.start?.springing === true;
}
