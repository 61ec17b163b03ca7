import { Box } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { chinaTime, type CheckedPass } from '../types';

/** The kinds of pass the gate check tells apart; any other kind is shown as a plain pass. */
export const passKind = (pass: CheckedPass | null | undefined): 'RELEASE' | 'DECORATION_WORKER' | 'OTHER' =>
  pass?.kind === 'RELEASE' || pass?.kind === 'DECORATION_WORKER' ? pass.kind : 'OTHER';

type Fact = [label: string, value: ReactNode, key: string];

/**
 * REC-3 / DEC-3: what the guard compares with what stands at the gate, by the pass's kind: for an item
 * release pass the items and the vehicle; for a decoration worker's pass the worker, their identity number
 * (masked) to hold against the card, the unit under decoration and its permit.
 */
export const PassFacts = ({ pass }: { pass: CheckedPass }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const kind = passKind(pass);
  const t = (key: string) => translate(`estate.gate.check.${key}`);
  const window = `${chinaTime(pass.validFrom, locale)} – ${chinaTime(pass.validTo, locale)}`;
  const w = pass.worker;
  const r = pass.release;
  const facts: (Fact | false | '' | null | undefined)[] =
    kind === 'DECORATION_WORKER'
      ? [
          [t('worker.name'), w?.name ?? pass.holderName, 'name'],
          w && [t('worker.idNumber'), w.idNumber, 'idNumber'],
          w?.trade && [t('worker.trade'), w.trade, 'trade'],
          w && [t('worker.unit'), w.unit, 'unit'],
          w?.permitNumber && [t('worker.permit'), w.permitNumber, 'permit'],
          [t('worker.number'), pass.number, 'number'],
          [t('window'), window, 'window'],
          // The permit's window only where it differs from the pass's (a pass ended early when the works are finished).
          w?.permitFrom && w.permitTo && (w.permitFrom !== pass.validFrom || w.permitTo !== pass.validTo) && [t('worker.permitWindow'), `${chinaTime(w.permitFrom, locale)} – ${chinaTime(w.permitTo, locale)}`, 'permitWindow'],
          !w && [t('other.summary'), pass.summary, 'summary'],
        ]
      : kind === 'RELEASE'
        ? [
            [t('release.number'), pass.number, 'number'],
            [t('release.holder'), pass.holderName, 'holder'],
            r && [t('release.unit'), r.unit, 'unit'],
            [t('release.items'), r?.items.length ? r.items.map((i) => `${i.name} ×${i.quantity}`).join('; ') : pass.summary, 'items'],
            pass.vehicle && [t('release.vehicle'), pass.vehicle, 'vehicle'],
            [t('window'), window, 'window'],
          ]
        : [
            [t('other.number'), pass.number, 'number'],
            [t('other.holder'), pass.holderName, 'holder'],
            [t('other.summary'), pass.summary, 'summary'],
            [t('window'), window, 'window'],
          ];
  return (
    <Box
      component="dl"
      data-testid="gate-pass-facts"
      data-kind={kind}
      sx={{ mt: 2, fontSize: 18, overflowWrap: 'anywhere', '& dt': { opacity: 0.85, fontSize: 14, mt: 1 }, '& dd': { m: 0, fontWeight: 600 } }}
    >
      {facts.filter((f): f is Fact => !!f).map(([label, value, key]) => (
        <Fragment key={key}>
          <dt>{label}</dt>
          <dd data-fact={key}>{value}</dd>
        </Fragment>
      ))}
    </Box>
  );
};
