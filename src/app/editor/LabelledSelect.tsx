/** One labelled drop-down of the editor; `empty` names a choice of nothing, when there is one. */
export function LabelledSelect({
  id,
  label,
  value,
  options,
  empty,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  empty?: string;
  onChange: (value: string) => void;
}) {
  return (
    <span className="labelled-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
