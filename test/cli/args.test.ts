import { UsageError, parseArgs } from '../../src/cli/args';
import { parseReview } from '../../src/cli/review/args';

describe('parseArgs', () => {
  it('reads a score command with every option, in either flag form', () => {
    expect(
      parseArgs(['score', 'a.xlsx', '--out', 'b.xlsx', '--json=r.json', '--decimals', '3', '--steps=ceil']),
    ).toEqual({
      command: 'score',
      input: 'a.xlsx',
      out: 'b.xlsx',
      json: 'r.json',
      settings: { decimals: 3, steps: 'ceil' },
      conclusion: false,
    });
    expect(parseArgs(['score', 'a.xlsx', '--conclusion', '--settings', 's.json'])).toMatchObject({
      conclusion: true,
      settingsFile: 's.json',
    });
  });

  it('reads a review command: inputs, --out, --json, --jobs and the scoring flags', () => {
    const cmd = parseArgs([
      'review',
      'a',
      'b.xlsx',
      '--out',
      '汇总.xlsx',
      '--jobs=3',
      '--decimals',
      '1',
      '--no-progress',
    ]);
    expect(cmd).toEqual({
      command: 'review',
      argv: ['a', 'b.xlsx', '--out', '汇总.xlsx', '--jobs=3', '--decimals', '1', '--no-progress'],
    });
    expect(parseReview((cmd as { argv: string[] }).argv)).toEqual({
      inputs: ['a', 'b.xlsx'],
      out: '汇总.xlsx',
      jobs: 3,
      settings: { decimals: 1 },
      progress: false,
    });
    expect(parseReview(['a', '--out', 's.xlsx']).jobs).toBeGreaterThanOrEqual(1);
    expect(() => parseReview(['a', '--out', 's.xlsx', '--conclusion'])).toThrow(UsageError);
  });

  it('takes a value that starts with a minus sign as the value', () => {
    const cmd = parseArgs(['rule', '“三公经费”变动率≤0，得1分', '--weight', '1', '--input', '-5%']);
    expect(cmd).toMatchObject({ command: 'rule', input: '-5%', json: false });
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['score']],
    [['score', 'a.xlsx', 'b.xlsx']],
    [['score', 'a.xlsx', '--decimals', '5']],
    [['score', 'a.xlsx', '--decimals', '1.5']],
    [['score', 'a.xlsx', '--steps', 'round']],
    [['score', 'a.xlsx', '--out']],
    [['score', 'a.xlsx', '--colour', 'red']],
    [['score', 'a.xlsx', '--out', 'b.xlsx', '--out', 'c.xlsx']],
    [['rule', '≥90%，得5分', '--input', '93%']],
    [['rule', '≥90%，得5分', '--weight', '5']],
    [['rule', '≥90%，得5分', '--weight', 'five', '--input', '93%']],
    [['rule', '≥90%，得5分', '--weight', '-1', '--input', '93%']],
    [['rule', '--jsonl', 'x.jsonl', '--weight', '3']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });

  it('asks for help on --help anywhere', () => {
    expect(parseArgs(['score', 'a.xlsx', '--help'])).toEqual({ command: 'help' });
  });
});
