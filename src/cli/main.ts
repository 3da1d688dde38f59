/** The `jixiao` command line: dispatch, and every failure mapped to its exit code and one line on stderr. */
import { NoTableError } from '../core/engine';
import { XlsxReadError } from '../hosts/xlsx/errors';
import { UsageError, parseArgs } from './args';
import { CliFailure, oneLine } from './failure';
import { type CliIo, PipeClosed, processIo } from './io';
import { parseReview } from './review/args';
import { runReview } from './review/run';
import { runRule, runRuleBatch } from './rule';
import { runScore } from './score';
import { USAGE } from './usage';

export const EXIT = { scored: 0, failed: 1, usage: 2 } as const;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'help':
        io.stdout(USAGE);
        return EXIT.scored;
      case 'score':
        return await runScore(cmd, io);
      case 'rule':
        return runRule(cmd, io);
      case 'rule-jsonl':
        return runRuleBatch(cmd, io);
      case 'review':
        return await runReview(parseReview(cmd.argv), io);
    }
  } catch (e) {
    // The reader of our output went away (`| head`): what it read is what it wanted.
    if (e instanceof PipeClosed) return EXIT.scored;
    if (e instanceof UsageError) {
      io.stderr(oneLine(e.message, e.english) + '\n' + USAGE);
      return EXIT.usage;
    }
    if (e instanceof XlsxReadError || e instanceof NoTableError || e instanceof CliFailure) {
      io.stderr(oneLine(e.message, e.english));
      return EXIT.failed;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(oneLine(`内部错误：${message}`, `Internal error: ${message}`));
    return EXIT.failed;
  }
}
