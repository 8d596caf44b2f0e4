/**
 * File watching: the server asks the editor to report changes to `.poa` files
 * only (Langium's default watches every file, `**` + `/*`). Asked only of a
 * client that declared dynamic registration of watched files (Langium's check).
 */
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { FileSystemWatcher } from 'vscode-languageserver';

export const WATCHED_FILES = '**/*.poa';

export class PoaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected override getWatchers(): FileSystemWatcher[] {
        return [{ globPattern: WATCHED_FILES }];
    }
}
