import { Input, Text, View } from '@tarojs/components';
import './identity.scss';

export interface TextFieldProps {
  /** the request field it fills: its server message is shown here */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** the message at the field: the instant check's, or the server's */
  error?: string | null;
  hint?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
  placeholder?: string;
  password?: boolean;
}

/** A labelled input with its message right below it, in words (never colour alone). */
export function TextField({ name, label, value, onChange, onBlur, error, hint, type = 'text', maxlength, placeholder, password }: TextFieldProps) {
  return (
    <View className={`yk-field ${error ? 'yk-field--error' : ''}`} data-testid={`field-${name}`}>
      <Text className="yk-field__label">{label}</Text>
      {hint && <Text className="yk-field__hint">{hint}</Text>}
      <Input
        className="yk-field__input"
        value={value}
        type={type}
        password={password}
        maxlength={maxlength ?? 140}
        placeholder={placeholder}
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
        data-testid={`input-${name}`}
      />
      {error && (
        <Text className="yk-field__error" role="alert" data-testid={`error-${name}`}>
          {error}
        </Text>
      )}
    </View>
  );
}
