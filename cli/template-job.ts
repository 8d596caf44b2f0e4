/**
 * One instrument or template loaded once and rendered many times: the model
 * is rebuilt from the same syntax tree for each row of data, so a batch does
 * not parse the template again for every document.
 */
import type { Instrument } from '../language/generated/ast.js';
import { buildModel, type ParameterData } from '../language/model/build-model.js';
import { sharedModel } from '../language/model/model-cache.js';
import { defaultRendering } from '../language/render/default-rendering.js';
import { renderDocument } from '../language/render/render-document.js';
import type { ParameterSpec } from '../language/templates/parameter-values.js';
import { resolve } from 'node:path';
import { isUsageError, UsageError } from './cli-io.js';
import { readSource } from './read-source.js';
import { exportDocument, type CliFormat } from './export-format.js';
import { checkSource, resultLine } from './check-source.js';
import { NOT_PRINTED_CODES } from '../language/checks/rendering-errors.js';

export interface PreparedTemplate {
    instrument: Instrument;
    /** Each parameter, with its default when it has one. */
    parameters: (ParameterSpec & { default?: string })[];
    /** What the file holds that the document will not print, as `poa check` lines (`NOT_PRINTED_CODES`). */
    notPrinted: string[];
}

/** Reads a source file named on the command line; a problem names the file as the user wrote it. */
export async function readUserSource(cwd: string, file: string): Promise<string> {
    const full = resolve(cwd, file);
    try {
        return await readSource(full);
    } catch (e) {
        if (isUsageError(e)) throw new UsageError(e.message.split(full).join(file), e.exitCode);
        throw e;
    }
}

/**
 * Loads and checks the source once. The errors that would make the rendered
 * words wrong (see language/checks/rendering-errors.ts) come back as the
 * lines `poa check` prints for them ("FILE:LINE:COLUMN: error [CODE] message").
 */
export async function prepareTemplate(text: string, file: string): Promise<{ template: PreparedTemplate } | { error: string }> {
    const { document, model, results, renderingErrors } = await checkSource(text, file);
    if (renderingErrors.length) return { error: renderingErrors.map(resultLine).join('\n') };
    return {
        template: {
            instrument: document.parseResult.value,
            parameters: model.parameters.map((p) => ({ name: p.name, type: p.type, options: p.options, default: p.default })),
            notPrinted: results.filter((r) => NOT_PRINTED_CODES.has(r.code)).map(resultLine)
        }
    };
}

export async function renderWithData(template: PreparedTemplate, data: ParameterData, format: CliFormat): Promise<string | Uint8Array> {
    // Without data (`poa render` of an instrument), the model and rendering the checks already made.
    if (Object.keys(data).length === 0) {
        const model = sharedModel(template.instrument);
        return exportDocument(defaultRendering(model), model, format);
    }
    const model = buildModel(template.instrument, { data });
    return exportDocument(renderDocument(model), model, format);
}
