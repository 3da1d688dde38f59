/**
 * One of a count short or over, without 每 (twenty-ninth session): `有5个服务站点得20分,少1个扣4分,多1个加2分` — a
 * count reached is the baseline, and `少1个` / `多1个` say the way each one short or over runs, as `每少1个` does
 * (a shortfall is per unit missing). The verb must be one of shortfall or surplus: `发现1个扣4分` beside a count
 * reached says nothing of the way. Our own phrasings of the held-out corpus's shape, scores worked out by hand.
 * [rule, weight, input, expected score (null: left to the person), expected kind]
 */
import { scoresAsListed, type Case } from './score';

const STATIONS = '有5个服务站点得20分,少1个扣4分,多1个加2分';
const SHOPS = '辖区有3家电商企业得12分,少1家扣4分';
const ONE_SHORT: Case[] = [
  [STATIONS, 20, '5个', 20, 'twosided'],
  [STATIONS, 20, '3个', 12, 'twosided'],
  [STATIONS, 20, '0个', 0, 'twosided'],
  // (above the row's worth: the bonus is the person's to reconcile)
  [STATIONS, 20, '6个', null, 'twosided'],
  [SHOPS, 12, '2家', 8, 'linear'],
  [SHOPS, 12, '4家', 12, 'linear'],
  // (found, not short: no way is said)
  ['有5个服务站点得20分,发现1个扣4分', 20, '3个', null, 'manual'],
];

scoresAsListed([['one of a count short or over, without 每', ONE_SHORT]]);
