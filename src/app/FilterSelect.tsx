interface Props {
  label: string;
  name: string;
  /** What the empty choice says: "All articles", "Everyone". */
  everything: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}

/** One labelled drop-down of the filters, whose empty choice means no filter. */
export function FilterSelect({ label, name, everything, value, options, onChange }: Props) {
  return (
    <label>
      <span>{label}</span>
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{everything}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
