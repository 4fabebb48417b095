/** A labelled filter over a register (organisations, bodies): "all" first, then each entry by name. */
export const FilterSelect = ({ id, label, allLabel, value, options, onChange }: { id: string; label: string; allLabel: string; value: string; options: { id: string; name: string }[] | undefined; onChange: (value: string) => void }) => (
  <div>
    <label htmlFor={id}>{label}</label>{' '}
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel}</option>
      {(options ?? []).map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  </div>
);
