/**
 * The kind an import guesses: a financial power that says it does not reach health care (the notice of
 * the Uniform Act forms, here as Iowa Code 633B.301 words it: test/heldout/texts/iowa-633b-301-statutory-form-2024.txt)
 * is not a health-care power; imported as one, the check poa/missing-health-care-authority was an error on it.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';

const appointment = 'I, Pat Doe, name the following person as my agent: Ann Lee.';

describe('the kind of an imported power', () => {
    it('a notice that the power does not authorize health care decisions, and the agent\'s duty to cooperate with whoever makes them, leave it a general power', async () => {
        const notice = 'This power of attorney authorizes another person (your agent) to make decisions concerning your property for you (the principal). This power of attorney does not authorize the agent to make health care decisions for you.';
        const duty = 'Cooperate with any person that has authority to make health care decisions for the principal to do what you know the principal reasonably expects.';
        const { poa } = await importText(['POWER OF ATTORNEY', '', notice, '', appointment, '', 'IMPORTANT INFORMATION FOR AGENT', '', duty].join('\n'), 'a.txt');
        expect(poa).toMatch(/^\s*kind general$/m);
    });

    it('a power that grants health care decisions is still a health-care power', async () => {
        const grant = 'I, Pat Doe, appoint Ann Lee as my agent to make health care decisions for me.';
        const { poa } = await importText(['POWER OF ATTORNEY', '', grant].join('\n'), 'b.txt');
        expect(poa).toMatch(/^\s*kind healthcare$/m);
    });
});
