/**
 * The workspace: every `.poa` file in the workspace folders is loaded and
 * checked at start-up, not only the open ones, so the Problems view lists
 * every instrument's issues and the cross-file check sees them all. Later
 * edits rebuild only the changed document (POA files do not refer to each
 * other, so nothing else is relinked).
 */
import { DefaultWorkspaceManager, type BuildOptions } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';

export class PoaWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    /** True once an editor has sent `initialize`: from then on `ready` resolves when the workspace is loaded. */
    started = false;

    override initialize(params: InitializeParams): void {
        this.started = true;
        super.initialize(params);
    }
}

/** Waits for the initial workspace load, when there is one to wait for (not in tests without an editor). */
export async function workspaceLoaded(manager: unknown): Promise<void> {
    if (manager instanceof PoaWorkspaceManager && manager.started) await manager.ready;
}
