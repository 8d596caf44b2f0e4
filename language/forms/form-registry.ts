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

export const STATUTORY_FORMS: readonly StatutoryForm[] = [
    ct_1_352, ct_1_56b, ga_31_32_4, ne_30_4041, nm_24_7a_4, pa_20_5471, sc_62_5_504, sd_59_12_41
];

export function statutoryForm(id: string | undefined): StatutoryForm | undefined {
    return STATUTORY_FORMS.find((f) => f.id === id);
}

/** The ids of the powers a form lets the principal initial, in the form's order. */
export function formPowers(form: StatutoryForm): string[] {
    return form.blocks.flatMap((b) => (b.power ? [b.power] : []));
}
