import { Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useAsyncAction } from '../common/useAsyncAction';
import { moveInApi } from './api';
import type { MoveIn } from './types';

/** MOV-2: the resident registration form (住户登记表): the household's name and phone, a member, an emergency contact, the agreements signed. */
export const RegistrationPanel = ({ moveIn }: { moveIn: MoveIn }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [name, setName] = useState(moveIn.household.name);
  const [phone, setPhone] = useState(moveIn.household.phone);
  const [member, setMember] = useState({ name: '', relation: '', phone: '' });
  const [contact, setContact] = useState({ name: '', relation: '', phone: '' });
  const [signed, setSigned] = useState<string[]>([]);
  const save = useAsyncAction(
    () =>
      moveInApi.register(moveIn.id, {
        name: name.trim(),
        phone: phone.trim(),
        members: member.name.trim() ? [{ name: member.name.trim(), relation: member.relation.trim() || '-', ...(member.phone.trim() ? { phone: member.phone.trim() } : {}) }] : [],
        contacts: contact.name.trim() ? [{ name: contact.name.trim(), relation: contact.relation.trim() || undefined, ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}), emergency: true }] : [],
        agreements: signed,
      }),
    { successMessage: 'estate.move_in.registered' },
  );
  const agreements = moveIn.policy?.agreements ?? [];
  if (moveIn.registeredAt) {
    const codes = moveIn.agreements ?? [];
    return <Typography data-testid="registration-done">{translate('estate.move_in.registration_done', { agreements: agreements.filter((a) => codes.includes(a.code)).map((a) => (locale === 'zh' ? a.label.zh : a.label.en)).join(locale === 'zh' ? '、' : ', ') })}</Typography>;
  }
  return (
    <Stack spacing={1.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField name="name" label={translate('estate.move_in.household_name')} value={name} onChange={(e) => setName(e.target.value)} />
        <TextField name="phone" label={translate('estate.move_in.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField name="memberName" label={translate('estate.move_in.member_name')} value={member.name} onChange={(e) => setMember({ ...member, name: e.target.value })} />
        <TextField name="memberRelation" label={translate('estate.move_in.relation')} value={member.relation} onChange={(e) => setMember({ ...member, relation: e.target.value })} />
        <TextField name="memberPhone" label={translate('estate.move_in.phone')} value={member.phone} onChange={(e) => setMember({ ...member, phone: e.target.value })} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField name="contactName" label={translate('estate.move_in.contact_name')} value={contact.name} onChange={(e) => setContact({ ...contact, name: e.target.value })} />
        <TextField name="contactRelation" label={translate('estate.move_in.relation')} value={contact.relation} onChange={(e) => setContact({ ...contact, relation: e.target.value })} />
        <TextField name="contactPhone" label={translate('estate.move_in.phone')} value={contact.phone} onChange={(e) => setContact({ ...contact, phone: e.target.value })} />
      </Stack>
      <Typography variant="subtitle2">{translate('estate.move_in.agreements')}</Typography>
      {agreements.map((a) => (
        <FormControlLabel
          key={a.code}
          control={<Checkbox name={`agreement-${a.code}`} checked={signed.includes(a.code)} onChange={(e) => setSigned(e.target.checked ? [...signed, a.code] : signed.filter((c) => c !== a.code))} />}
          label={locale === 'zh' ? a.label.zh : a.label.en}
        />
      ))}
      <Button variant="contained" disabled={save.pending || !name.trim()} onClick={() => void save.run()} sx={{ alignSelf: 'flex-start' }}>
        {translate('estate.move_in.register')}
      </Button>
    </Stack>
  );
};
