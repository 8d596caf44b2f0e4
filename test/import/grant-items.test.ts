/** The grant's items recognised in the text of its powers (today's renderer phrasings). */
import { describe, expect, it } from 'vitest';
import { recogniseGrantItems, splitPowers } from '../../language/import/grant-items.js';
import { createRecogniser } from '../../language/import/recogniser.js';
import { TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS } from '../../language/import/temporary-phrasebook.js';

const recogniser = createRecogniser(TEMPORARY_PHRASEBOOK, TEMPORARY_SLOT_PATTERNS);
const items = (text: string) => recogniseGrantItems(text, recogniser, (s) => JSON.stringify(s));

describe('grant items', () => {
    it('splits numbered powers', () => {
        expect(splitPowers('(1) to sign checks; (2) to open accounts; and (3) to close them')).toEqual(['to sign checks', 'to open accounts', 'to close them']);
        expect(splitPowers('to sign checks')).toEqual(['to sign checks']);
    });

    it('reads the securities power: the laws complied with and each filing with its forms, statute and extras', () => {
        const text = 'to do any and all acts and things and execute and file any and all instruments which said attorney-in-fact may deem necessary or advisable to enable the undersigned to comply with the Securities Exchange Act of 1934, as amended (the "1934 Act"), and any requirements of the Securities and Exchange Commission (the "SEC") in respect thereof, in connection with the preparation, execution and filing of any statement on SEC Schedule 13D or Schedule 13G, including any amendment thereto, with respect to the beneficial ownership of securities of Acme Robotics, Inc., a Nevada corporation (the "Issuer"), that the undersigned may be required to file pursuant to Section 13(d) of the 1934 Act';
        expect(items(text)).toMatchObject({
            lines: ['comply with act1934, sec', 'file schedule13D, schedule13G under section13d including amendments'],
            issuers: ['Acme Robotics, Inc., a Nevada corporation (the "Issuer")']
        });
    });

    it('puts the catch-all last, as the renderer does', () => {
        const text = '(1) to take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such attorney-in-fact, may be of benefit to, in the best interest of, or legally required by, the undersigned, it being understood that the documents executed by such attorney-in-fact on behalf of the undersigned pursuant to this power of attorney shall be in such form and shall contain such terms and conditions as such attorney-in-fact may approve in such attorney-in-fact\'s discretion; and (2) to file any such report, statement, form or instrument with the SEC';
        expect(items(text)?.lines).toEqual(['with sec', 'any other action']);
    });

    it('reads a limited purpose and general subjects', () => {
        expect(items('to take any action and sign any document necessary or appropriate for the sole and limited purpose of selling my car')?.lines).toEqual(['purpose "selling my car"']);
        expect(items('to act for me with general authority with respect to the following subjects: real property; and taxes')?.lines).toEqual(['subjects realProperty, taxes']);
    });

    it('reads hot powers and health-care items from the catalogs, in the instrument\'s voice', () => {
        expect(items('to create or change a beneficiary designation and waive my right to be a beneficiary of a joint and survivor annuity, including a survivor benefit under a retirement plan, which specific authority I hereby grant expressly')?.lines)
            .toEqual(['expressly beneficiaries, annuityWaiver']);
        expect(items('to make any and all health-care decisions for me that I could make if I had capacity, including the power: to obtain and disclose medical records and other protected health information; and to admit or discharge me from any hospital, nursing home or other health-care facility')?.lines)
            .toEqual(['health-care decisions including medicalRecords, facilityAdmission']);
    });

    it('says the grant is incomplete when a power has no style, and still names what it recognised', () => {
        expect(items('(1) to sign checks on my account; and (2) to act for me with general authority with respect to the following subjects: real property; and taxes'))
            .toMatchObject({ complete: false, lines: ['subjects realProperty, taxes'] });
        expect(items('to act for me with general authority with respect to the following subjects: real property; and horses'))
            .toMatchObject({ complete: false, lines: ['subjects realProperty'] });
        expect(items('to take any action and sign any document necessary or appropriate for the sole and limited purpose of selling my car')?.complete).toBe(true);
    });
});
