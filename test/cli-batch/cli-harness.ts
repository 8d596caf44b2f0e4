/** Running the CLI in-process against a temporary folder, capturing what it prints and its exit code. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';
import type { CliIo } from '../../cli/cli-io.js';
import { ROOT } from '../helpers.js';

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

export async function runCli(argv: string[], cwd: string, isTty = false): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty, cwd };
    const code = await main(argv, io);
    return { code, stdout, stderr };
}

/** A fresh folder holding a copy of the Section 16 officer template (as officer.poa) and the reference example. */
export function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'poa-cli-'));
    copyFileSync(join(ROOT, 'examples', 'templates', 'section16-officer.poa'), join(dir, 'officer.poa'));
    copyFileSync(join(ROOT, 'examples', 'hartford-2007-section16.poa'), join(dir, 'hartford.poa'));
    return dir;
}
