import { Box, Chip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  BooleanField,
  EditButton,
  Labeled,
  NumberField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { HouseholdCasesTab } from '../../work/cases/HouseholdCasesTab';
import { DayField, EnumField } from '../../common/fields';
import { ContactsTab } from '../contacts/ContactsTab';
import { DocumentsTab } from '../documents/DocumentsTab';
import { HouseholdFeesTab } from '../../fees/HouseholdFeesTab';
import { FileLoansTab } from '../file-loans/FileLoansTab';
import { HouseholdHistoryTab } from '../history/HouseholdHistoryTab';
import { MembersTab } from '../members/MembersTab';
import { ProxiesTab } from '../proxies/ProxiesTab';
import { HouseholdRepairsTab } from '../../repairs/HouseholdRepairsTab';
import { HouseholdMoveInTab } from '../../move-in/HouseholdMoveInTab';
import { HouseholdDecorationsTab } from '../../decoration/HouseholdDecorationsTab';
import type { Household } from './types';
import { IdentityField } from './IdentityField';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' },
          gap: 2,
        }}
      >
        {children}
      </Box>
    </Box>
  );
};

const InactiveChip = () => {
  const record = useRecordContext<Household>();
  const translate = useTranslate();
  if (!record || record.active !== false) return null;
  return <Chip size="small" label={translate('estate.household.inactive')} sx={{ ml: 1 }} />;
};

/** Overview: who the household is and which unit it occupies (ARC-1, ARC-2). */
const Overview = () => {
  const record = useRecordContext<Household>();
  return (
    <Box>
      <Section title="estate.household.sections.identity">
        <Labeled source="name">
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
            <TextField source="name" variant="body1" sx={{ fontWeight: 600 }} />
            <InactiveChip />
          </Box>
        </Labeled>
        <Labeled source="occupancy">
          <EnumField source="occupancy" enumName="occupancy" />
        </Labeled>
        <Labeled source="partyType">
          <EnumField source="partyType" enumName="partyType" />
        </Labeled>
        <Labeled source="idNumber">
          <IdentityField />
        </Labeled>
        {record?.partyType === 'COMPANY' && (
          <Labeled source="companyRegNo">
            <TextField source="companyRegNo" emptyText="estate.common.none" />
          </Labeled>
        )}
        <Labeled source="phone">
          <TextField source="phone" />
        </Labeled>
        <Labeled source="email">
          <TextField source="email" emptyText="estate.common.none" />
        </Labeled>
        <Labeled source="language">
          <EnumField source="language" enumName="language" />
        </Labeled>
        <Labeled source="noticeChannel">
          <EnumField source="noticeChannel" enumName="noticeChannel" />
        </Labeled>
        <Labeled source="moveInDate">
          <DayField source="moveInDate" />
        </Labeled>
        <Labeled source="active">
          <BooleanField source="active" />
        </Labeled>
      </Section>
      <Section title="estate.household.sections.unit">
        <Labeled source="unit.building.name">
          <TextField source="unit.building.name" emptyText="estate.common.none" />
        </Labeled>
        <Labeled source="unit.number">
          <TextField source="unit.number" />
        </Labeled>
        <Labeled source="unit.floor">
          <NumberField source="unit.floor" />
        </Labeled>
        <Labeled source="unit.areaSqm">
          <NumberField source="unit.areaSqm" options={{ maximumFractionDigits: 2 }} />
        </Labeled>
        <Labeled source="unit.status">
          <EnumField source="unit.status" enumName="unitStatus" />
        </Labeled>
      </Section>
      <Section title="estate.household.sections.other">
        <Labeled source="notes" sx={{ gridColumn: '1 / -1' }}>
          <TextField source="notes" emptyText="estate.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      </Section>
    </Box>
  );
};

// Each tab's content sits in a plain <div> so that the tab does not add an empty field label.

/**
 * The household's one file (ARC-1): identity and unit, its fees (FEE-1..6), members, contacts,
 * proxies, documents, the file lending register (ARC-3), every case ever opened with its timeline, and who
 * changed what in the file (its history, withdrawn records included).
 */
export const HouseholdShow = () => (
  <Show actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="estate.household.tabs.overview">
        <div>
          <Overview />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.fees" path="fees">
        <div>
          <HouseholdFeesTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.members" path="members">
        <div>
          <MembersTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.contacts" path="contacts">
        <div>
          <ContactsTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.proxies" path="proxies">
        <div>
          <ProxiesTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.documents" path="documents">
        <div>
          <DocumentsTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.loans" path="loans">
        <div>
          <FileLoansTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.cases" path="cases">
        <div>
          <HouseholdCasesTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.repairs.household_tab" path="repairs">
        <div>
          <HouseholdRepairsTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.move_in.household_tab" path="move-in">
        <div>
          <HouseholdMoveInTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.decoration.household_tab" path="decorations">
        <div>
          <HouseholdDecorationsTab />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="estate.household.tabs.history" path="history">
        <div>
          <HouseholdHistoryTab />
        </div>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
