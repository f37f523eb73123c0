import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../shared/errors';
import {
  MARKET_TYPES,
  OCCUPANCIES,
  PROPERTY_TYPES,
  TAX_STATUSES,
  type PropertyDetails,
} from '../../../../shared/partiesTypes';
import { updatePropertyInput } from '../../../../shared/partiesSchemas';
import { api } from '../../api';
import { t, type MessageKey } from '../../i18n/t';
import { validateForm, type FieldErrors } from '../../lib/formErrors';
import { useNotify } from '../../lib/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Fields {
  address: string;
  parcelId: string;
  legalDescription: string;
  propertyType: string;
  unitCount: string;
  occupancy: string;
  councilDistrict: string;
  neighborhood: string;
  marketType: string;
  taxStatus: string;
}

const LABELS: Readonly<Record<string, string>> = {
  address: t('property.address'),
  parcelId: t('property.parcelId'),
  legalDescription: t('property.legalDescription'),
  unitCount: t('property.unitCount'),
  councilDistrict: t('property.councilDistrict'),
  neighborhood: t('property.neighborhood'),
};

function toFields(p: PropertyDetails): Fields {
  return {
    address: p.address,
    parcelId: p.parcelId,
    legalDescription: p.legalDescription ?? '',
    propertyType: p.propertyType ?? '',
    unitCount: p.unitCount === null ? '' : String(p.unitCount),
    occupancy: p.occupancy ?? '',
    councilDistrict: p.councilDistrict ?? '',
    neighborhood: p.neighborhood ?? '',
    marketType: p.marketType ?? '',
    taxStatus: p.taxStatus ?? '',
  };
}

const orNull = (s: string) => (s === '' ? null : s);

/** The property's details as one form; saving sends every field and the core audits what changed. */
export function PropertyDetailsForm({ property, onSaved }: { readonly property: PropertyDetails; readonly onSaved: () => void }) {
  const notify = useNotify();
  const [fields, setFields] = useState<Fields>(() => toFields(property));
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const multiUnit = fields.propertyType === 'multi_unit';

  const raw = {
    propertyId: property.id,
    address: fields.address,
    parcelId: fields.parcelId,
    legalDescription: orNull(fields.legalDescription),
    propertyType: orNull(fields.propertyType),
    // Only a multi-unit building has a unit count; the field is hidden otherwise.
    unitCount: multiUnit ? (fields.unitCount.trim() === '' ? null : Number(fields.unitCount)) : null,
    occupancy: orNull(fields.occupancy),
    councilDistrict: orNull(fields.councilDistrict),
    neighborhood: orNull(fields.neighborhood),
    marketType: orNull(fields.marketType),
    taxStatus: orNull(fields.taxStatus),
  };
  const validation = validateForm(updatePropertyInput, raw, LABELS);
  const clientErrors: FieldErrors = showErrors && !validation.ok ? validation.errors : {};
  const unitMissing = showErrors && multiUnit && fields.unitCount.trim() === '';
  const errors: FieldErrors = unitMissing ? { ...clientErrors, unitCount: `${t('property.unitCount')}: ${t('property.unitCountHint')}` } : clientErrors;

  const text = (name: keyof Fields, label: MessageKey) => ({
    name,
    label: t(label),
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((prev) => ({ ...prev, [name]: e.target.value })),
    error: Boolean(errors[name]),
    helperText: errors[name],
    fullWidth: true,
  });

  const select = (name: keyof Fields, label: MessageKey, values: readonly string[], prefix: string) => (
    <TextField select {...text(name, label)}>
      <MenuItem value="">
        <em>{t('property.notRecorded')}</em>
      </MenuItem>
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {t(`${prefix}.${v}` as MessageKey)}
        </MenuItem>
      ))}
    </TextField>
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!validation.ok || unitMissing) {
      setShowErrors(true);
      return;
    }
    setSaving(true);
    setServerError(null);
    const result = await api.updateProperty(validation.value);
    setSaving(false);
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    setFields(toFields(result.value));
    setShowErrors(false);
    notify(t('property.saved'));
    onSaved();
  }

  return (
    <Paper component="section" aria-labelledby="property-heading" sx={{ p: 2.5, mb: 3 }}>
      <Typography id="property-heading" variant="h2" sx={{ mb: 2 }}>
        {t('property.title')}
      </Typography>
      <form onSubmit={submit} noValidate aria-labelledby="property-heading">
        <Stack spacing={2}>
          {serverError && <ErrorAlert error={serverError} onClose={() => setServerError(null)} />}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField {...text('address', 'property.address')} required />
            <TextField {...text('parcelId', 'property.parcelId')} required />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            {select('propertyType', 'property.propertyType', PROPERTY_TYPES, 'property.type')}
            {multiUnit && (
              <TextField
                {...text('unitCount', 'property.unitCount')}
                type="number"
                required
                helperText={errors.unitCount ?? t('property.unitCountHint')}
                slotProps={{ htmlInput: { min: 2, step: 1 } }}
              />
            )}
            {select('occupancy', 'property.occupancy', OCCUPANCIES, 'property.occupancy')}
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField {...text('councilDistrict', 'property.councilDistrict')} />
            <TextField {...text('neighborhood', 'property.neighborhood')} />
            {select('marketType', 'property.marketType', MARKET_TYPES, 'property.market')}
            {select('taxStatus', 'property.taxStatus', TAX_STATUSES, 'property.tax')}
          </Stack>
          <TextField {...text('legalDescription', 'property.legalDescription')} multiline minRows={2} />
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <Button type="submit" variant="contained" loading={saving}>
              {t('property.save')}
            </Button>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
