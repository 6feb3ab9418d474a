/** The <option>s of a select over a fixed list of values, each shown by its label. */
export const ChoiceOptions = <Value extends string>({
  values,
  labels,
}: {
  values: readonly Value[];
  labels: Record<Value, string>;
}) => (
  <>
    {values.map((value) => (
      <option key={value} value={value}>
        {labels[value]}
      </option>
    ))}
  </>
);
