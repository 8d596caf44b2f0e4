/**
 * One instrument or template loaded once and rendered many times: the model
 * is rebuilt from the same syntax tree for each row of data, so a batch does
 * not parse the template again for every document.
 */
import type { Instrument } from '../language/generated/ast.js';
import { buildModel, type ParameterData } from '../language/model/build-model.js';
import { loadPoa } from '../language/poa-document.js';
import { renderDocument } from '../language/render/render-document.js';
import type { ParameterSpec } from '../language/templates/parameter-values.js';
import { resolve } from 'node:path';
import { UsageError } from './cli-io.js';
import { readSource } from './read-source.js';
import { exportDocument, type ExportFormat } from './export-format.js';

export interface PreparedTemplate {
    instrument: Instrument;
    parameters: ParameterSpec[];
}

/** Reads a source file named on the command line; a problem names the file as the user wrote it. */
export async function readUserSource(cwd: string, file: string): Promise<string> {
    const full = resolve(cwd, file);
    try {
        return await readSource(full);
    } catch (e) {
        if (e instanceof UsageError) throw new UsageError(e.message.split(full).join(file), e.exitCode);
        throw e;
    }
}

/** Loads the source; a syntax error comes back as "FILE:LINE:COLUMN: message". */
export async function prepareTemplate(text: string, file: string): Promise<{ template: PreparedTemplate } | { error: string }> {
    const { document, model, diagnostics } = await loadPoa(text, { validate: false });
    const syntax = diagnostics.find((d) => d.severity === 'error');
    if (syntax) return { error: `${file}:${syntax.range.start.line + 1}:${syntax.range.start.character + 1}: ${syntax.message}` };
    return {
        template: {
            instrument: document.parseResult.value,
            parameters: model.parameters.map((p) => ({ name: p.name, type: p.type, options: p.options }))
        }
    };
}

export async function renderWithData(template: PreparedTemplate, data: ParameterData, format: ExportFormat): Promise<string | Uint8Array> {
    const model = buildModel(template.instrument, { data });
    return exportDocument(renderDocument(model), model, format);
}
