/**
 * Where a piece of the model came from in the source file. Plain data (no
 * Langium types) so that every consumer of the model can carry it around.
 * Lines and characters are 0-based, as in the editor protocol; offsets are
 * character offsets into the document text.
 */
export interface SourcePosition {
    line: number;
    character: number;
}

export interface SourceRange {
    start: SourcePosition;
    end: SourcePosition;
    offset: number;
    length: number;
}
