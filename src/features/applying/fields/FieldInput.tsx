import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { FieldValue, FormField } from '../../../shared/forms/types';
import { DivisionInput } from './DivisionInput';

export interface FieldInputProps {
  field: FormField;
  /** the value's path: `section.field` or `section.index.field`; names the field's test ids */
  path: string;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  /** the citizen left the field (or chose in a picker): its message shows from now on */
  onLeave: () => void;
  error?: string | null;
  /** a locked field prefilled from the real-name profile: its masked value, read-only */
  locked?: string;
  /** an editable field the server fills from the profile when left empty: its masked value */
  prefillMasked?: string;
  /** today in Beijing (YYYY-MM-DD): date windows */
  today: string;
  /** division names known on this device, by code */
  divisionNames?: Record<string, string>;
  onDivisionName?: (code: string, names: string) => void;
  /** a file field's control (the uploads feature's UploadButton), given by the page */
  renderFile?: (field: FormField, path: string, value: string, onUploaded: (uploadId: string) => void) => ReactNode;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : '');

/**
 * One field of an application form, its input chosen by its FIELD_TYPE, with its label, hint,
 * unit and its message right below it in words (never colour alone).
 */
export function FieldInput(props: FieldInputProps) {
  const { field, path, error, locked } = props;
  return (
    <View className={`yk-field ${error ? 'yk-field--error' : ''}`} data-testid={`field-${path}`}>
      <Text className="yk-field__label">
        {field.label}
        {!field.required && !locked && <Text className="yk-apply-optional">（选填）</Text>}
      </Text>
      {field.hint && <Text className="yk-field__hint">{field.hint}</Text>}
      {props.prefillMasked && !props.value && locked === undefined && (
        <Text className="yk-field__hint" data-testid={`prefill-${path}`}>
          不填写则使用您的实名信息：{props.prefillMasked}
        </Text>
      )}
      {locked !== undefined ? (
        <View className="yk-apply-locked" data-testid={`locked-${path}`}>
          <Text className="yk-apply-locked__value">{locked}</Text>
          <Text className="yk-apply-locked__note">已核验 · 来自实名信息，不能修改</Text>
        </View>
      ) : (
        <Control {...props} />
      )}
      {error && (
        <Text className="yk-field__error" role="alert" data-testid={`error-${path}`}>
          {error}
        </Text>
      )}
    </View>
  );
}

function Control({ field, path, value, onChange, onLeave, today, divisionNames, onDivisionName, renderFile }: FieldInputProps) {
  const current = text(value);
  const textInput = (type: 'text' | 'number' | 'idcard' | 'digit', maxlength?: number) => (
    <Input
      className="yk-field__input"
      value={current}
      type={type}
      maxlength={maxlength ?? field.maxLength ?? 100}
      aria-label={field.label}
      data-testid={`input-${path}`}
      onInput={(e) => onChange(e.detail.value)}
      onBlur={onLeave}
    />
  );
  switch (field.type) {
    case 'text':
    case 'address':
      return textInput('text');
    case 'textarea':
      return (
        <Textarea
          className="yk-field__input yk-apply-textarea"
          value={current}
          maxlength={field.maxLength ?? 500}
          aria-label={field.label}
          data-testid={`input-${path}`}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onLeave}
        />
      );
    case 'phone':
      return textInput('number', 11);
    case 'id_number':
      return textInput('idcard', 18);
    case 'credit_code':
      return textInput('text', 18);
    case 'plate':
      return textInput('text', 8);
    case 'number':
    case 'money':
      return (
        <View className="yk-apply-unit">
          <Input
            className="yk-field__input yk-apply-unit__input"
            value={current}
            type="digit"
            maxlength={20}
            aria-label={`${field.label}（${field.unit ?? (field.type === 'money' ? '元' : '')}）`}
            data-testid={`input-${path}`}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={onLeave}
          />
          <Text className="yk-apply-unit__unit" data-testid={`unit-${path}`}>
            {field.unit ?? (field.type === 'money' ? '元' : '')}
          </Text>
        </View>
      );
    case 'date': {
      const start = field.minDaysFromToday !== undefined ? addDays(today, field.minDaysFromToday) : '1900-01-01';
      const end = field.maxDaysFromToday !== undefined ? addDays(today, field.maxDaysFromToday) : '2100-12-31';
      return (
        <Picker
          mode="date"
          value={current || (start > today ? start : today)}
          start={start}
          end={end}
          data-testid={`picker-${path}`}
          onChange={(e) => {
            onChange(String(e.detail.value));
            onLeave();
          }}
        >
          <View className="yk-field__input yk-apply-picker" aria-label={`${field.label}：${current || '请选择日期'}`} data-testid={`input-${path}`}>
            {current || '请选择日期'}
          </View>
        </Picker>
      );
    }
    case 'select': {
      const options = field.options ?? [];
      const index = options.findIndex((o) => o.value === current);
      // few options read best as buttons; a long list goes in the platform's picker
      if (options.length <= 4) {
        return (
          <View className="yk-apply-options" role="radiogroup" aria-label={field.label}>
            {options.map((o) => (
              <Pressable
                key={o.value}
                className={`yk-chip ${o.value === current ? 'yk-chip--on' : ''}`}
                role="radio"
                checked={o.value === current}
                testId={`option-${path}-${o.value}`}
                onTap={() => {
                  onChange(o.value);
                  onLeave();
                }}
              >
                {o.label}
              </Pressable>
            ))}
          </View>
        );
      }
      return (
        <Picker
          mode="selector"
          range={options.map((o) => o.label)}
          value={index < 0 ? 0 : index}
          data-testid={`picker-${path}`}
          onChange={(e) => {
            const chosen = options[Number(e.detail.value)];
            if (chosen) onChange(chosen.value);
            onLeave();
          }}
        >
          <View className="yk-field__input yk-apply-picker" data-testid={`input-${path}`}>
            {index >= 0 ? options[index].label : '请选择'}
          </View>
        </Picker>
      );
    }
    case 'division':
      return (
        <DivisionInput
          testId={`input-${path}`}
          label={field.label}
          depth={field.divisionDepth}
          code={current}
          shown={divisionNames?.[current]}
          onChoose={(code, names) => {
            onDivisionName?.(code, names);
            onChange(code);
            onLeave();
          }}
        />
      );
    case 'checkbox':
      return (
        <Pressable
          className="yk-check"
          role="checkbox"
          checked={value === true}
          testId={`input-${path}`}
          onTap={() => {
            onChange(value !== true);
            onLeave();
          }}
        >
          <Text className="yk-check__box" aria-hidden="true">
            {value === true ? '✓' : ''}
          </Text>
          <Text>{field.hint ?? field.label}</Text>
        </Pressable>
      );
    case 'file':
      return renderFile ? (
        <>{renderFile(field, path, current, (id) => {
          onChange(id);
          onLeave();
        })}</>
      ) : (
        <Text className="yk-field__hint">{current ? '已上传' : '请在“申请材料”中上传'}</Text>
      );
  }
}
