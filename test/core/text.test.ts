/** Normalising a rule's text: misreadings a copied table carries are read as written meant. */
import { normalizeText } from '../../src/core/text';

describe('normalizeText', () => {
  it('reads 末 before what a fault denies as 未 (末按规定要求公示)', () => {
    expect(normalizeText('末按规定要求公示扣1-3分')).toBe('未按规定要求公示扣1-3分');
    expect(normalizeText('资料末及时归档')).toBe('资料未及时归档');
  });

  it('keeps 末 closing a period or opening a word (月末按时报送, 末端处置)', () => {
    expect(normalizeText('月末按时报送报表')).toBe('月末按时报送报表');
    expect(normalizeText('年末完成率达到95%')).toBe('年末完成率达到95%');
    expect(normalizeText('末端处置设施完好')).toBe('末端处置设施完好');
  });
});
