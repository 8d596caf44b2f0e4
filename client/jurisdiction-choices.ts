/** The jurisdictions offered when creating a POA (the ids the rule catalog in language/rules knows). */
export const JURISDICTION_CHOICES: readonly { id: string; name: string }[] = [
    { id: 'federal', name: 'Federal securities law (SEC filings)' },
    { id: 'NY', name: 'New York' },
    { id: 'CA', name: 'California' },
    { id: 'FL', name: 'Florida' },
    { id: 'TX', name: 'Texas' },
    { id: 'IL', name: 'Illinois' },
    { id: 'DC', name: 'District of Columbia' },
    { id: 'CO', name: 'Colorado' }
];
