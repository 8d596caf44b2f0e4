/**
 * Folding: every braced block (the instrument, parties, agents, grant, term,
 * execution), block comments, and runs of two or more `//` comment lines such
 * as a file's header note.
 */
import type { LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

export class PoaFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        // The instrument itself (Langium folds only the nodes inside the root), keeping its closing brace visible.
        const root = document.parseResult.value.$cstNode;
        if (root && root.range.end.line - 1 > root.range.start.line) {
            acceptor({ startLine: root.range.start.line, endLine: root.range.end.line - 1 });
        }
        const lines = document.textDocument.getText().split(/\r?\n/);
        let start = -1;
        for (let i = 0; i <= lines.length; i++) {
            const isComment = i < lines.length && /^\s*\/\//.test(lines[i]);
            if (isComment && start < 0) start = i;
            if (!isComment && start >= 0) {
                if (i - 1 > start) acceptor({ startLine: start, endLine: i - 1, kind: FoldingRangeKind.Comment });
                start = -1;
            }
        }
    }
}
