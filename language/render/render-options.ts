import type { DateStyle, Layout, Voice } from '../model/poa-model.js';
import type { ClauseGap } from './clause-gaps.js';
import type { UnappliedEdit } from './filed-edits.js';

/** Options that override the instrument's own settings for one rendering (the preview's voice and layout). */
export interface RenderOptions {
    voice?: Voice;
    layout?: Layout;
    dateStyle?: DateStyle;
    /** Clauses the checks found missing, to be shown in place (the preview passes them). */
    gaps?: readonly ClauseGap[];
    /** Receives the `as-filed` edits that could not be applied (the checks report them); they change nothing. */
    onUnappliedEdits?: (edits: readonly UnappliedEdit[]) => void;
}
