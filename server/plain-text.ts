/**
 * The hovers and completion notes are written in Markdown; a client that
 * takes plain text only gets the same words without the markup: no `**`,
 * backticks, code fences or backslash escapes, links as "text (target)", and
 * quoted text (the clause's rendered words) indented instead of marked `>`.
 */
export function markdownToPlainText(markdown: string): string {
    // Escaped characters are the user's or the law's words, not markup: set them aside first.
    const escaped: string[] = [];
    const text = markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`);
    return text
        .replace(/^```[^\n]*\n?/gm, '')
        .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/(^|[^\w*])\*([^*\n]+)\*(?![\w*])/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^> ?/gm, '    ')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
        .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)]);
}
