/**
 * The modules a TypeScript source imports, read with the TypeScript scanner's
 * own pre-processor (`ts.preProcessFile`), which sees `import`, `export ... from`,
 * `import()` and `require()` and ignores comments and strings.
 */
import ts from 'typescript';

export interface ImportSpecifier {
    specifier: string;
    /** `import type ...` / `export type ... from`: erased at build time. */
    typeOnly: boolean;
}

export function importsOf(source: string): ImportSpecifier[] {
    const info = ts.preProcessFile(source, true, true);
    return info.importedFiles.map((f) => ({ specifier: f.fileName, typeOnly: isTypeOnly(source, f.pos) }));
}

/** True when the import statement whose specifier starts at `pos` is `import type` or `export type`. */
function isTypeOnly(source: string, pos: number): boolean {
    const start = Math.max(source.lastIndexOf(';', pos), source.lastIndexOf('\n}', pos), source.lastIndexOf('*/', pos));
    const statement = source.slice(start + 1, pos);
    return /^\s*(import|export)\s+type\b/m.test(statement.trimStart());
}
