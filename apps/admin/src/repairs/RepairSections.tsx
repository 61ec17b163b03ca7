import { Link as MuiLink, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { Labeled, Link, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EmptyValue, EnumField } from '../common/fields';
import { useLocalized } from '../common/localized';
import { FieldGrid, Section } from '../common/Section';
import { useRepairNames } from './catalogue';
import { AppointmentField, CategoryField, Money, RepairKindField, WarrantyField, WindowsField, YesNo } from './RepairFields';
import type { RepairOrder } from './types';

// The sections of the repair order page (RepairShow), every value in words.

/** A labelled value of the order. */
const Item = ({ label, children }: { label: string; children: ReactElement }) => <Labeled label={`resources.repairs.fields.${label}`}>{children}</Labeled>;

const Text = ({ value, pre = false }: { value: string | number | null | undefined; pre?: boolean }) =>
  value == null || value === '' ? (
    <EmptyValue />
  ) : (
    <Typography component="span" variant="body2" sx={pre ? { whiteSpace: 'pre-wrap' } : undefined}>
      {value}
    </Typography>
  );

/** The resident, where, and how the order came in. */
export const ResidentSection = () => {
  const record = useRecordContext<RepairOrder>()!;
  const translate = useTranslate();
  return (
    <Section title="estate.repairs.sections.resident">
      <FieldGrid>
        <Item label="reporterName">
          <Text value={record.reporterName} />
        </Item>
        <Item label="phone">
          {/* On a phone the engineer calls the resident with a tap. */}
          {record.phone ? <MuiLink href={`tel:${record.phone.replace(/[^\d+]/g, '')}`}>{record.phone}</MuiLink> : <EmptyValue />}
        </Item>
        <Item label="householdId">
          {record.household ? (
            <Link to={`/households/${record.household.id}/show`}>
              {[record.household.unit?.building?.name, record.household.unit?.number, record.household.name].filter(Boolean).join(' · ')}
            </Link>
          ) : (
            <Text value={translate('estate.repairs.public_area')} />
          )}
        </Item>
        <Item label="location">
          <Text value={record.location} />
        </Item>
        <Item label="channel">
          <Text value={translate(`estate.repairs.channel.${record.channel}`, { _: record.channel })} />
        </Item>
        {record.source?.process && (
          <Item label="source">
            <Text value={translate(`estate.enums.process.${record.source.process}`, { _: record.source.process })} />
          </Item>
        )}
        <Item label="receivedBy">
          <Text value={record.receivedBy?.displayName} />
        </Item>
        <Item label="createdAt">
          <DateTimeField source="createdAt" />
        </Item>
      </FieldGrid>
    </Section>
  );
};

/** The problem, the resident's windows and the register it went in (REP-1, REP-2). */
export const ProblemSection = () => {
  const record = useRecordContext<RepairOrder>()!;
  const names = useRepairNames();
  return (
    <Section title="estate.repairs.sections.problem">
      <FieldGrid>
        <Item label="category">
          <CategoryField />
        </Item>
        <Item label="emergency">
          <YesNo value={record.emergency} />
        </Item>
        <Item label="appointment">
          <AppointmentField />
        </Item>
        <Item label="windows">
          <WindowsField />
        </Item>
        <Item label="kind">
          <RepairKindField />
        </Item>
        <Item label="warrantyBasis">
          <WarrantyField />
        </Item>
        {record.kind === 'PAID' && (
          <>
            <Item label="priceCode">
              <Text value={names.priceItem(record.priceCode)} />
            </Item>
            <Item label="charge">
              <Money value={record.charge} />
            </Item>
            <Item label="chargeAcceptedAt">
              <DateTimeField source="chargeAcceptedAt" />
            </Item>
            <Item label="paymentId">
              {record.paymentId ? <Link to={`/payments/${record.paymentId}/show`}>#{record.paymentId}</Link> : <EmptyValue />}
            </Item>
          </>
        )}
      </FieldGrid>
      <Labeled label="resources.repairs.fields.description" sx={{ mb: 2, display: 'block' }}>
        <Text value={record.description} pre />
      </Labeled>
    </Section>
  );
};

/** Dispatch and the work (REP-4), the leak test (REP-5), back at the desk. */
export const WorkSection = () => {
  const record = useRecordContext<RepairOrder>()!;
  return (
    <Section title="estate.repairs.sections.work">
      <FieldGrid>
        <Item label="engineer">
          <Text value={record.engineer?.displayName} />
        </Item>
        <Item label="arrivedAt">
          <DateTimeField source="arrivedAt" />
        </Item>
        <Item label="arrivedOnTime">
          <YesNo value={record.arrivedOnTime} good />
        </Item>
        <Item label="completedAt">
          <DateTimeField source="completedAt" />
        </Item>
        <Item label="materials">
          <Text value={record.materials} />
        </Item>
        <Item label="hours">
          <Text value={record.hours} />
        </Item>
        <Item label="residentConfirmed">
          <YesNo value={record.residentConfirmed} />
        </Item>
        {(record.leakTestAt || record.leakTestPassed != null) && (
          <>
            <Item label="leakTestAt">
              <DateTimeField source="leakTestAt" />
            </Item>
            <Item label="leakTestPassed">
              <YesNo value={record.leakTestPassed} good />
            </Item>
          </>
        )}
        <Item label="checkedInAt">
          <DateTimeField source="checkedInAt" />
        </Item>
        {record.kind === 'PAID' && (
          <Item label="materialCost">
            <Money value={record.materialCost} />
          </Item>
        )}
        <Item label="rectifications">
          <Text value={record.rectifications ?? 0} />
        </Item>
      </FieldGrid>
      <Labeled label="resources.repairs.fields.workDone" sx={{ mb: 2, display: 'block' }}>
        <Text value={record.workDone} pre />
      </Labeled>
    </Section>
  );
};

const VISIT_COLUMNS = ['round', 'method', 'satisfaction', 'problem', 'dueAt', 'visitedAt', 'onTime'] as const;

/** Every return visit (REP-5, REP-6), and how the order ended. On a phone each visit is a card instead of a table row. */
export const VisitsSection = () => {
  const record = useRecordContext<RepairOrder>()!;
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const visits = (record.visits ?? []).map((visit) => ({
    round: visit.round,
    cells: {
      round: visit.round,
      method: translate(`estate.repairs.visit_method.${visit.method}`, { _: visit.method }),
      satisfaction: visit.satisfaction ? translate(`estate.enums.satisfaction.${visit.satisfaction}`, { _: visit.satisfaction }) : '—',
      problem: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.problem || '—'}</span>,
      dueAt: formatDateTime(visit.dueAt) || '—',
      visitedAt: formatDateTime(visit.visitedAt) || '—',
      onTime: <YesNo value={visit.onTime} good />,
    } satisfies Record<(typeof VISIT_COLUMNS)[number], ReactNode>,
  }));
  const label = (name: string) => translate(`estate.repairs.visit.${name}`);
  let list: ReactNode;
  if (!visits.length) {
    list = (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('estate.repairs.no_visits')}
      </Typography>
    );
  } else if (phone) {
    list = (
      <Stack spacing={1} sx={{ mb: 2 }}>
        {visits.map(({ round, cells }) => (
          <Paper key={round} variant="outlined" component="dl" sx={{ m: 0, p: 1.5, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}>
            {VISIT_COLUMNS.map((name) => (
              <Fragment key={name}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {label(name)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                  {cells[name]}
                </Typography>
              </Fragment>
            ))}
          </Paper>
        ))}
      </Stack>
    );
  } else {
    list = (
      <TableContainer sx={{ mb: 2 }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              {VISIT_COLUMNS.map((name) => (
                <TableCell key={name}>{label(name)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {visits.map(({ round, cells }) => (
              <TableRow key={round}>
                {VISIT_COLUMNS.map((name) => (
                  <TableCell key={name}>{cells[name]}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }
  return (
    <Section title="estate.repairs.sections.visits">
      {list}
      <FieldGrid>
        <Item label="satisfaction">
          <EnumField source="satisfaction" enumName="satisfaction" colors={{ SATISFIED: 'success', DISSATISFIED: 'error' }} />
        </Item>
        <Item label="closedAt">
          <DateTimeField source="closedAt" />
        </Item>
        <Item label="closeReason">
          <Text value={record.closeReason} pre />
        </Item>
      </FieldGrid>
    </Section>
  );
};

