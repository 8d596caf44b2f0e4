/** Pronoun forms for agreement in the rendered text. */
import type { Pronoun, PronounForms } from './poa-model.js';

const FORMS: Record<Pronoun, Omit<PronounForms, 'pronoun'>> = {
    he: { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself' },
    she: { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself' },
    they: { subject: 'they', object: 'them', possessive: 'their', reflexive: 'themselves' },
    it: { subject: 'it', object: 'it', possessive: 'its', reflexive: 'itself' }
};

/** With no pronoun stated, the text uses the traditional neutral "his or her". */
const UNSTATED: Omit<PronounForms, 'pronoun'> = { subject: 'he or she', object: 'him or her', possessive: 'his or her', reflexive: 'himself or herself' };

export function pronounForms(pronoun: Pronoun | undefined): PronounForms {
    return pronoun ? { pronoun, ...FORMS[pronoun] } : { pronoun: 'unstated', ...UNSTATED };
}
