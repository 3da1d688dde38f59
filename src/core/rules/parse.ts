/**
 * Rule text → typed AST: normalise, lex, parse each sentence into clauses, assemble one family.
 * What the parser could not place comes back as the person's own words, never guessed around.
 */
import type { Clause, RuleAst } from './ast';
import { ClauseParser } from './clauses';
import { assemble } from './family';
import { lex } from './lexer';
import type { Token } from './tokens';
import type { RuleKind } from './types';
import { normalizeWithMap, sourceSpan } from '../text';

export interface ParsedText {
  kind: RuleKind;
  ast: RuleAst;
  clauses: Clause[];
  /** The person's words (source spelling) that could not be placed. */
  unparsed: string[];
}

export function parseRuleText(source: string): ParsedText {
  const norm = normalizeWithMap(source);
  const tokens = lex(norm.text);
  const clauses: Clause[] = [];
  const unplaced: [number, number][] = [];
  for (const sentence of sentences(tokens)) {
    const parsed = new ClauseParser(sentence, norm.text).parse();
    clauses.push(...parsed.clauses);
    unplaced.push(...parsed.unplaced);
  }
  const { ast, rejected } = assemble(clauses);
  const spans = [...unplaced, ...rejected.map((c) => c.span)].sort((a, b) => a[0] - b[0]);
  const unparsed = spans.map(([s, e]) => sourceSpan(source, norm, s, e)).filter((w) => w !== '');
  if (unparsed.length > 0)
    return { kind: 'manual', ast: { kind: 'manual', reason: 'unparsed' }, clauses, unparsed };
  return { kind: ast.kind, ast, clauses, unparsed };
}

/** Sentences end at `；` `。` and line breaks (the lexer's `sep`). */
function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.t === 'sep') out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((s) => s.length > 0);
}
