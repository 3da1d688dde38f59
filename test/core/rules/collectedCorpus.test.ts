/**
 * The project's corpora of real 评分标准 from public 评分表 and 评分细则 (test/fixtures/corpus): every case
 * is right, left to the person, or wrong — and wrong must be 0. The tally is printed on every run.
 * `collected.jsonl` is the instrument the engine was built against; `heldout.jsonl` was collected later
 * and scored blind, to measure the engine on phrasings it was not built on (README there).
 */
import { COLLECTED_FILE, HELDOUT_FILE, readCollected, scoreCollected, tally } from './collectedCorpus';

describe.each([
  ['collected', COLLECTED_FILE, 150],
  ['held-out', HELDOUT_FILE, 300],
])('the %s corpus of real phrasings', (name, file, least) => {
  const rules = readCollected(file);
  const outcomes = scoreCollected(rules);
  const counts = tally(outcomes);

  it(`holds at least ${least} rules, each naming its public source`, () => {
    expect(rules.length).toBeGreaterThanOrEqual(least);
    for (const r of rules) expect(Boolean(r.source.url) || Boolean(r.source.title)).toBe(true);
  });

  it('scores no case wrong (a row left to the person is fine, a wrong score is not)', () => {
    const share = (n: number) => `${((100 * n) / outcomes.length).toFixed(1)}%`;
    console.log(
      `${name} corpus: ${outcomes.length} cases — right ${counts.right} (${share(counts.right)}), ` +
        `left to the person ${counts.left} (${share(counts.left)}), wrong ${counts.wrong} (${share(counts.wrong)})`,
    );
    const wrong = outcomes
      .filter((o) => o.verdict === 'wrong')
      .map((o) => `${o.id}: ${o.input} → ${o.got} (expected ${o.expected})`);
    expect(wrong).toEqual([]);
  });

  it('leaves no judgement rule scored: every case expected for the person stays with the person', () => {
    const guessed = outcomes.filter((o) => o.expected === null && o.got !== null).map((o) => o.id);
    expect(guessed).toEqual([]);
  });
});
