import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import type { Draft } from '../../../shared/api/applications';
import type { FieldValue, FormSection, FormValues, SectionValues } from '../../../shared/forms/types';
import { isVisible, sectionEntries, validateForm } from '../../../shared/forms/validate';
import { FieldInput, type FieldInputProps } from '../fields/FieldInput';
import { beijingToday, errorAt } from '../paths';

export interface FormEditorProps {
  form: Draft['form'];
  prefilled: Draft['prefilled'];
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** the server's messages (submit, save), by path with or without the `form.` prefix */
  serverErrors?: Record<string, string>;
  divisionNames?: Record<string, string>;
  onDivisionName?: (code: string, names: string) => void;
  renderFile?: FieldInputProps['renderFile'];
  today?: string;
}

/**
 * 申请表: the draft's form rendered field by field. Each field's message comes from the one
 * validation the server runs too (validateForm, partial), shown once the citizen leaves the
 * field; the server's own messages (after a submit) show at their fields until changed.
 */
export function FormEditor({ form, prefilled, values, onChange, serverErrors = {}, divisionNames, onDivisionName, renderFile, today = beijingToday() }: FormEditorProps) {
  const [left, setLeft] = useState<Set<string>>(() => new Set());
  const [changed, setChanged] = useState<Set<string>>(() => new Set());
  const errors = useMemo(() => validateForm(form, values, { today }, true), [form, values, today]);

  const setEntry = (section: FormSection, index: number, key: string, value: FieldValue) => {
    const entries = sectionEntries(section, values).map((e) => ({ ...e }));
    const entry: SectionValues = { ...(entries[index] ?? {}), [key]: value };
    entries[index] = entry;
    onChange({ ...values, [section.key]: section.repeat ? entries : entry });
  };

  const leave = (path: string) => setLeft((s) => (s.has(path) ? s : new Set(s).add(path)));

  return (
    <View className="yk-apply-form" data-testid="form-editor">
      {form.sections.map((section) => {
        const entries = sectionEntries(section, values);
        const sectionError = errorAt(serverErrors, section.key) ?? (left.has(section.key) ? errors[section.key] : undefined);
        return (
          <View key={section.key} className="yk-card yk-apply-section" data-testid={`section-${section.key}`}>
            <Text className="yk-section-title" role="heading" aria-level={2}>
              {section.title}
            </Text>
            {section.description && <Text className="yk-field__hint">{section.description}</Text>}
            {entries.map((entry, index) => {
              const prefix = section.repeat ? `${section.key}.${index}` : section.key;
              return (
                <View key={prefix} className={section.repeat ? 'yk-apply-entry' : ''} data-testid={section.repeat ? `entry-${section.key}` : undefined}>
                  {section.repeat && (
                    <View className="yk-apply-entry__head">
                      <Text className="yk-apply-entry__title">
                        {section.repeat.itemLabel} {index + 1}
                      </Text>
                      {entries.length > section.repeat.min && (
                        <Pressable
                          className="yk-link"
                          label={`删除${section.repeat.itemLabel} ${index + 1}`}
                          testId={`remove-${section.key}-${index}`}
                          onTap={() => onChange({ ...values, [section.key]: entries.filter((_, i) => i !== index) })}
                        >
                          删除
                        </Pressable>
                      )}
                    </View>
                  )}
                  {section.fields
                    .filter((f) => isVisible(f, entry))
                    .map((field) => {
                      const path = `${prefix}.${field.key}`;
                      const locked = field.locked && field.prefill ? prefilled[field.prefill] ?? '已核验' : undefined;
                      const server = changed.has(path) ? undefined : errorAt(serverErrors, path);
                      return (
                        <FieldInput
                          key={path}
                          field={field}
                          path={path}
                          value={entry[field.key]}
                          locked={locked}
                          prefillMasked={!field.locked && field.prefill ? prefilled[field.prefill] : undefined}
                          today={today}
                          error={server ?? (left.has(path) ? errors[path] : undefined)}
                          divisionNames={divisionNames}
                          onDivisionName={onDivisionName}
                          renderFile={renderFile}
                          onChange={(v) => {
                            if (!changed.has(path)) setChanged(new Set(changed).add(path));
                            setEntry(section, index, field.key, v);
                          }}
                          onLeave={() => leave(path)}
                        />
                      );
                    })}
                </View>
              );
            })}
            {section.repeat && entries.length < section.repeat.max && (
              <Pressable
                className="yk-button yk-button--ghost yk-button--small"
                testId={`add-${section.key}`}
                onTap={() => {
                  leave(section.key);
                  onChange({ ...values, [section.key]: [...entries, {}] });
                }}
              >
                添加{section.repeat.itemLabel}
              </Pressable>
            )}
            {sectionError && (
              <Text className="yk-field__error" role="alert" data-testid={`error-${section.key}`}>
                {sectionError}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
