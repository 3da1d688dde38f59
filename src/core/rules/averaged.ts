/**
 * `…每月一排名，第一名得基本分10分，名次每减1位减基本分5%。年终按照12个月的得分数取平均值。`: the rule scores each
 * period, and the year's score is the mean of the periods'. The sentence saying so is split off; the rest is
 * read as any rule, and the answer gives each period's value (`1-6月第1名，7-12月第5名`, `四个季度均为第3名`,
 * `四个季度分别为第1、2、3、4名`), every period once.
 */
import { wholeNumber } from './lexer';
import { compactText, withoutSentence } from '../text';
import type { Averaged } from './ast';

/** `年终按照12个月的得分数取平均值`, `年终按四个季度的得分取平均值`. */
const SENTENCE_RE =
  /^(?:年终|全年|年度)?(?:按照|按)(\d+|[一二三四五六七八九十]{1,3})个(月|季度)的?(?:得分数?|分数)(?:取|的)平均值?$/;

/** The rule without its averaging sentence, and what it averages over; null when it has none. */
export function splitAveraged(rule: string): { rest: string; averaged: Averaged } | null {
  const split = withoutSentence(rule, (sentence) => {
    const m = SENTENCE_RE.exec(sentence);
    const count = m === null ? null : wholeNumber(m[1]);
    return m === null || count === null || count < 2 ? null : { text: sentence, count, unit: m[2] };
  });
  return split === null ? null : { rest: split.rest, averaged: split.found };
}

const CN_QUARTERS = '一二三四';
const NUM = '(\\d+|[一二两三四五六七八九十]{1,3})';
/** `12个月均为第3名`, `四个季度都是良好`: every period alike. */
const ALL_ALIKE_RE = new RegExp(`^${NUM}个(月|季度)(?:均为|均是|都是|都为|均|都)(.+)$`);
/** `四个季度分别为第1、2、3、4名`: each period in turn. */
const EACH_IN_TURN_RE = new RegExp(`^${NUM}个(月|季度)分别(?:为|是)(.+)$`);
/** `1-6月第1名`, `7月第2名`: a run of months (or one). */
const MONTHS_RE = /^(\d{1,2})(?:(?:-|~|至|到)(\d{1,2}))?月份?(?:均为|均是|都是|为|是|均|都)?(.+)$/;
/** `一、二季度第2名`, `第三季度第5名`: quarters named. */
const QUARTERS_RE = /^第?([一二三四1-4](?:[、,和及][一二三四1-4])*)季度(?:均为|均是|都是|为|是|均|都)?(.+)$/;

/**
 * Each period's answer with how many periods it stands for; a message when the answer does not give every
 * period exactly once in the rule's unit.
 */
export function periodAnswers(
  answer: string,
  averaged: Averaged,
): { ok: true; values: { count: number; answer: string }[] } | { ok: false; message: string } {
  const refuse = {
    ok: false as const,
    message: `评分标准按${averaged.count}个${averaged.unit}的得分取平均值，请写明各${averaged.unit}的情况（如：${averaged.unit === '月' ? '1-6月第1名，7-12月第2名' : '一、二季度第1名，三、四季度第2名'}）`,
  };
  const values: { count: number; answer: string }[] = [];
  const seen = new Set<number>();
  const take = (periods: number[], value: string) => {
    for (const p of periods) {
      if (seen.has(p)) return false;
      seen.add(p);
    }
    values.push({ count: periods.length, answer: value });
    return true;
  };
  const all = Array.from({ length: averaged.count }, (_, k) => k + 1);
  for (const piece of compactText(answer)
    .split(/[,，;；]+/)
    .filter((p) => p !== '')) {
    const alike = ALL_ALIKE_RE.exec(piece);
    const inTurn = alike === null ? EACH_IN_TURN_RE.exec(piece) : null;
    const whole = alike ?? inTurn;
    if (whole !== null) {
      if (wholeNumber(whole[1]) !== averaged.count || whole[2] !== averaged.unit) return refuse;
      if (alike !== null) {
        if (!take(all, alike[3])) return refuse;
        continue;
      }
      const list = eachInTurn(whole[3]);
      if (list === null || list.length !== averaged.count) return refuse;
      for (const [k, v] of list.entries()) if (!take([k + 1], v)) return refuse;
      continue;
    }
    const months = averaged.unit === '月' ? MONTHS_RE.exec(piece) : null;
    if (months !== null) {
      const from = Number(months[1]);
      const to = months[2] === undefined ? from : Number(months[2]);
      if (from < 1 || to > averaged.count || to < from) return refuse;
      if (
        !take(
          Array.from({ length: to - from + 1 }, (_, k) => from + k),
          months[3],
        )
      )
        return refuse;
      continue;
    }
    const quarters = averaged.unit === '季度' ? QUARTERS_RE.exec(piece) : null;
    if (quarters !== null) {
      const named = quarters[1]
        .split(/[、,和及]/)
        .map((q) => (/\d/.test(q) ? Number(q) : CN_QUARTERS.indexOf(q) + 1));
      if (named.some((q) => q < 1 || q > averaged.count)) return refuse;
      if (!take(named, quarters[2])) return refuse;
      continue;
    }
    return refuse;
  }
  return seen.size === averaged.count ? { ok: true, values } : refuse;
}

/** `第1、2、3、4名` → `第1名`, `第2名`, …: one value each, the words around the list shared. */
function eachInTurn(list: string): string[] | null {
  const m =
    /^(第?)((?:\d+|[一二三四五六七八九十]{1,3})(?:[、,](?:\d+|[一二三四五六七八九十]{1,3}))+)(.*)$/.exec(
      list,
    );
  if (m === null) return null;
  return m[2].split(/[、,]/).map((n) => `${m[1]}${n}${m[3]}`);
}
