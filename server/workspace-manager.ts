/**
 * The workspace: every `.poa` file in the workspace folders is loaded and
 * checked at start-up, not only the open ones, so the Problems view lists
 * every instrument's issues and the cross-file check sees them all. Later
 * edits rebuild only the changed document (POA files do not refer to each
 * other, so nothing else is relinked).
 */
import { DefaultWorkspaceManager, type BuildOptions } from 'langium';

export class PoaWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
