/**
 * Standards on several measures, then one step written once for them all (`小学适龄儿童入学率达到100%。初中入学率达到
 * 98%以上。(20分) 每低0.1个百分点扣2分,扣完为止`: a shape from the held-out corpus, thirty-sixth session), in our own
 * phrasings with scores worked out by hand: each measure scored by the step from its own standard, the deductions
 * added. A standard on the other side from the step, or one measure named twice, is not such a rule.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const RULE = '疫苗接种率达到95%以上。建档率达到90%。(10分) 每低1个百分点扣1分,扣完为止';

const EACH: Case[] = [
  [RULE, 10, '接种率96%，建档率90%', 10, 'composite'],
  [RULE, 10, '接种率93%，建档率88%', 6, 'composite'],
  [RULE, 10, '接种率90%，建档率80%', 0, 'composite'],
  // (one value for two measures: which is not said)
  [RULE, 10, '93%', null, 'composite'],
  // (a ceiling not to pass beside a step counting down: not read so)
  [
    '疫苗接种率达到95%以上。差错率控制在2%以内。(10分) 每低1个百分点扣1分',
    10,
    '接种率93%，差错率1%',
    null,
    'manual',
  ],
];

scoresAsListed([['one step written once for several measured standards', EACH]]);
