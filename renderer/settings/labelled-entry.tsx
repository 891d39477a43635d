import { useId } from 'react';

interface LabelledEntryProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter in the field: adds what was typed. */
  onEnter: () => void;
}

/** One labelled text field of an "add" row in Cài đặt, where Enter adds as the row's button does. */
export function LabelledEntry({ label, value, onChange, onEnter }: LabelledEntryProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="text-input"
        type="text"
        lang="vi"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onEnter();
        }}
      />
    </>
  );
}
