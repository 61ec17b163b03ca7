import { Alert, Box, Button, CircularProgress, Container, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { pick } from '../../common/localized';
import { publicSurveyApi, type PublicRefusal } from '../api';
import type { AnswerValue, PublicSurvey } from '../types';
import { QuestionInput } from './QuestionInput';
import { answerTexts, localTime, yesNo, type Lang } from './texts';

type State = { kind: 'loading' } | { kind: 'survey'; survey: PublicSurvey } | { kind: 'thanks' } | { kind: 'refused'; why: PublicRefusal };

/**
 * SAT-1: the resident's survey behind an SMS link, on a phone, without signing in (a route without the back
 * office's layout; the API takes the token only). Chinese first, English one tap away. Answered once: a
 * second visit, an expired or an unknown link each get a page that says so.
 */
export const SurveyAnswerPage = () => {
  const { token = '' } = useParams();
  const [lang, setLang] = useState<Lang>('zh');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<PublicRefusal | null>(null);
  const t = answerTexts(lang);
  const words = yesNo(lang);

  useEffect(() => {
    let live = true;
    void publicSurveyApi.load(token).then((loaded) => live && setState(typeof loaded === 'string' ? { kind: 'refused', why: loaded } : { kind: 'survey', survey: loaded }));
    return () => {
      live = false;
    };
  }, [token]);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);

  const submit = async (survey: PublicSurvey) => {
    const unanswered = new Set(survey.questions.filter((q) => q.required && answers[q.id] === undefined).map((q) => q.id));
    setMissing(unanswered);
    if (unanswered.size) {
      document.getElementById(`q-${[...unanswered][0]}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    setSending(true);
    setFailure(null);
    const result = await publicSurveyApi.answer(token, Object.entries(answers).map(([questionId, value]) => ({ questionId, value })));
    setSending(false);
    if (result === 'thanks') setState({ kind: 'thanks' });
    else if (result === 'answered' || result === 'expired' || result === 'invalid') setState({ kind: 'refused', why: result });
    else setFailure(typeof result === 'string' ? result : 'failed');
  };

  const notice = (title: string, text: string, severity: 'success' | 'info' | 'warning') => (
    <Alert severity={severity} sx={{ mt: 2 }} data-testid={`survey-${state.kind === 'refused' ? state.why : state.kind}`}>
      <Typography variant="h6" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography>{text}</Typography>
    </Alert>
  );

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: 2 }}>
      <Container maxWidth="sm" sx={{ px: 1.5 }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
            {t.language}
          </Button>
        </Box>
        {state.kind === 'loading' && (
          <Stack alignItems="center" sx={{ mt: 6 }} aria-live="polite">
            <CircularProgress />
            <Typography sx={{ mt: 1 }}>{t.loading}</Typography>
          </Stack>
        )}
        {state.kind === 'thanks' && notice(t.thanks_title, t.thanks, 'success')}
        {state.kind === 'refused' && state.why === 'answered' && notice(t.answered_title, t.answered, 'info')}
        {state.kind === 'refused' && state.why === 'expired' && notice(t.expired_title, t.expired, 'warning')}
        {state.kind === 'refused' && state.why === 'invalid' && notice(t.invalid_title, t.invalid, 'warning')}
        {state.kind === 'refused' && (state.why === 'busy' || state.why === 'failed') && notice(t.title, state.why === 'busy' ? t.busy : t.failed, 'warning')}
        {state.kind === 'survey' && (
          <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void submit(state.survey))}>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {pick(state.survey.title, lang)}
            </Typography>
            <Typography color="text.secondary" sx={{ mt: 0.5 }}>
              {state.survey.campaign}
            </Typography>
            <Typography sx={{ mt: 1 }}>{t.intro}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t.until.replace('%{date}', localTime(state.survey.expiresAt, lang))}
            </Typography>
            <Stack spacing={1.5}>
              {state.survey.questions.map((q, i) => (
                <Paper key={q.id} id={`q-${q.id}`} variant="outlined" sx={{ p: 1.5, borderColor: missing.has(q.id) ? 'error.main' : undefined }} data-testid={`question-${q.id}`}>
                  <Typography id={`q-${q.id}-label`} sx={{ fontWeight: 600, mb: 1 }}>
                    {i + 1}. {pick(q.text, lang)}
                    {q.required ? ' *' : ''}
                  </Typography>
                  {q.kind === 'RATING' && (
                    <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
                      {words.hint}
                    </Typography>
                  )}
                  <QuestionInput
                    question={q}
                    value={answers[q.id]}
                    lang={lang}
                    labels={{ yes: words.yes, no: words.no, placeholder: t.text_placeholder }}
                    labelledBy={`q-${q.id}-label`}
                    onChange={(value) => {
                      setAnswers(({ [q.id]: _old, ...rest }) => (value === undefined ? rest : { ...rest, [q.id]: value }));
                      setMissing((m) => new Set([...m].filter((id) => id !== q.id)));
                    }}
                  />
                  {missing.has(q.id) && (
                    <Typography color="error" variant="body2" sx={{ mt: 0.5 }} role="alert">
                      {t.required}
                    </Typography>
                  )}
                </Paper>
              ))}
            </Stack>
            {failure && (
              <Alert severity="error" sx={{ mt: 2 }} role="alert">
                {failure === 'busy' ? t.busy : t.failed}
              </Alert>
            )}
            <Button type="submit" variant="contained" size="large" fullWidth disabled={sending} sx={{ mt: 2, mb: 4, py: 1.5 }}>
              {sending ? t.sending : t.submit}
            </Button>
          </Box>
        )}
      </Container>
    </Box>
  );
};
