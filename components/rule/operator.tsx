/** An operator or kind with its value modifiers beside it (`contains` + `all`, `windash`). */
export function Operator({ name, modifiers }: { name: string; modifiers: readonly string[] }) {
  return (
    <span className="whitespace-nowrap">
      <code>{name}</code>
      {modifiers.map((m) => (
        <span key={m} className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-800">
          {m}
        </span>
      ))}
    </span>
  );
}

export function FieldName({ field }: { field: string | null }) {
  return field === null ? <span className="italic text-slate-600">keyword</span> : <code className="break-all">{field}</code>;
}

/** A value as written; empty strings shown as such. */
export function Value({ value }: { value: string }) {
  return value === '' ? <span className="italic text-slate-600">(empty)</span> : <code className="whitespace-pre-wrap break-all">{value}</code>;
}
