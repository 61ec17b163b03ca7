import { validateForm } from './forms';
import type { FormField } from './types';

const form: FormField[] = [
  { name: 'answer', type: 'textarea', label: { zh: '答复', en: 'Answer' }, required: true },
  { name: 'visitDate', type: 'date', label: { zh: '回访日期', en: 'Visit date' } },
  { name: 'cost', type: 'number', label: { zh: '费用', en: 'Cost' } },
  { name: 'result', type: 'select', label: { zh: '结果', en: 'Result' }, options: [{ value: 'satisfied', label: { zh: '满意', en: 'Satisfied' } }] },
];

describe('task completion forms', () => {
  it('accepts complete, well-typed data', () => {
    expect(validateForm(form, { answer: '已处理', visitDate: '2026-11-24', cost: 120.5, result: 'satisfied' })).toEqual([]);
  });

  it('names each field that is missing, of the wrong type, not a choice, or unknown', () => {
    expect(validateForm(form, { visitDate: '24/11/2026', cost: '120', result: 'angry', colour: 'red' })).toEqual([
      { field: 'colour', message: 'is not a field of this form' },
      { field: 'answer', message: 'is required' },
      { field: 'visitDate', message: 'must be a date (YYYY-MM-DD)' },
      { field: 'cost', message: 'must be a number' },
      { field: 'result', message: 'must be one of satisfied' },
    ]);
    expect(validateForm(form, null)).toEqual([{ field: 'formData', message: 'must be an object' }]);
  });
});
