/**
 * The jurisdiction table: one profile per jurisdiction the catalog knows,
 * looked up by the identifier written after `jurisdiction` in a source file.
 */
import { CALIFORNIA } from './california-rules.js';
import { COLORADO } from './colorado-rules.js';
import { DISTRICT_OF_COLUMBIA } from './district-of-columbia-rules.js';
import { FEDERAL } from './federal-rules.js';
import { FLORIDA } from './florida-rules.js';
import { ILLINOIS } from './illinois-rules.js';
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { NEW_YORK } from './new-york-rules.js';
import { TEXAS } from './texas-rules.js';

export const JURISDICTIONS: readonly JurisdictionProfile[] = [FEDERAL, NEW_YORK, CALIFORNIA, FLORIDA, TEXAS, ILLINOIS, DISTRICT_OF_COLUMBIA, COLORADO];

/** The profile for a jurisdiction id as written (`NY`, `ny` and `federal` all match). */
export function jurisdictionProfile(id: string | undefined): JurisdictionProfile | undefined {
    if (!id) return undefined;
    return JURISDICTIONS.find((j) => j.id.toLowerCase() === id.toLowerCase());
}
