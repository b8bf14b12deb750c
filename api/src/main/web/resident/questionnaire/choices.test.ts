import { describe, expect, it } from 'vitest';
import { answerChoices } from './choices';

describe('answerChoices', () => {
  it('offers every value of a 0 to 10 scale, worded at the ends', () => {
    const choices = answerChoices({ id: 'happy', text: 'How happy?', min: 0, max: 10, reverse_scored: false,
      answer_labels: [{ value: 0, label: 'Not at all' }, { value: 10, label: 'Completely' }] });
    expect(choices).toHaveLength(11);
    expect(choices[0]).toEqual(['0', '0: Not at all']);
    expect(choices[5]).toEqual(['5', '5']);
    expect(choices[10]).toEqual(['10', '10: Completely']);
  });
  it('uses the words alone for a short scale (UCLA 1 to 3)', () => {
    const choices = answerChoices({ id: 'lack', text: 'Lack companionship?', min: 1, max: 3, reverse_scored: false,
      answer_labels: [{ value: 1, label: 'Hardly ever' }, { value: 2, label: 'Some of the time' }, { value: 3, label: 'Often' }] });
    expect(choices).toEqual([['1', 'Hardly ever'], ['2', 'Some of the time'], ['3', 'Often']]);
  });
});
