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

/**
 * Each form's id with the function that builds its data. A form is built the
 * first time it is asked for, so a start that reads an instrument without a
 * `form` clause (most renders and checks) builds none of them.
 */
const FORMS: ReadonlyMap<string, () => StatutoryForm> = new Map([
    ['ca-4701', ca_4701], ['ct-1-352', ct_1_352], ['ct-1-56b', ct_1_56b], ['dc-21-2207', dc_21_2207], ['dc-21-2603-01', dc_21_2603_01],
    ['ga-31-32-4', ga_31_32_4], ['il-3-3', il_3_3], ['il-4-10', il_4_10], ['md-hg-5-603', md_hg_5_603], ['mn-145c-16', mn_145c_16],
    ['ne-30-4041', ne_30_4041], ['nm-24-7a-4', nm_24_7a_4], ['pa-20-5471', pa_20_5471], ['sc-62-5-504', sc_62_5_504], ['sd-59-12-41', sd_59_12_41]
]);
const built = new Map<string, StatutoryForm>();

/** The ids of the statutory forms, without building any. */
export const STATUTORY_FORM_IDS: readonly string[] = [...FORMS.keys()];

/** The form of this id (built on first use, then kept), or undefined if there is none. */
export function statutoryForm(id: string | undefined): StatutoryForm | undefined {
    if (id === undefined) return undefined;
    let form = built.get(id);
    if (!form) {
        const build = FORMS.get(id);
        if (!build) return undefined;
        form = build();
        built.set(id, form);
    }
    return form;
}

/** Every statutory form, in the order of their ids (builds them all): for what lists or searches the forms. */
export function statutoryForms(): readonly StatutoryForm[] {
    return STATUTORY_FORM_IDS.map((id) => statutoryForm(id)!);
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

const slotsByForm = new WeakMap<StatutoryForm, ReadonlySet<string>>();

/** The slots a form's text fills anywhere (`{agent.name}`; an escaped `\\{` is not one). */
export function formSlotNames(form: StatutoryForm): ReadonlySet<string> {
    let slots = slotsByForm.get(form);
    if (!slots) {
        slots = new Set(form.blocks.flatMap((b) => [...b.text.matchAll(/(?<!\\)\{([A-Za-z0-9.]+)\}/g)].map((m) => m[1])));
        slotsByForm.set(form, slots);
    }
    return slots;
}
