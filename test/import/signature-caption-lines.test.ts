/** A signature block whose captions and values stand on lines of their own ("Signature:" / "/s/ ..." / "Name:" / "..."). */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';

// The shape of an EX-24 whose signature block was an HTML table: each caption and each value a line apart.
const TEXT = [
    'POWER OF ATTORNEY',
    '',
    'The undersigned hereby constitutes and appoints Ann Lee the undersigned\'s true and lawful attorney-in-fact to execute Forms 3, 4 and 5.',
    '',
    'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of this 7th day of February, 2022.',
    '',
    'Signature:',
    '',
    '/s/ Carla Diaz',
    '',
    'Name:',
    '',
    'Carla Diaz'
].join('\n');

describe('signature captions on lines of their own', () => {
    it('reads "Signature:" then "/s/ ..." and "Name:" then the name as the style signature-name', async () => {
        const { poa } = await importText(TEXT, 'caption-lines.txt');
        expect(poa).toContain('signature "/s/ Carla Diaz" style signature-name');
        expect(poa).not.toContain('print-name');
        expect(poa).not.toMatch(/worded "[^"]*Carla Diaz/);
    });
});
