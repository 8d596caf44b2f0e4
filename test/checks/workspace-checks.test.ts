/** Across files: two powers in force for the same principal and issuer, neither superseding the other. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../language/checks/workspace-checks.js';
import { check, FIXTURES } from './check-helpers.js';

const dir = join(FIXTURES, 'overlapping-powers');
const older = readFileSync(join(dir, 'kreczko-2007.poa'), 'utf8');
const newer = readFileSync(join(dir, 'kreczko-2008.poa'), 'utf8');

async function run(texts: Record<string, string>, today = '2025-06-30') {
    const docs = await Promise.all(Object.entries(texts).map(async ([uri, text]) => ({ uri, model: (await check(text)).model })));
    return checkWorkspace(docs, { today });
}

describe('overlapping powers of attorney', () => {
    it('reports both files, each pointing at the other', async () => {
        const out = await run({ 'file:///w/kreczko-2007.poa': older, 'file:///w/kreczko-2008.poa': newer });
        const a = out.get('file:///w/kreczko-2007.poa')!;
        const b = out.get('file:///w/kreczko-2008.poa')!;
        expect(a).toHaveLength(1);
        expect(b).toHaveLength(1);
        expect(a[0].message).toMatch(/^This power of attorney and the one in kreczko-2008\.poa \(executed March 3, 2008\) are both in force for Alan J\. Kreczko and THE HARTFORD FINANCIAL SERVICES GROUP, INC\., and neither supersedes the other\./);
        expect(a[0].related[0].uri).toBe('file:///w/kreczko-2008.poa');
    });

    it('is silent when the later power revokes earlier ones for the issuer', async () => {
        const revoking = newer.replace('supersedes nothing', 'supersedes all prior authorizations for hartford securities revoking them');
        expect((await run({ 'file:///a.poa': older, 'file:///b.poa': revoking })).size).toBe(0);
    });

    it('is silent when the later power revokes the earlier one by date', async () => {
        const byDate = newer.replace('supersedes nothing', 'supersedes instrument dated 2007-07-26');
        expect((await run({ 'file:///a.poa': older, 'file:///b.poa': byDate })).size).toBe(0);
    });

    it('is silent for different principals or issuers, and for a power not yet executed', async () => {
        expect((await run({ 'file:///a.poa': older, 'file:///b.poa': newer.replace('Alan J. Kreczko', 'Alan K. Kreczko') })).size).toBe(0);
        expect((await run({ 'file:///a.poa': older, 'file:///b.poa': newer.replace('The Hartford Financial Services Group, Inc.', 'Hartford Life, Inc.') })).size).toBe(0);
        expect((await run({ 'file:///a.poa': older, 'file:///b.poa': newer }, '2008-01-01')).size).toBe(0);
    });
});
