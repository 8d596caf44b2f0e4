/**
 * The statutory forms the project ships, by id. Adding a form is adding its
 * data file here and its fixture in test/fixtures/forms/.
 */
import type { StatutoryForm } from './statutory-form.js';
import ct_1_352 from './ct-1-352.js';
import ct_1_56b from './ct-1-56b.js';
import ga_31_32_4 from './ga-31-32-4.js';
import ne_30_4041 from './ne-30-4041.js';
import nm_24_7a_4 from './nm-24-7a-4.js';
import pa_20_5471 from './pa-20-5471.js';
import sc_62_5_504 from './sc-62-5-504.js';
import sd_59_12_41 from './sd-59-12-41.js';
import ca_4701 from './ca-4701.js';
import dc_21_2207 from './dc-21-2207.js';
import dc_21_2603_01 from './dc-21-2603-01.js';
import il_3_3 from './il-3-3.js';
import il_4_10 from './il-4-10.js';
import md_hg_5_603 from './md-hg-5-603.js';
import mn_145c_16 from './mn-145c-16.js';

export const STATUTORY_FORMS: readonly StatutoryForm[] = [
    ca_4701, ct_1_352, ct_1_56b, dc_21_2207, dc_21_2603_01, ga_31_32_4, il_3_3, il_4_10, md_hg_5_603, mn_145c_16,
    ne_30_4041, nm_24_7a_4, pa_20_5471, sc_62_5_504, sd_59_12_41
];

export function statutoryForm(id: string | undefined): StatutoryForm | undefined {
    return STATUTORY_FORMS.find((f) => f.id === id);
}

/** The ids of the powers a form lets the principal initial, in the form's order. */
export function formPowers(form: StatutoryForm): string[] {
    return form.blocks.flatMap((b) => (b.power ? [b.power] : []));
}

/** Each power id of a form with its words on the form, for the editor ("Real Property (§59-12-26)"). */
export function formPowerLabels(form: StatutoryForm): [string, string][] {
    return form.blocks.flatMap((b): [string, string][] => (b.power
        ? [[b.power, b.text.replace(/\(?\{initials\}\)?/, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().replace(/^(.{90}).+$/, '$1...')]]
        : []));
}
