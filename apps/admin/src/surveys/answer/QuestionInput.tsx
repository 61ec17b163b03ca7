import { FormControlLabel, Radio, RadioGroup, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { pick } from '../../common/localized';
import type { AnswerValue, Question } from '../types';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  lang: string;
  labels: { yes: string; no: string; placeholder: string };
  /** The id of the element naming the question, for screen readers. */
  labelledBy: string;
}

/**
 * One question's input, big enough for a thumb: five buttons for a rating, yes / no, a list of choices, or a
 * text box. Used by the resident's answer page and by the staff's form entry.
 */
export const QuestionInput = ({ question, value, onChange, lang, labels, labelledBy }: Props) => {
  switch (question.kind) {
    case 'RATING':
      return (
        <ToggleButtonGroup exclusive fullWidth color="primary" value={value ?? null} onChange={(_, v: number | null) => onChange(v ?? undefined)} aria-labelledby={labelledBy}>
          {[1, 2, 3, 4, 5].map((n) => (
            <ToggleButton key={n} value={n} sx={{ py: 1.25, fontSize: '1.1rem' }} aria-label={String(n)}>
              {n}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      );
    case 'YES_NO':
      return (
        <ToggleButtonGroup exclusive fullWidth color="primary" value={value ?? null} onChange={(_, v: boolean | null) => onChange(v ?? undefined)} aria-labelledby={labelledBy}>
          <ToggleButton value={true} sx={{ py: 1.25 }}>
            {labels.yes}
          </ToggleButton>
          <ToggleButton value={false} sx={{ py: 1.25 }}>
            {labels.no}
          </ToggleButton>
        </ToggleButtonGroup>
      );
    case 'CHOICE':
      return (
        <RadioGroup value={value ?? ''} onChange={(e) => onChange(e.target.value)} aria-labelledby={labelledBy}>
          {(question.options ?? []).map((o) => (
            <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={pick(o.label, lang)} sx={{ minHeight: 40 }} />
          ))}
        </RadioGroup>
      );
    default:
      return (
        <TextField
          fullWidth
          multiline
          minRows={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value ? e.target.value.slice(0, 2000) : undefined)}
          placeholder={labels.placeholder}
          slotProps={{ htmlInput: { 'aria-labelledby': labelledBy, maxLength: 2000 } }}
        />
      );
  }
};
