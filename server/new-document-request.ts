/**
 * `poa/newDocument` (types in `protocol.ts`): the starter instrument the core
 * writes for `poa new`, for an editor's "New power of attorney" command. The
 * server only checks the request and passes it to the core; the editor saves
 * the text.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { STATUTORY_FORM_IDS, statutoryForm, statutoryForms } from '../language/forms/form-registry.js';
import { formStarterSource } from '../language/forms/form-starter.js';
import { instrumentName, isKind, KINDS, starterSource } from '../language/starter-templates.js';
import { FormsRequest, NewDocumentRequest, type FormSummary, type NewDocumentParams, type NewDocumentResult } from './protocol.js';

export function registerNewDocumentRequest(connection: Connection): void {
    connection.onRequest(NewDocumentRequest, (params) => {
        try {
            return newDocument(params);
        } catch (err) {
            if (err instanceof ResponseError) return err;
            throw err;
        }
    });
    connection.onRequest(FormsRequest, (): FormSummary[] => statutoryForms().map((f) => ({ id: f.id, title: f.title, citation: f.citation })));
}

export function newDocument(params: NewDocumentParams | undefined): NewDocumentResult {
    const { kind, jurisdiction, fileName, form } = (params ?? {}) as Partial<Record<keyof NewDocumentParams, unknown>>;
    if (form !== undefined) {
        const found = typeof form === 'string' ? statutoryForm(form) : undefined;
        if (!found) throw new ResponseError(ErrorCodes.InvalidParams, `"form" must be one of ${STATUTORY_FORM_IDS.join(', ')}.`);
        if (typeof fileName !== 'string' || fileName.length === 0) {
            throw new ResponseError(ErrorCodes.InvalidParams, '"fileName" must be the name of the file to create.');
        }
        return { text: formStarterSource(found, instrumentName(fileName)) };
    }
    if (typeof kind !== 'string' || !isKind(kind)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `"kind" must be one of ${KINDS.join(', ')}.`);
    }
    if (typeof jurisdiction !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(jurisdiction)) {
        throw new ResponseError(ErrorCodes.InvalidParams, '"jurisdiction" must be a jurisdiction id such as federal or NY.');
    }
    if (typeof fileName !== 'string' || fileName.length === 0) {
        throw new ResponseError(ErrorCodes.InvalidParams, '"fileName" must be the name of the file to create.');
    }
    return { text: starterSource(kind, instrumentName(fileName), jurisdiction) };
}
