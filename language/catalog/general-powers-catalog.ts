/**
 * The subjects of a general (financial) power of attorney and the "hot
 * powers" that must be granted expressly, after the Uniform Power of Attorney
 * Act (2006) sections 201 and 204-217, and health-care decisions.
 */
export interface Subject {
    id: string;
    /** As printed in the grant ("real property"). */
    name: string;
    /** The Uniform Power of Attorney Act section that defines the authority. */
    section: string;
    /** Hot powers a grant of this subject is often taken to include but that must be granted expressly. */
    implies: string[];
}

export const SUBJECTS: readonly Subject[] = [
    { id: 'realProperty', name: 'real property', section: 'UPOAA § 204', implies: [] },
    { id: 'tangiblePersonalProperty', name: 'tangible personal property', section: 'UPOAA § 205', implies: [] },
    { id: 'stocksAndBonds', name: 'stocks and bonds', section: 'UPOAA § 206', implies: [] },
    { id: 'commoditiesAndOptions', name: 'commodities and options', section: 'UPOAA § 207', implies: [] },
    { id: 'banks', name: 'banks and other financial institutions', section: 'UPOAA § 208', implies: [] },
    { id: 'operationOfEntity', name: 'operation of an entity or business', section: 'UPOAA § 209', implies: [] },
    { id: 'insuranceAndAnnuities', name: 'insurance and annuities', section: 'UPOAA § 210', implies: ['beneficiaries'] },
    { id: 'estatesAndTrusts', name: 'estates, trusts, and other beneficial interests', section: 'UPOAA § 211', implies: ['trusts', 'disclaimers'] },
    { id: 'claimsAndLitigation', name: 'claims and litigation', section: 'UPOAA § 212', implies: [] },
    { id: 'personalAndFamilyMaintenance', name: 'personal and family maintenance', section: 'UPOAA § 213', implies: [] },
    { id: 'governmentBenefits', name: 'benefits from governmental programs or civil or military service', section: 'UPOAA § 214', implies: [] },
    { id: 'retirementPlans', name: 'retirement plans', section: 'UPOAA § 215', implies: ['beneficiaries', 'annuityWaiver'] },
    { id: 'taxes', name: 'taxes', section: 'UPOAA § 216', implies: [] }
];

export interface HotPower {
    id: string;
    /** The authority as an infinitive phrase, without "to". */
    text: string;
    section: string;
}

export const HOT_POWERS: readonly HotPower[] = [
    { id: 'trusts', text: 'create, amend, revoke, or terminate an inter vivos trust', section: 'UPOAA § 201(a)(1)' },
    { id: 'gifts', text: 'make a gift', section: 'UPOAA § 201(a)(2), § 217' },
    { id: 'survivorship', text: 'create or change rights of survivorship', section: 'UPOAA § 201(a)(3)' },
    { id: 'beneficiaries', text: 'create or change a beneficiary designation', section: 'UPOAA § 201(a)(4)' },
    { id: 'delegation', text: 'delegate authority granted under this power of attorney', section: 'UPOAA § 201(a)(5)' },
    { id: 'annuityWaiver', text: 'waive the principal\'s right to be a beneficiary of a joint and survivor annuity, including a survivor benefit under a retirement plan', section: 'UPOAA § 201(a)(6)' },
    { id: 'fiduciaryPowers', text: 'exercise fiduciary powers that the principal has authority to delegate', section: 'UPOAA § 201(a)(7)' },
    { id: 'disclaimers', text: 'disclaim or refuse an interest in property, including a power of appointment', section: 'UPOAA § 201(a)(8)' }
];

export interface HealthCareItem {
    id: string;
    text: string;
}

export const HEALTH_CARE_ITEMS: readonly HealthCareItem[] = [
    { id: 'lifeSustainingTreatment', text: 'to consent to, refuse or withdraw life-sustaining treatment' },
    { id: 'artificialNutrition', text: 'to consent to, refuse or withdraw artificially provided nutrition and hydration' },
    { id: 'medicalRecords', text: 'to obtain and disclose medical records and other protected health information' },
    { id: 'facilityAdmission', text: 'to admit or discharge {me} from any hospital, nursing home or other health-care facility' },
    { id: 'anatomicalGifts', text: 'to make an anatomical gift of all or part of {my} body' },
    { id: 'autopsy', text: 'to authorize an autopsy' },
    { id: 'dispositionOfRemains', text: 'to direct the disposition of {my} remains' }
];

export const subject = (id: string) => SUBJECTS.find((s) => s.id === id);
export const hotPower = (id: string) => HOT_POWERS.find((h) => h.id === id);
export const healthCareItem = (id: string) => HEALTH_CARE_ITEMS.find((h) => h.id === id);
