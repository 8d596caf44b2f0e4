/**
 * A model of a real instrument may record the errors it rightly has, each
 * with its reason, in a comment the checks' acceptance tests read:
 *
 *     // expect poa/fl-witnesses-required: the filed copy shows one witness
 *
 * Test fixtures may also state expected warnings and information
 * (`// expect-warning poa/CODE: reason`, `// expect-information ...`).
 * `expectedErrors` reads the errors; `compareErrors` holds a file's errors exact
 * against them (an error not expected, or an expectation no error meets,
 * is a difference). The comments change nothing in the checks themselves.
 */
export interface ExpectedError {
    severity: 'error' | 'warning' | 'information';
    code: string;
    reason: string;
    /** 0-based line of the comment. */
    line: number;
}

const EXPECT = /\/\/\s*expect(?:-(warning|information))?\s+(poa\/[a-z0-9-]+)\s*(?::\s*(.*))?$/;

/** Every expectation comment, whatever its severity. */
export function expectedFindings(text: string): ExpectedError[] {
    const out: ExpectedError[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const m = EXPECT.exec(line);
        if (m) out.push({ severity: (m[1] as 'warning' | 'information' | undefined) ?? 'error', code: m[2], reason: (m[3] ?? '').trim(), line: i });
    });
    return out;
}

/** The errors a file expects (`// expect poa/CODE: reason`). */
export function expectedErrors(text: string): ExpectedError[] {
    return expectedFindings(text).filter((e) => e.severity === 'error');
}

export interface ErrorComparison {
    /** Errors reported that no comment expects. */
    unexpected: string[];
    /** Expected codes that no error meets. */
    missing: string[];
    /** Expectations written without a reason. */
    withoutReason: string[];
}

/** Compares the codes of a file's errors (one entry per error) with its expectations, as multisets. */
export function compareErrors(errorCodes: readonly string[], expected: readonly ExpectedError[]): ErrorComparison {
    const left = [...errorCodes];
    const missing: string[] = [];
    for (const e of expected) {
        const i = left.indexOf(e.code);
        if (i >= 0) left.splice(i, 1);
        else missing.push(e.code);
    }
    return { unexpected: left, missing, withoutReason: expected.filter((e) => e.reason.length === 0).map((e) => e.code) };
}
