/**
 * Markdown to readable text, lightly: heading marks, emphasis, link and image syntax, code
 * fences, quote marks, list bullets and tables go; the words stay where they were.
 */

export interface MarkdownText {
  text: string;
  /** The first heading (or a front-matter `title:`), when there is one. */
  title?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

export function markdownToText(markdown: string): MarkdownText {
  let body = markdown;
  let title: string | undefined;
  const frontMatter = FRONT_MATTER.exec(body);
  if (frontMatter) {
    title = /^title:\s*["']?(.+?)["']?\s*$/mu.exec(frontMatter[1] ?? '')?.[1];
    body = body.slice(frontMatter[0].length);
  }
  const lines: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/u.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u.exec(line);
    if (heading) {
      const text = inline(heading[1] ?? '');
      title ??= text;
      lines.push(text);
      continue;
    }
    // Setext underlines, horizontal rules, table separator rows and link definitions.
    if (/^\s*(?:=+|-{3,}|\*{3,}|_{3,}|(?:\*\s){2,}\*|(?:-\s){2,}-)\s*$/u.test(line)) continue;
    if (/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u.test(line)) continue;
    if (/^\s{0,3}\[[^\]]+\]:\s+\S+/u.test(line)) continue;
    const unmarked = line
      .replace(/^\s{0,3}(?:>\s?)+/u, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/u, '')
      .replace(/^\s*\|(.*)\|\s*$/u, (_row, cells: string) =>
        cells
          .split('|')
          .map((cell) => cell.trim())
          .join('  '),
      );
    lines.push(inline(unmarked));
  }
  const text = lines.join('\n');
  return title ? { text, title } : { text };
}

/** Inline markup: images, links, autolinks, code, emphasis, strike-through and raw tags. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?|ftp):\/\/[^<>\s]+|[^<>\s@]+@[^<>\s]+)>/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)([^~]*?\S)~~/gu, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/gu, '');
}
