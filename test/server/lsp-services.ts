/** The language server's services without a connection, for provider tests. */
import { EmptyFileSystem } from 'langium';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPoaLspServices } from '../../server/poa-lsp-module.js';

export const services = createPoaLspServices(EmptyFileSystem);
export const Poa = services.Poa;

export const REFERENCE_EXAMPLE = fileURLToPath(new URL('../../examples/hartford-2007-section16.poa', import.meta.url));
export const referenceText = () => readFileSync(REFERENCE_EXAMPLE, 'utf8');

/** A small Section 16 POA used across the provider tests. */
export const SMALL = `poa Smith2024 {
    kind section16
    principal smith "Jane Q. Smith" {
        pronoun she
    }
    agents severally {
        agent doe "John Doe"
        agent roe "Richard Roe"
    }
    issuer acme "ACME CORP." {
        defined as "Company"
    }
    define act1934 "the Securities Exchange Act of 1934, as amended" as "Exchange Act"
    grant {
        comply with act1934, sec
        file form4 under section16a
    }
    acknowledgment no-assumption by doe, acme worded "{doe} assumes none of {smith}'s duties"
    executed 2024-03-01 {
        signature by smith "/s/ Jane Q. Smith"
    }
}
`;
