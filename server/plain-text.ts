/**
 * The hovers and completion notes are written in Markdown; a client that
 * takes plain text only gets the same words without the markup: no `**`,
 * backticks, code fences or backslash escapes, links as "text (target)".
 */
export function markdownToPlainText(markdown: string): string {
    return markdown
        .replace(/^```[^\n]*\n?/gm, '')
        .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
