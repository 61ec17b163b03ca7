import { Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/errors';
import { gateApi } from '../api';
import { chinaTime, RESULT_COLOURS, type CheckAnswer } from '../types';
import { passKind, PassFacts } from './PassFacts';

/** The gate the guard stands at, remembered on this phone. */
const GATE_KEY = 'estateDesk.gate';

/** What the guard reads under the answer: why, and what the pass says. */
const Hint = ({ answer }: { answer: CheckAnswer }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const p = answer.pass;
  const at = (v: string | null | undefined) => chinaTime(v, locale);
  const key = answer.result === 'VALID' && !answer.markedUsed ? 'VALID_MULTI' : answer.result;
  const hints = passKind(p) === 'DECORATION_WORKER' ? 'worker_hint' : 'result_hint';
  return (
    <Typography sx={{ fontSize: 20, mt: 1 }}>
      {translate(`estate.gate.${hints}.${key}`, {
        at: answer.result === 'USED' ? at(p?.usedAt) : answer.result === 'NOT_YET_VALID' ? at(p?.validFrom) : at(p?.validTo),
        reason: (answer.result === 'STOPPED' ? p?.stopReason : p?.revokeReason) ?? '',
      })}
    </Typography>
  );
};

/**
 * REC-3 / DEC-3: the gate check, built for a phone held in one hand: one big input for the pass's number or
 * code (a scanner that types the QR code's content works too), one big button, and the answer as a big
 * coloured panel: green to let through, red to stop, with the pass's kind and what to compare for that kind.
 * A valid item release pass is marked used by the check.
 */
export const GateCheckPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [query, setQuery] = useState('');
  const [gate, setGate] = useState(() => localStorage.getItem(GATE_KEY) ?? '');
  const [answer, setAnswer] = useState<CheckAnswer | null>(null);
  const [pending, setPending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim() || pending) return;
    setPending(true);
    try {
      localStorage.setItem(GATE_KEY, gate);
      setAnswer(await gateApi.check(query, gate.trim() || undefined));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const again = () => {
    setAnswer(null);
    setQuery('');
    window.setTimeout(() => input.current?.focus(), 0);
  };

  const big = { fontSize: 28, py: 1.5 };
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', p: { xs: 1, sm: 2 } }}>
      <Title title="estate.gate.check.title" />
      <form onSubmit={submit}>
        <Stack spacing={2}>
          <TextField
            inputRef={input}
            autoFocus
            fullWidth
            name="query"
            label={translate('estate.gate.check.input')}
            helperText={translate('estate.gate.check.hint')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            slotProps={{ htmlInput: { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false, style: { fontSize: 30, letterSpacing: 2, textTransform: 'uppercase' } } }}
          />
          <Button type="submit" variant="contained" size="large" disabled={pending || !query.trim()} sx={{ ...big, fontWeight: 700 }}>
            {translate('estate.gate.check.submit')}
          </Button>
          <TextField size="small" name="gate" label={translate('estate.gate.check.gate')} value={gate} onChange={(e) => setGate(e.target.value)} slotProps={{ htmlInput: { maxLength: 40 } }} />
        </Stack>
      </form>
      {answer && (
        <Paper
          data-testid="gate-answer"
          data-result={answer.result}
          elevation={0}
          sx={{ mt: 2, p: 2, color: '#fff', bgcolor: RESULT_COLOURS[answer.result], borderRadius: 2 }}
        >
          {answer.pass && (
            <Typography data-testid="gate-pass-kind" sx={{ fontSize: 16, fontWeight: 600, opacity: 0.9 }}>
              {translate(`estate.gate.check.kind.${passKind(answer.pass)}`)}
            </Typography>
          )}
          <Typography sx={{ fontSize: 40, fontWeight: 800, lineHeight: 1.15 }}>{translate(`estate.gate.result.${answer.result}`)}</Typography>
          <Hint answer={answer} />
          {answer.pass && <PassFacts pass={answer.pass} />}
          <Typography sx={{ mt: 1, fontSize: 13, opacity: 0.85 }}>{translate('estate.gate.check.logged', { at: chinaTime(answer.checkedAt, locale) })}</Typography>
        </Paper>
      )}
      {answer && (
        <Button fullWidth variant="outlined" size="large" onClick={again} sx={{ mt: 2, ...big, fontSize: 22 }}>
          {translate('estate.gate.check.again')}
        </Button>
      )}
    </Box>
  );
};
