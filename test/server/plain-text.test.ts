/** Markdown hovers and notes as plain text, for a client that takes only plain text (server/plain-text.ts). */
import { describe, expect, test } from 'vitest';
import { markdownToPlainText } from '../../server/plain-text.js';

describe('markdownToPlainText', () => {
    test('drops emphasis, code marks and heading marks, keeps the words', () => {
        expect(markdownToPlainText('**SEC Form 144**\n\nFiled under `rule144`, *expressly*.')).toBe('SEC Form 144\n\nFiled under rule144, expressly.');
        expect(markdownToPlainText('## Term\nEnds when revoked.')).toBe('Term\nEnds when revoked.');
    });

    test('a code fence keeps its content without the fence lines', () => {
        expect(markdownToPlainText('```poa\nrevocation by signed-writing\n```')).toBe('revocation by signed-writing');
    });

    test('quoted rendered text is indented, and backslash escapes are undone', () => {
        expect(markdownToPlainText('**Grant**\n\n> The undersigned appoints \\[name\\] \\*now\\*\n\nSource: UPOAA.'))
            .toBe('Grant\n\n    The undersigned appoints [name] *now*\n\nSource: UPOAA.');
    });

    test('a link becomes its text and its target', () => {
        expect(markdownToPlainText('See [the rule](https://example.test/rule).')).toBe('See the rule (https://example.test/rule).');
    });
});
