// 采价 — the collector's form, built for a phone: pick one of the user's points and a date; one row per
// commodity with the last price beside the box; a jump must be confirmed with a note before submit; the
// server's refusals are shown on the row they concern. A whole day sheet can also come as xlsx (template
// and all-or-nothing import).
import { Alert, Button, Empty, Input, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/errors.ts';
import { useUrlParams } from '../../../components/useUrlParams.ts';
import { useCatalogue, useCollectorForm } from '../api.ts';
import { CollectRow, isJump, type RowValue } from '../components/CollectRow.tsx';
import { QuoteImportBar } from '../components/QuoteImportBar.tsx';
import { isoDate } from '../components/format.tsx';
import { ModulePage } from '../../../components/ModulePage.tsx';
import { useSaveQuotes } from '../mutations.ts';
import type { CollectorForm } from '../types.ts';
import '../prices.css';

const keys = ['point', 'date'] as const;

export function CollectPage() {
  const { t } = useTranslation();
  const [p, setP] = useUrlParams(keys);
  const catalogue = useCatalogue();
  const mine = useMemo(() => (catalogue.data?.points ?? []).filter((x) => x.mine), [catalogue.data]);
  const pointId = Number(p.point) || mine[0]?.id || null;
  const date = p.date || isoDate(new Date());
  const form = useCollectorForm(pointId, date);
  return (
    <ModulePage
      title={t('price.collect.title')}
      testId="price-collect"
      extra={catalogue.data && (catalogue.data.abilities.collect || catalogue.data.abilities.write) ? <QuoteImportBar /> : undefined}
      error={catalogue.error ?? form.error} loading={catalogue.isPending} onRetry={() => void form.refetch()}>
      <div className="tc-collect-bar">
        <Select
          data-testid="collect-point"
          value={pointId ?? undefined}
          placeholder={t('price.collect.point')}
          options={mine.map((x) => ({ value: x.id, label: `${x.code} ${x.name}` }))}
          onChange={(v) => setP({ point: v })}
        />
        <Input type="date" data-testid="collect-date" value={date} max={isoDate(new Date())} onChange={(e) => e.target.value && setP({ date: e.target.value })} />
      </div>
      {mine.length === 0 ? (
        <Empty description={t('price.collect.noPoints')} />
      ) : form.data ? (
        <CollectSheet key={`${form.data.point.id}-${form.data.date}`} form={form.data} />
      ) : null}
    </ModulePage>
  );
}

function CollectSheet({ form }: { form: CollectorForm }) {
  const { t } = useTranslation();
  const save = useSaveQuotes();
  const [values, setValues] = useState<Record<number, RowValue>>(() =>
    Object.fromEntries(form.items.map((i) => [i.commodityId, { price: i.price, note: i.note ?? '', confirm: !!i.note && isJump(i.price, i.lastPrice, form.jumpConfirmFactor) }])),
  );
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const locked = form.items.length > 0 && form.items.every((i) => i.state === 'approved');
  const open = form.items.filter((i) => i.state !== 'approved' && values[i.commodityId]?.price != null);
  const pending = open.filter((i) => {
    const v = values[i.commodityId];
    return isJump(v.price, i.lastPrice, form.jumpConfirmFactor) && !(v.confirm && v.note.trim());
  });
  const set = (id: number, v: RowValue) => {
    setValues((s) => ({ ...s, [id]: v }));
    setRowErrors((s) => {
      if (!(id in s)) return s;
      const next = { ...s };
      delete next[id];
      return next;
    });
  };
  const submit = () => {
    setFormError(null);
    save.mutate(
      {
        pointId: form.point.id,
        date: form.date,
        quotes: open.map((i) => {
          const v = values[i.commodityId];
          return { commodityId: i.commodityId, price: v.price!, note: v.note.trim(), confirmJump: v.confirm };
        }),
      },
      {
        onSuccess: () => setRowErrors({}),
        onError: (e) => {
          const id = isApiError(e) ? Number(e.details.commodityId) : NaN;
          if (isApiError(e, 'price.jump_unconfirmed') && id) setRowErrors({ [id]: e.message });
          else if (isApiError(e)) setFormError(e.message);
        },
      },
    );
  };
  return (
    <div data-testid="collect-sheet" data-date={form.date}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {form.point.name}
        {form.point.address ? ` · ${form.point.address}` : ''}
      </Typography.Paragraph>
      {locked && <Alert type="info" showIcon title={t('price.collect.locked')} style={{ marginBottom: 8 }} data-testid="collect-locked" />}
      {form.items.map((i) => (
        <CollectRow key={i.commodityId} item={i} value={values[i.commodityId]} factor={form.jumpConfirmFactor} locked={locked} serverError={rowErrors[i.commodityId]} onChange={(v) => set(i.commodityId, v)} />
      ))}
      <div className="tc-collect-submit">
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 8 }} data-testid="collect-form-error" />}
        {pending.length > 0 && (
          <Typography.Paragraph type="warning" data-testid="collect-pending">
            {t('price.collect.pending', { names: pending.map((i) => i.name).join(t('price.listSep')) })}
          </Typography.Paragraph>
        )}
        <Button type="primary" block size="large" data-testid="collect-submit" disabled={locked || open.length === 0 || pending.length > 0} loading={save.isPending} onClick={submit}>
          {t('price.collect.submit', { count: open.length })}
        </Button>
      </div>
    </div>
  );
}
